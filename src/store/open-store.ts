import { Kysely, sql, type Dialect } from 'kysely';
import { err, ok, type Result } from '../core/result.js';
import { knownMigrations } from './migrations/known-migrations.js';
import { migrateToLatest, type MigrationError } from './migrations/migrate-to-latest.js';
import type { Database } from './schema.js';
import { openPostgresDialect } from './postgres/open-postgres.js';
import { postgresTextIndex } from './postgres/postgres-text-index.js';
import { openSqliteDialect } from './sqlite/open-sqlite.js';
import { sqliteTextIndex } from './sqlite/sqlite-text-index.js';
import { isPostgresUrl, redactUrl } from './store-dialect.js';
import type { Store } from './store.js';
import type { TextIndex } from './text-index.js';

export interface OpenStoreOptions {
  /** SQLite file (its folder is created if missing), or a `postgres://` URL of a PostgreSQL database. */
  readonly path: string;
}

export type OpenStoreError = MigrationError | { readonly kind: 'open-failed'; readonly message: string };

/** Thrown by `openStore`; carries the reason as a value. */
export class StoreOpenError extends Error {
  constructor(readonly reason: OpenStoreError) {
    super(reason.message);
    this.name = 'StoreOpenError';
  }
}

/**
 * Opens the store and brings its schema up to date: an SQLite file, or a
 * PostgreSQL database when `path` is a `postgres://` URL (another dialect and
 * TextIndex; everything above the store is the same).
 * Expected failures (unreadable file, unreachable server, a database from a
 * newer Sokan, a failed migration) come back as values; the connection is
 * closed on failure.
 */
export async function tryOpenStore(opts: OpenStoreOptions): Promise<Result<Store, OpenStoreError>> {
  const postgres = isPostgresUrl(opts.path);
  const location = postgres ? redactUrl(opts.path) : opts.path;
  let dialect: Dialect;
  try {
    dialect = postgres ? openPostgresDialect(opts.path) : openSqliteDialect(opts.path);
  } catch (error) {
    return err({ kind: 'open-failed', message: openFailure(location, error) });
  }
  const db = new Kysely<Database>({ dialect });
  const textIndex: TextIndex = postgres ? postgresTextIndex : sqliteTextIndex;
  if (postgres) {
    try {
      await sql`select 1`.execute(db);
    } catch (error) {
      await db.destroy();
      return err({ kind: 'open-failed', message: connectFailure(location, error) });
    }
  }
  const migrated = await migrateToLatest(db, knownMigrations(textIndex));
  if (!migrated.ok) {
    await db.destroy();
    return err({ ...migrated.error, message: `${location}: ${migrated.error.message}` });
  }
  return ok({ db, textIndex, location, close: () => db.destroy() });
}

/** Why a PostgreSQL server could not be reached, with what to check. */
function connectFailure(location: string, error: unknown): string {
  const detail = error instanceof Error ? error.message || String((error as { code?: unknown }).code ?? error) : String(error);
  return `cannot connect to ${location}: ${detail} (is the server running and the URL right? ` +
    'set it with --db or SOKAN_DATABASE_URL, e.g. postgres://user:password@host:5432/sokan)';
}

/** What went wrong opening the file, in words a user can act on. */
function openFailure(path: string, error: unknown): string {
  const detail = error instanceof Error ? error.message : String(error);
  const code = (error as { code?: unknown } | null)?.code;
  if (code === 'SQLITE_CANTOPEN' || code === 'SQLITE_READONLY' || /readonly|unable to open/i.test(detail)) {
    return `cannot open database ${path}: ${detail} (is the file or its folder read-only, or the folder missing? ` +
      'Sokan needs to write the database and its -wal and -shm files beside it; use --db to choose a writable place)';
  }
  return `cannot open database ${path}: ${detail}`;
}

/** Like `tryOpenStore`, but throws a `StoreOpenError` (with a clear message) on failure. */
export async function openStore(opts: OpenStoreOptions): Promise<Store> {
  const opened = await tryOpenStore(opts);
  if (!opened.ok) throw new StoreOpenError(opened.error);
  return opened.value;
}
