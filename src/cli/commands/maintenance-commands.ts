import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Command } from 'commander';
import { knownMigrations } from '../../store/migrations/known-migrations.js';
import { backupDatabase, dumpDatabase, loadDump, restoreDatabase, type BackupProgress } from '../../store/backup/index.js';
import { sqliteTextIndex } from '../../store/sqlite/sqlite-text-index.js';
import type { Result } from '../../core/result.js';
import { isPostgresUrl } from '../../store/store-dialect.js';
import { CliError, databasePath, type GlobalOptions } from '../cli-context.js';
import type { CommandContext } from '../command-context.js';

const KNOWN = Object.keys(knownMigrations(sqliteTextIndex)).sort();

function value<T>(r: Result<T>): T {
  if (!r.ok) throw new CliError(r.error, 1);
  return r.value;
}

/** Percentage on an interactive terminal only, so logs stay clean. */
function progressLine(stream: NodeJS.WriteStream = process.stderr): (p: BackupProgress) => void {
  if (!stream.isTTY || process.env['CI']) return () => {};
  return (p) => {
    const done = p.totalPages === 0 ? 100 : Math.floor((100 * (p.totalPages - p.remainingPages)) / p.totalPages);
    stream.write(`\rbackup ${done}% (${p.totalPages} pages)${p.remainingPages === 0 ? '\n' : ''}`);
  };
}

/**
 * `backup FILE`, `restore FILE`, `dump FILE.jsonl`, `load FILE.jsonl`: keeping
 * a database safe and moving it between machines (see docs/security.md).
 */
export function registerMaintenanceCommands(program: Command, ctx: CommandContext): void {
  const dbPath = () => databasePath(program.opts<GlobalOptions>());

  program
    .command('backup')
    .description('copy the database to FILE while it is in use (online, consistent, verified)')
    .argument('<file>', 'backup file to write')
    .option('--force', 'replace FILE if it exists')
    .action(async (file: string, o: { force?: boolean }) => {
      refuseOnPostgres(dbPath(), 'backup');
      const source = await ctx.withStore(async (s) => s.location); // opens (and migrates) the database: it must be a Sokan one
      const r = value(await backupDatabase(source, resolve(file), { known: KNOWN, overwrite: o.force === true, onProgress: progressLine() }));
      ctx.print(`backed up ${source} to ${resolve(file)} (${r.pages} pages, integrity checked)\n`);
    });

  program
    .command('restore')
    .description('replace the database with a backup (checked first; refuses a database holding data without --force)')
    .argument('<file>', 'backup file written by `sokan backup`')
    .option('--force', 'replace a database that holds data')
    .action(async (file: string, o: { force?: boolean }) => {
      const target = dbPath();
      refuseOnPostgres(target, 'restore');
      const r = value(await restoreDatabase(resolve(file), target, { known: KNOWN, force: o.force === true }));
      ctx.print(`restored ${target} from ${resolve(file)} (migrations ${r.migrations.join(', ')})\n`);
    });

  program
    .command('dump')
    .description('write every table as JSON Lines (a portable "export all"; ids kept)')
    .argument('<file>', 'JSON Lines file to write')
    .option('--force', 'replace FILE if it exists')
    .action(async (file: string, o: { force?: boolean }) => {
      if (existsSync(file) && !o.force) throw new CliError(`${file}: already exists; give another file name or --force to replace it`);
      const rows = value(await ctx.withStore((s) => dumpDatabase(s, resolve(file))));
      ctx.print(`dumped ${summary(rows)} to ${resolve(file)}\n`);
    });

  program
    .command('load')
    .description('load a dump written by `sokan dump` into an empty database ("import all"), all or nothing')
    .argument('<file>', 'JSON Lines file written by `sokan dump`')
    .action(async (file: string) => {
      const rows = value(await ctx.withStore((s) => loadDump(s, resolve(file))));
      ctx.print(`loaded ${summary(rows)} from ${resolve(file)}\n`);
    });
}

/** backup and restore copy an SQLite file; a PostgreSQL server has its own tools. */
function refuseOnPostgres(db: string, command: string): void {
  if (isPostgresUrl(db)) {
    throw new CliError(`${command} copies an SQLite database file; for PostgreSQL use pg_dump and pg_restore, or sokan dump and sokan load`, 2);
  }
}

function summary(rows: Readonly<Record<string, number>>): string {
  const total = Object.values(rows).reduce((a, b) => a + b, 0);
  return `${total} rows (${Object.entries(rows).filter(([, n]) => n > 0).map(([t, n]) => `${t} ${n}`).join(', ')})`;
}
