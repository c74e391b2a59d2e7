import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import type { Dialect } from 'kysely';
import { SqliteHandleDialect } from './sqlite-handle.js';

export const BUSY_TIMEOUT_MS = 5000;
const MMAP_BYTES = 1024 ** 3;
const CACHE_KIB = 64 * 1024;

/**
 * Opens (creating if missing, with its parent folder) an SQLite file with the
 * pragmas Sokan relies on: WAL (readers never block the one writer),
 * foreign keys on (cascades), a busy timeout, synchronous=NORMAL (safe with WAL),
 * memory-mapped reads and a 64 MiB page cache.
 */
export function openSqliteDialect(path: string): Dialect {
  if (path !== ':memory:') mkdirSync(dirname(path), { recursive: true });
  const database = new BetterSqlite3(path, { timeout: BUSY_TIMEOUT_MS });
  try {
    database.pragma('journal_mode = WAL');
    database.pragma('foreign_keys = ON');
    database.pragma(`busy_timeout = ${BUSY_TIMEOUT_MS}`);
    database.pragma('synchronous = NORMAL');
    // Reads at scale (BENCHMARKS.md, "Queries at scale"): pages read through a
    // memory map instead of read() calls, and a larger page cache (64 MiB);
    // together about 15–20 % less CPU for a dyad's 30,000 events of a million.
    database.pragma(`mmap_size = ${MMAP_BYTES}`);
    database.pragma(`cache_size = ${-CACHE_KIB}`);
  } catch (error) {
    database.close();
    throw error;
  }
  return new SqliteHandleDialect(database);
}
