/**
 * Helpers for tests that compare the SQLite fast paths with the query
 * builder's: a store whose writes all take the query builder, and every row
 * ingest writes. Not used by production code.
 */
import BetterSqlite3 from 'better-sqlite3';
import { Kysely, SqliteDialect, sql } from 'kysely';
import { knownMigrations } from '../migrations/known-migrations.js';
import { migrateToLatest } from '../migrations/migrate-to-latest.js';
import type { Database } from '../schema.js';
import { sqliteTextIndex } from '../sqlite/sqlite-text-index.js';
import type { Store } from '../store.js';

/** A store on plain Kysely SqliteDialect: sqliteHandle finds no raw connection, so every write takes the query builder (one transaction per document). */
export async function queryBuilderStore(path: string): Promise<Store> {
  const database = new BetterSqlite3(path);
  database.pragma('foreign_keys = ON');
  const db = new Kysely<Database>({ dialect: new SqliteDialect({ database }) });
  const migrated = await migrateToLatest(db, knownMigrations(sqliteTextIndex));
  if (!migrated.ok) throw new Error(migrated.error.message);
  return { db, textIndex: sqliteTextIndex, location: path, close: () => db.destroy() };
}

const TIMESTAMPS = new Set(['ingested_at', 'created_at', 'updated_at']);

/** Every row of the tables ingest writes, timestamps left out, in id order. */
export async function ingestedRows(store: Store): Promise<Record<string, unknown[]>> {
  const out: Record<string, unknown[]> = {};
  for (const table of ['documents', 'citations', 'mentions', 'events', 'event_sources', 'claims']) {
    const { rows } = await sql<Record<string, unknown>>`select * from ${sql.table(table)} order by id`.execute(store.db);
    out[table] = rows.map((r) => Object.fromEntries(Object.entries(r).filter(([k]) => !TIMESTAMPS.has(k))));
  }
  return out;
}
