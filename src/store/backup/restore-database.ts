import { existsSync, renameSync, rmSync, statSync } from 'node:fs';
import BetterSqlite3 from 'better-sqlite3';
import { err, ok, type Result } from '../../core/result.js';
import { checkDatabaseFile } from './check-database-file.js';

export interface RestoreOptions {
  readonly known: readonly string[];
  /** Replace a target that holds data. */
  readonly force?: boolean;
}

/**
 * Replaces the database at `target` with the backup at `source`, after
 * checking the backup (integrity, foreign keys, migrations this Sokan knows).
 * Refuses a target that holds any data unless `force`. The backup is copied
 * to `<target>.restoring`, then the target's WAL and shared-memory files are
 * removed (a stale WAL would be replayed onto the new file) and the copy is
 * renamed into place. Nothing may have the target open meanwhile (stop
 * `sokan serve` first).
 */
export async function restoreDatabase(source: string, target: string, opts: RestoreOptions): Promise<Result<{ migrations: readonly string[] }>> {
  const checked = checkDatabaseFile(source, opts.known);
  if (!checked.ok) return err(`not restored: ${checked.error}`);
  if (!opts.force) {
    const rows = targetRows(target);
    if (!rows.ok) return rows;
    if (rows.value > 0) return err(`${target}: holds ${rows.value} rows; not replaced (use --force to replace it)`);
  }
  const temp = `${target}.restoring`;
  rmSync(temp, { force: true });
  const db = new BetterSqlite3(source, { readonly: true, fileMustExist: true });
  try {
    await db.backup(temp);
  } catch (e) {
    rmSync(temp, { force: true });
    return err(`restore into ${target} failed, target untouched: ${(e as Error).message}`);
  } finally {
    db.close();
  }
  for (const suffix of ['-wal', '-shm']) rmSync(`${target}${suffix}`, { force: true });
  renameSync(temp, target);
  return ok({ migrations: checked.value.migrations });
}

/** Rows in the target's tables (0 for a missing or empty file). */
function targetRows(target: string): Result<number> {
  if (!existsSync(target) || statSync(target).size === 0) return ok(0);
  let db: BetterSqlite3.Database;
  try {
    db = new BetterSqlite3(target, { readonly: true, fileMustExist: true });
  } catch (e) {
    return err(`${target}: exists and is not a database I can read (${(e as Error).message}); use --force to replace it`);
  }
  try {
    const tables = db.prepare(`select name, sql from sqlite_master where type = 'table' and name not like 'sqlite_%'`).all() as {
      name: string;
      sql: string;
    }[];
    const virtual = tables.filter((t) => /^create virtual table/i.test(t.sql)).map((t) => t.name);
    let total = 0;
    for (const { name } of tables) {
      if (name.startsWith('sokan_migration') || virtual.some((v) => name === v || name.startsWith(`${v}_`))) continue;
      total += (db.prepare(`select count(*) as n from "${name.replaceAll('"', '""')}"`).get() as { n: number }).n;
    }
    return ok(total);
  } catch (e) {
    return err(`${target}: exists and is not a database I can read (${(e as Error).message}); use --force to replace it`);
  } finally {
    db.close();
  }
}
