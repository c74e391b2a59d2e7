import type { Command } from 'commander';
import { copyStore } from '../../store/backup/copy-store.js';
import { openStore } from '../../store/open-store.js';
import { isPostgresUrl, redactUrl } from '../../store/store-dialect.js';
import { CliError, databasePath, type GlobalOptions } from '../cli-context.js';
import type { CommandContext } from '../command-context.js';

/**
 * `sokan migrate --to postgres://…`: copies the database (`--db`, normally an
 * SQLite file) into an empty database, normally PostgreSQL, and checks the
 * copy (see store/backup/copy-store.ts). The source is left as it was.
 */
export function registerMigrateCommand(program: Command, ctx: CommandContext): void {
  program
    .command('migrate')
    .description('copy the database into an EMPTY PostgreSQL database (or SQLite file), verified: row counts and audit chain')
    .requiredOption('--to <url>', 'target: postgres://user:password@host:5432/dbname (created beforehand, empty), or an SQLite file')
    .action(async (o: { to: string }) => {
      const to = isPostgresUrl(o.to) ? o.to : databasePath({ db: o.to });
      const from = databasePath(program.opts<GlobalOptions>());
      if (to === from) throw new CliError(`--to names the database being copied (${redactUrl(to)}); give another one`, 2);
      await ctx.withStore(async (source) => {
        const target = await openStore({ path: to });
        try {
          const r = await copyStore(source, target);
          if (!r.ok) throw new CliError(r.error, 1);
          const rows = Object.entries(r.value.rows);
          const total = rows.reduce((n, [, k]) => n + k, 0);
          const counts = rows.filter(([, n]) => n > 0).map(([t, n]) => `${t} ${n}`).join(', ');
          ctx.print(
            `migrated ${total} rows (${counts}) from ${source.location} to ${target.location}\n` +
              `verified: row counts equal in every table; audit chain of ${r.value.auditEntries} entries intact (head ${r.value.auditHead})\n`,
          );
        } finally {
          await target.close();
        }
      });
    });
}
