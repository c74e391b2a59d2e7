import { Kysely } from 'kysely';
import { err, ok, type Result } from '../core/result.js';
import { knownMigrations } from './migrations/known-migrations.js';
import { migrateToLatest, type MigrationError } from './migrations/migrate-to-latest.js';
import type { Database } from './schema.js';
import { openSqliteDialect } from './sqlite/open-sqlite.js';
import { sqliteTextIndex } from './sqlite/sqlite-text-index.js';
import type { Store } from './store.js';

export interface OpenStoreOptions {
  /** SQLite file; its folder is created if missing. */
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
 * Opens the store and brings its schema up to date.
 * Expected failures (unreadable file, a database from a newer Sokan, a failed
 * migration) come back as values; the connection is closed on failure.
 * A PostgreSQL branch (SOKAN_DATABASE_URL) will pick another dialect and TextIndex here.
 */
export async function tryOpenStore(opts: OpenStoreOptions): Promise<Result<Store, OpenStoreError>> {
  let dialect;
  try {
    dialect = openSqliteDialect(opts.path);
  } catch (error) {
    return err({ kind: 'open-failed', message: openFailure(opts.path, error) });
  }
  const db = new Kysely<Database>({ dialect });
  const textIndex = sqliteTextIndex;
  const migrated = await migrateToLatest(db, knownMigrations(textIndex));
  if (!migrated.ok) {
    await db.destroy();
    return err({ ...migrated.error, message: `${opts.path}: ${migrated.error.message}` });
  }
  return ok({ db, textIndex, location: opts.path, close: () => db.destroy() });
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
