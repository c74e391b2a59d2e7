import type { InteropEvent } from '../../interop/interop-event.js';
import type { Store } from '../store.js';
import { interopDb } from './external-schema.js';
import { dialectOf } from '../store-dialect.js';
import { insertEventRows, insertExternalEvents } from './insert-external-events.js';
import { SqliteEventWriter, type ImportMode } from './sqlite-event-writer.js';

export type EventSink = (batch: readonly InteropEvent[]) => Promise<{ readonly inserted: number }>;

/**
 * Runs an import with a sink that stores batches of events: through a
 * dedicated SQLite writer (see SqliteEventWriter: `batched` = a transaction per
 * batch, `bulk` = one transaction, indexes rebuilt at the end), or, for a
 * store that is not a file, through the query builder a batch per transaction.
 * PostgreSQL goes through the query builder too (multi-row INSERTs of 500
 * rows): `batched` commits each batch, `bulk` runs the whole import in one
 * transaction (all or nothing; PostgreSQL keeps its indexes up to date).
 */
export async function withEventSink<T>(store: Store, mode: ImportMode, run: (sink: EventSink) => Promise<T>): Promise<T> {
  if (dialectOf(store.db) === 'postgres') return withPostgresSink(store, mode, run);
  if (store.location === ':memory:') return run((batch) => insertExternalEvents(store, batch));
  const writer = new SqliteEventWriter(store.location, mode);
  try {
    const result = await run(async (batch) => writer.write(batch));
    writer.commit();
    return result;
  } catch (error) {
    writer.rollback();
    throw error;
  }
}

function withPostgresSink<T>(store: Store, mode: ImportMode, run: (sink: EventSink) => Promise<T>): Promise<T> {
  if (mode === 'batched') return run((batch) => insertExternalEvents(store, batch));
  const now = new Date().toISOString();
  return interopDb(store).transaction().execute((trx) => run((batch) => insertEventRows(trx, batch, now)));
}

/** Whether deferring the indexes pays: the import is at least as large as the table it goes into. */
export async function bulkPays(store: Store, expectedRows: number): Promise<boolean> {
  const row = await interopDb(store).selectFrom('events').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
  return expectedRows >= Number(row.n);
}
