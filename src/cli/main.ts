import { Command, CommanderError, Option } from 'commander';
import { StoreOpenError } from '../store/open-store.js';
import { CliError, withStore, type GlobalOptions } from './cli-context.js';
import { exportCommand } from './commands/export-command.js';
import { explainCommand } from './commands/explain-command.js';
import { ingestCommand } from './commands/ingest-command.js';
import { docsCommand, eventsCommand, type EventsOptions } from './commands/query-commands.js';
import { searchCommand } from './commands/search-command.js';
import { serveCommand } from './commands/serve-command.js';
import type { OutputFormat } from './format-output.js';
import { commandContext } from './command-context.js';
import { registerRelationsCommands } from './commands/relations-commands.js';
import { registerReportingCommands } from './commands/reporting-commands.js';
import { registerReportCommand } from './commands/report-command.js';
import { registerReextractCommand } from './commands/reextract-command.js';
import { registerMaintenanceCommands } from './commands/maintenance-commands.js';
import { registerMigrateCommand } from './commands/migrate-command.js';
import { registerInteropCommands } from './commands/interop-commands.js';
import { registerAuditCommands } from './commands/audit-commands.js';
import { registerUserCommands } from './commands/user-commands.js';

const formatOption = (dflt: OutputFormat, choices: OutputFormat[]) =>
  new Option('-f, --format <format>', 'output format').choices(choices).default(dflt);

/**
 * Builds the command tree. Each action returns an exit code; all errors are
 * mapped to exit codes in `main` (1: something failed, 2: bad usage).
 */
export function buildProgram(setExit: (code: number) => void): Command {
  const program = new Command('sokan')
    .description('Sokan 相関: events, actors and claims from Northeast Asian security writing, offline')
    .option('--db <path>', 'SQLite database file or postgres:// URL (default: $SOKAN_DATABASE_URL, $SOKAN_DB or ./sokan.db)')
    .showHelpAfterError()
    .exitOverride();
  const g = (): GlobalOptions => program.opts<GlobalOptions>();
  const print = (s: string): void => void process.stdout.write(s);

  program
    .command('ingest')
    .description('read files or folders (txt, md, html, pdf), extract events and claims, store them')
    .argument('<paths...>', 'files or folders')
    .option('-j, --jobs <n>', 'threads at work: N-1 worker threads read and extract, one writes (default: min(cores, 4) for 8 or more files, else 1)')
    .action(async (paths: string[], o: { jobs?: string }) => {
      const jobs = o.jobs === undefined ? undefined : Number(o.jobs);
      if (jobs !== undefined && !(Number.isInteger(jobs) && jobs >= 1 && jobs <= 64)) {
        throw new CliError(`--jobs must be a whole number from 1 to 64 (got "${o.jobs}")`, 2);
      }
      setExit(await withStore(g(), (s) => ingestCommand(s, paths, process.stdout, jobs === undefined ? {} : { jobs })));
    });

  program
    .command('docs')
    .description('list stored documents')
    .addOption(formatOption('table', ['table', 'json', 'csv']))
    .action(async (o: { format: OutputFormat }) => print(await withStore(g(), (s) => docsCommand(s, o.format))));

  program
    .command('search')
    .description('full-text search (Japanese works: no word spaces needed)')
    .argument('<query>', 'text to find')
    .option('-n, --limit <n>', 'documents to show', '20')
    .addOption(formatOption('table', ['table', 'json', 'csv']))
    .action(async (query: string, o: { limit: string; format: OutputFormat }) =>
      print(await withStore(g(), (s) => searchCommand(s, query, Number(o.limit) || 20, o.format))),
    );

  program
    .command('events')
    .description('list events, filtered')
    .option('--dyad <A,B>', 'two actor codes, either direction (RUS,PRK)')
    .option('--actor <code>', 'actor as source or target')
    .option('--from <date>', 'from date, inclusive (2023, 2023-01, 2023-01-15)')
    .option('--to <date>', 'to date, inclusive')
    .option('--cameo <code>', 'CAMEO code or prefix (04, 042)')
    .option('--status <status>', 'occurred, planned, cancelled or alleged')
    .option('-n, --limit <n>', 'at most this many')
    .addOption(formatOption('table', ['table', 'json', 'csv', 'jsonl']))
    .action(async (o: EventsOptions) => print(await withStore(g(), (s) => eventsCommand(s, o))));

  program
    .command('export')
    .description('export events or claims in the record shape of the gold SPEC')
    .argument('<what>', 'events or claims')
    .addOption(formatOption('jsonl', ['jsonl', 'json', 'csv']))
    .action(async (what: string, o: { format: OutputFormat }) => print(await withStore(g(), (s) => exportCommand(s, what, o.format))));

  program
    .command('explain')
    .description('show each extracted event with the rule that fired, and each rejected trigger with why')
    .argument('<doc>', 'document file name (without extension) or id')
    .option('--line <n>', 'only what lies on this line of the original text')
    .action(async (doc: string, o: { line?: string }) => {
      const line = o.line === undefined ? undefined : Number(o.line);
      if (line !== undefined && !(Number.isInteger(line) && line > 0)) throw new CliError(`--line must be a line number (got "${o.line}")`, 2);
      print(await withStore(g(), (s) => explainCommand(s, doc, line)));
    });

  program
    .command('serve')
    .description('serve the web page and HTTP API (ingests the sample corpus into an empty database)')
    .option('--host <host>', 'address to bind', '127.0.0.1')
    .option('-p, --port <port>', 'port', process.env['PORT'] ?? '8080')
    .option('--no-samples', 'do not ingest the sample corpus into an empty database')
    .option('--auth', 'server mode: require login (on anyway once any account exists; needed for a non-loopback --host)')
    .option('--secure-cookies', 'mark the session cookie Secure (when clients reach Sokan over https through a reverse proxy)')
    .action(async (o: { host: string; port: string; samples: boolean; auth?: boolean; secureCookies?: boolean }) => {
      await withStore(g(), (s) => serveCommand(s, o));
    });
  const ctx = commandContext(g, setExit);
  registerRelationsCommands(program, ctx);
  registerReportingCommands(program, ctx);
  registerReportCommand(program, ctx);
  registerReextractCommand(program, ctx);
  registerMaintenanceCommands(program, ctx);
  registerMigrateCommand(program, ctx);
  registerInteropCommands(program, ctx);
  registerAuditCommands(program, ctx);
  registerUserCommands(program, ctx);
  return program;
}

/** Runs the CLI; returns the process exit code. Errors become one line on stderr. */
export async function main(argv: readonly string[]): Promise<number> {
  let code = 0;
  const program = buildProgram((c) => (code = c));
  try {
    await program.parseAsync([...argv]);
    return code;
  } catch (e) {
    if (e instanceof CommanderError) return e.exitCode === 0 ? 0 : 2;
    if (e instanceof CliError) {
      process.stderr.write(`sokan: ${e.message}\n`);
      return e.exitCode;
    }
    if (e instanceof StoreOpenError) {
      process.stderr.write(`sokan: cannot open the database: ${e.message}\n`);
      return 1;
    }
    process.stderr.write(`sokan: unexpected error: ${(e as Error).stack ?? String(e)}\n`);
    return 1;
  }
}
