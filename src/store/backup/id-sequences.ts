import { sql, type Kysely } from 'kysely';
import { dialectOf } from '../store-dialect.js';
import type { DataTable } from './data-tables.js';

/** The highest id handed out for a table so far (rows deleted since included). */
export interface IdSequence {
  readonly table: string;
  readonly seq: number;
}

/**
 * The id counters of the given tables: SQLite's `sqlite_sequence` (tables
 * with AUTOINCREMENT that have had a row), PostgreSQL's identity sequences
 * (those that have handed out an id).
 */
export async function readIdSequences(db: Kysely<any>, tables: readonly DataTable[]): Promise<readonly IdSequence[]> {
  if (dialectOf(db) === 'sqlite') {
    const { rows } = await sql<{ name: string; seq: number }>`
      select name, seq from sqlite_sequence where name in (${sql.join(tables.map((t) => t.name))})`.execute(db);
    return rows.map((r) => ({ table: r.name, seq: Number(r.seq) }));
  }
  const out: IdSequence[] = [];
  for (const table of await identityTables(db, tables)) {
    const { rows } = await sql<{ last_value: number; is_called: boolean }>`
      select last_value, is_called from ${sql.table(table.sequence)}`.execute(db);
    const row = rows[0];
    if (row?.is_called) out.push({ table: table.name, seq: Number(row.last_value) });
  }
  return out;
}

/**
 * Sets the id counters after rows were copied in with their ids, so the next
 * insert takes an id above both the copied rows and the counter of the
 * source (`given`, ids handed out there and deleted since). SQLite: rows of
 * `sqlite_sequence`; PostgreSQL: `setval` of each identity sequence.
 */
export async function writeIdSequences(db: Kysely<any>, tables: readonly DataTable[], given: readonly IdSequence[]): Promise<void> {
  const seqOf = new Map(given.map((s) => [s.table, s.seq]));
  if (dialectOf(db) === 'sqlite') {
    for (const [table, seq] of seqOf) {
      await sql`delete from sqlite_sequence where name = ${table}`.execute(db);
      await sql`insert into sqlite_sequence (name, seq) values (${table}, ${BigInt(seq)})`.execute(db);
    }
    return;
  }
  for (const table of await identityTables(db, tables)) {
    const max = await db.selectFrom(table.name).select(sql<number | null>`max(id)`.as('m')).executeTakeFirstOrThrow();
    const top = Math.max(Number(max.m ?? 0), seqOf.get(table.name) ?? 0);
    if (top > 0) await sql`select setval(${table.sequence}, ${top}, true)`.execute(db);
  }
}

/** PostgreSQL: data tables whose `id` column draws from a sequence (identity), with that sequence's name. */
async function identityTables(db: Kysely<any>, tables: readonly DataTable[]): Promise<{ name: string; sequence: string }[]> {
  const out: { name: string; sequence: string }[] = [];
  for (const t of tables) {
    if (!t.columns.includes('id')) continue;
    const { rows } = await sql<{ seq: string | null }>`select pg_get_serial_sequence(${t.name}, 'id') as seq`.execute(db);
    const sequence = rows[0]?.seq;
    if (sequence) out.push({ name: t.name, sequence });
  }
  return out;
}
