import { CompiledQuery, type Kysely } from 'kysely';
import type { InteropEvent } from '../../interop/interop-event.js';
import { dedupKey } from '../dedup-key.js';
import { dialectOf, type StoreDialect } from '../store-dialect.js';
import type { Store } from '../store.js';
import { interopDb, type InteropDatabase } from './external-schema.js';

const COLUMNS = [
  'origin', 'external_id', 'date', 'date_end', 'precision', 'cameo', 'quad_class', 'goldstein',
  'source', 'target', 'source_name', 'target_name', 'status', 'location', 'lat', 'lon',
  'review_state', 'created_at', 'updated_at', 'dedup_key',
] as const;

/** Rows per INSERT statement (20 columns: 10,000 bound values, under SQLite's limit). */
export const ROWS_PER_STATEMENT = 500;

/** `?` placeholders for SQLite, `$1, $2, …` for PostgreSQL. */
const statementText = (rows: number, dialect: StoreDialect): string => {
  let n = 0;
  const mark = dialect === 'postgres' ? () => `$${++n}` : () => '?';
  return (
    `insert into "events" (${COLUMNS.map((c) => `"${c}"`).join(', ')}) values ` +
    Array.from({ length: rows }, () => `(${COLUMNS.map(mark).join(', ')})`).join(', ') +
    ` on conflict ("origin", "external_id") where "external_id" is not null do nothing`
  );
};
const FULL_STATEMENT = { sqlite: statementText(ROWS_PER_STATEMENT, 'sqlite'), postgres: statementText(ROWS_PER_STATEMENT, 'postgres') };

/**
 * Stores imported events in ONE transaction (see `insertEventRows`), through
 * the query builder: the portable path. Imports into an SQLite file go
 * through SqliteEventWriter instead, which is several times faster.
 */
export async function insertExternalEvents(
  store: Store,
  events: readonly InteropEvent[],
  now = new Date().toISOString(),
): Promise<{ readonly inserted: number }> {
  return interopDb(store).transaction().execute((trx) => insertEventRows(trx, events, now));
}

/**
 * Inserts imported events with the caller's connection or transaction, 500
 * rows per statement; an event whose origin and external id are already
 * stored is skipped. Imported events get a dedup key prefixed with their
 * origin, so extracted events never merge into them (they stay apart by
 * origin, and meet in the analyses). The statement is written once, not
 * built by the query builder per row: the builder's cost per value would
 * dominate an import of millions of rows. (Rows passed as one JSON parameter
 * unpacked by json_each were measured 2× slower than placeholders.)
 */
export async function insertEventRows(
  db: Kysely<InteropDatabase>,
  events: readonly InteropEvent[],
  now: string,
): Promise<{ readonly inserted: number }> {
  let inserted = 0;
  const dialect = dialectOf(db);
  for (let i = 0; i < events.length; i += ROWS_PER_STATEMENT) {
    const chunk = events.slice(i, i + ROWS_PER_STATEMENT);
    const params: unknown[] = [];
    for (const e of chunk) {
      params.push(
        e.origin, e.externalId, e.date, e.dateEnd, e.precision, e.cameo, e.quadClass, e.goldstein,
      e.source, e.target, e.sourceName, e.targetName, e.status, e.location, e.lat, e.lon,
        'unreviewed', now, now, `${e.origin}|${dedupKey(e)}`,
      );
    }
    const text = chunk.length === ROWS_PER_STATEMENT ? FULL_STATEMENT[dialect] : statementText(chunk.length, dialect);
    const result = await db.executeQuery(CompiledQuery.raw(text, params));
    inserted += Number(result.numAffectedRows ?? 0n);
  }
  return { inserted };
}
