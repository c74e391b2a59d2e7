import { sql, type Kysely } from 'kysely';
import { MIGRATION_LOCK_TABLE, MIGRATION_TABLE } from '../migrations/migrate-to-latest.js';
import { dialectOf } from '../store-dialect.js';

export interface DataTable {
  readonly name: string;
  readonly columns: readonly string[];
}

/**
 * The tables that hold data, found by introspection so that tables added by
 * later migrations are included without a change here. Left out: views, the
 * migration bookkeeping (the dump header carries the migration list) and the
 * full-text index with its shadow tables (derived data, rebuilt on load).
 */
export async function dataTables(db: Kysely<any>): Promise<readonly DataTable[]> {
  const tables = await db.introspection.getTables();
  const virtual = await virtualTables(db);
  const derived = (name: string) => virtual.some((v) => name === v || name.startsWith(`${v}_`));
  return tables
    .filter((t) => !t.isView && t.name !== MIGRATION_TABLE && t.name !== MIGRATION_LOCK_TABLE && !derived(t.name))
    .map((t) => ({ name: t.name, columns: t.columns.map((c) => c.name) }));
}

/** Names of virtual tables (FTS5): SQLite keeps their shadow tables as `<name>_*`. PostgreSQL's index is no table. */
async function virtualTables(db: Kysely<any>): Promise<readonly string[]> {
  if (dialectOf(db) === 'postgres') return [];
  const { rows } = await sql<{ name: string }>`
    select name from sqlite_master where type = 'table' and sql like 'create virtual table%'`.execute(db);
  return rows.map((r) => r.name);
}

/** Applied migrations, in order (empty for a database Sokan never opened). */
export async function appliedMigrationNames(db: Kysely<any>): Promise<readonly string[]> {
  if (dialectOf(db) === 'postgres') {
    const { rows } = await sql<{ name: string | null }>`select to_regclass(${MIGRATION_TABLE}) as name`.execute(db);
    if (rows[0]?.name == null) return [];
    const applied = await db.selectFrom(MIGRATION_TABLE).select('name').orderBy('name').execute();
    return applied.map((r: { name: string }) => r.name);
  }
  const { rows } = await sql<{ name: string }>`
    select name from sqlite_master where type = 'table' and name = ${MIGRATION_TABLE}`.execute(db);
  if (rows.length === 0) return [];
  const applied = await db.selectFrom(MIGRATION_TABLE).select('name').orderBy('name').execute();
  return applied.map((r: { name: string }) => r.name);
}
