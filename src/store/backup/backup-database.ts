import { existsSync, renameSync, rmSync } from 'node:fs';
import BetterSqlite3 from 'better-sqlite3';
import { err, ok, type Result } from '../../core/result.js';
import { checkDatabaseFile } from './check-database-file.js';

export interface BackupProgress {
  readonly totalPages: number;
  readonly remainingPages: number;
}

export interface BackupOptions {
  readonly known: readonly string[];
  readonly overwrite?: boolean;
  readonly onProgress?: (p: BackupProgress) => void;
}

/** Pages copied per step: small steps let writers in between (online backup). */
const PAGES_PER_STEP = 256;

/**
 * Copies a live database with SQLite's online backup API: readers and the
 * writer go on meanwhile, and the copy is one consistent snapshot (the API
 * restarts if another connection writes mid-copy). The copy is written to
 * `<target>.partial`, checked (integrity, foreign keys, migrations) and only
 * then renamed into place, so an interrupted backup leaves no half file.
 */
export async function backupDatabase(source: string, target: string, opts: BackupOptions): Promise<Result<{ pages: number }>> {
  if (!existsSync(source)) return err(`${source}: no such database`);
  if (existsSync(target) && !opts.overwrite) return err(`${target}: already exists; give another file name or --force to replace it`);
  const partial = `${target}.partial`;
  rmSync(partial, { force: true });
  const db = new BetterSqlite3(source, { readonly: true, fileMustExist: true });
  let pages = 0;
  try {
    await db.backup(partial, {
      progress: (p) => {
        pages = p.totalPages;
        opts.onProgress?.(p);
        return PAGES_PER_STEP;
      },
    });
  } catch (e) {
    rmSync(partial, { force: true });
    return err(`backup to ${target} failed: ${(e as Error).message}`);
  } finally {
    db.close();
  }
  const checked = checkDatabaseFile(partial, opts.known);
  if (!checked.ok) {
    rmSync(partial, { force: true });
    return err(`the backup did not verify, nothing was written: ${checked.error}`);
  }
  renameSync(partial, target);
  return ok({ pages });
}
