import { existsSync } from 'node:fs';
import BetterSqlite3 from 'better-sqlite3';
import { err, ok, type Result } from '../../core/result.js';
import { MIGRATION_TABLE } from '../migrations/migrate-to-latest.js';

export interface DatabaseFileReport {
  readonly migrations: readonly string[];
}

/**
 * Checks, read-only, that a file is a sound Sokan database: SQLite's
 * integrity check passes, no foreign key dangles, and its applied migrations
 * are a prefix of `known` (so this version of Sokan can open it).
 */
export function checkDatabaseFile(path: string, known: readonly string[]): Result<DatabaseFileReport> {
  if (!existsSync(path)) return err(`${path}: no such file`);
  let db: BetterSqlite3.Database;
  try {
    db = new BetterSqlite3(path, { readonly: true, fileMustExist: true });
  } catch (e) {
    return err(`${path}: cannot open as SQLite (${(e as Error).message})`);
  }
  try {
    const integrity = db.pragma('integrity_check') as { integrity_check: string }[];
    const problems = integrity.map((r) => r.integrity_check).filter((m) => m !== 'ok');
    if (problems.length > 0) return err(`${path}: integrity check failed: ${problems.slice(0, 3).join('; ')}`);
    const dangling = db.pragma('foreign_key_check') as { table: string }[];
    if (dangling.length > 0) return err(`${path}: ${dangling.length} rows point at missing rows (first in table ${dangling[0]!.table})`);
    const hasMigrations = db.prepare(`select 1 from sqlite_master where type = 'table' and name = ?`).get(MIGRATION_TABLE);
    if (!hasMigrations) return err(`${path}: not a Sokan database (no ${MIGRATION_TABLE} table)`);
    const migrations = (db.prepare(`select name from ${MIGRATION_TABLE} order by name`).all() as { name: string }[]).map((r) => r.name);
    if (!migrations.every((m, i) => m === known[i])) {
      return err(`${path}: written by another version of Sokan: migrations [${migrations.join(', ')}] are not a prefix of [${known.join(', ')}]`);
    }
    return ok({ migrations });
  } catch (e) {
    return err(`${path}: cannot read as SQLite (${(e as Error).message})`);
  } finally {
    db.close();
  }
}
