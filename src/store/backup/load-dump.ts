import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import { sql, type Kysely, type Transaction } from 'kysely';
import { err, ok, type Result } from '../../core/result.js';
import type { Store } from '../store.js';
import { appliedMigrationNames, dataTables, type DataTable } from './data-tables.js';
import { DUMP_FORMAT, type DumpLine } from './dump-format.js';
import { decodeValue } from './dump-value.js';
import { writeIdSequences, type IdSequence } from './id-sequences.js';
import { dialectOf } from '../store-dialect.js';

/** Rows per INSERT: well under SQLite's limit of bound parameters for any table here. */
const BATCH_ROWS = 200;

/** Thrown inside the load transaction to roll it back with a clear reason. */
class LoadError extends Error {}

/**
 * Loads a dump written by `dumpDatabase` into an EMPTY store, in one
 * transaction: all of it or nothing. Ids are kept, and the id counters set
 * above them; foreign keys are checked at commit (rows arrive table by table,
 * not in dependency order); the full-text index is rebuilt from the loaded
 * documents (PostgreSQL maintains its own). Refused: a store
 * holding data, a dump from a Sokan with migrations this one does not know,
 * a column the store lacks, a truncated dump (no footer, or counts differ).
 */
export async function loadDump(store: Store, file: string): Promise<Result<Readonly<Record<string, number>>>> {
  try {
    const counts = await store.db.transaction().execute(async (trx) => {
      await deferForeignKeys(trx);
      const tables = new Map((await dataTables(trx)).map((t) => [t.name, t]));
      await refuseNonEmpty(trx, [...tables.values()]);
      const sequences: IdSequence[] = [];
      const loaded = await loadLines(trx, file, tables, sequences);
      await writeIdSequences(trx, [...tables.values()], sequences);
      const documents = await (trx as Kysely<any>).selectFrom('documents').select(['id', 'normalised_text']).execute();
      for (const d of documents) await store.textIndex.add(trx, d.id as number, d.normalised_text as string);
      return loaded;
    });
    return ok(counts);
  } catch (e) {
    const why = e instanceof LoadError ? e.message : `${(e as Error).message}`;
    return err(`${file}: not loaded, the database is unchanged: ${why}`);
  }
}

/**
 * Foreign keys checked at commit: SQLite's `defer_foreign_keys`; in PostgreSQL
 * Sokan's foreign keys are DEFERRABLE (see PostgresSchemaPlugin).
 */
export async function deferForeignKeys(trx: Transaction<any>): Promise<void> {
  if (dialectOf(trx) === 'postgres') await sql`set constraints all deferred`.execute(trx);
  else await sql`pragma defer_foreign_keys = on`.execute(trx);
}

async function refuseNonEmpty(trx: Transaction<any>, tables: readonly DataTable[]): Promise<void> {
  for (const t of tables) {
    const row = await trx.selectFrom(t.name).select(sql<number>`count(*)`.as('n')).executeTakeFirstOrThrow();
    if (Number(row.n) > 0) throw new LoadError(`the database already holds data (table ${t.name}); load into a new, empty database`);
  }
}

async function loadLines(
  trx: Transaction<any>,
  file: string,
  tables: ReadonlyMap<string, DataTable>,
  sequences: IdSequence[],
): Promise<Record<string, number>> {
  const lines = createInterface({ input: createReadStream(file, 'utf8'), crlfDelay: Infinity });
  const columns = new Map<string, readonly string[]>();
  const rows: Record<string, number> = {};
  let footer: Readonly<Record<string, number>> | null = null;
  let n = 0;
  let batch: { table: string; rows: Record<string, unknown>[] } = { table: '', rows: [] };
  const flush = async () => {
    if (batch.rows.length > 0) await trx.insertInto(batch.table).values(batch.rows).execute();
    batch = { table: '', rows: [] };
  };
  for await (const text of lines) {
    n++;
    if (text.trim() === '') continue;
    const line = parseLine(text, n);
    if (n === 1 && line.type !== 'header') throw new LoadError('not a Sokan dump (the first line is not its header)');
    if (line.type === 'header') {
      await checkHeader(trx, line, tables, columns);
      for (const t of line.tables) rows[t.name] = 0;
    } else if (line.type === 'row') {
      const cols = columns.get(line.table);
      if (!cols) throw new LoadError(`line ${n}: table ${line.table} is not in the header`);
      if (batch.table !== line.table || batch.rows.length >= BATCH_ROWS) await flush();
      batch.table = line.table;
      batch.rows.push(Object.fromEntries(cols.map((c, i) => [c, decodeValue(line.values[i] ?? null)])));
      rows[line.table] = (rows[line.table] ?? 0) + 1;
    } else if (line.type === 'sequence') sequences.push({ table: line.table, seq: Number(line.seq) });
    else footer = line.rows;
  }
  await flush();
  if (footer === null) throw new LoadError('the dump is truncated (no footer line); nothing was loaded');
  for (const [table, count] of Object.entries(footer)) {
    if ((rows[table] ?? 0) !== count) throw new LoadError(`table ${table}: the footer says ${count} rows, the file has ${rows[table] ?? 0}`);
  }
  return rows;
}

function parseLine(text: string, n: number): DumpLine {
  try {
    return JSON.parse(text) as DumpLine;
  } catch {
    throw new LoadError(`line ${n} is not JSON (a damaged or truncated dump)`);
  }
}

async function checkHeader(
  trx: Transaction<any>,
  header: Extract<DumpLine, { type: 'header' }>,
  tables: ReadonlyMap<string, DataTable>,
  columns: Map<string, readonly string[]>,
): Promise<void> {
  if (header.format !== DUMP_FORMAT) throw new LoadError(`not a Sokan dump (format "${String(header.format)}")`);
  const known = await appliedMigrationNames(trx);
  if (!header.migrations.every((m, i) => m === known[i])) {
    throw new LoadError(`the dump was written by another version of Sokan: migrations [${header.migrations.join(', ')}] are not a prefix of [${known.join(', ')}]`);
  }
  for (const t of header.tables) {
    const target = tables.get(t.name);
    if (!target) throw new LoadError(`table ${t.name} of the dump does not exist in this database`);
    const missing = t.columns.filter((c) => !target.columns.includes(c));
    if (missing.length > 0) throw new LoadError(`table ${t.name}: columns ${missing.join(', ')} do not exist in this database`);
    columns.set(t.name, t.columns);
  }
}
