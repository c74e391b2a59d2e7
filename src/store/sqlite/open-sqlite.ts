import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { SqliteDialect, type Dialect } from 'kysely';

export const BUSY_TIMEOUT_MS = 5000;

/**
 * Opens (creating if missing, with its parent folder) an SQLite file with the
 * pragmas Sokan relies on: WAL (readers never block the one writer),
 * foreign keys on (cascades), a busy timeout, synchronous=NORMAL (safe with WAL).
 */
export function openSqliteDialect(path: string): Dialect {
  if (path !== ':memory:') mkdirSync(dirname(path), { recursive: true });
  const database = new BetterSqlite3(path, { timeout: BUSY_TIMEOUT_MS });
  try {
    database.pragma('journal_mode = WAL');
    database.pragma('foreign_keys = ON');
    database.pragma(`busy_timeout = ${BUSY_TIMEOUT_MS}`);
    database.pragma('synchronous = NORMAL');
  } catch (error) {
    database.close();
    throw error;
  }
  return new SqliteDialect({ database });
}
