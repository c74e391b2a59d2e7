import { createReadStream, statSync } from 'node:fs';
import type { Readable } from 'node:stream';
import { createGunzip } from 'node:zlib';
import { Option, type Command } from 'commander';
import { actorNetwork, toGraphML } from '../../analyse/relations/index.js';
import type { Result } from '../../core/result.js';
import { eventRecords } from '../../interop/event-records.js';
import { formatGdeltRow } from '../../interop/format-gdelt.js';
import { toGeoJson } from '../../interop/format-geojson.js';
import type { GdeltVersion } from '../../interop/gdelt-columns.js';
import { importEvents, type ImportSummary } from '../../interop/import-events.js';
import { parseImportFilter, type ImportFilter } from '../../interop/import-filter.js';
import { EVENT_ORIGINS, type EventOrigin, type ParsedLine, type StoredInteropEvent } from '../../interop/interop-event.js';
import { loadInteropData, type InteropData } from '../../interop/load-interop-data.js';
import { parseGdeltLines } from '../../interop/parse-gdelt-lines.js';
import { parseIcewsLines } from '../../interop/parse-icews-lines.js';
import { readLines } from '../../interop/read-lines.js';
import { bulkPays, withEventSink } from '../../store/external/bulk-import.js';
import { queryOriginEvents } from '../../store/external/query-origin-events.js';
import type { Store } from '../../store/store.js';
import { CliError } from '../cli-context.js';
import type { CommandContext } from '../command-context.js';
import { formatRows } from '../format-output.js';

interface ImportOpts { version?: string; actors?: string; from?: string; to?: string; bulk?: boolean }
interface ExportOpts { format: ExportFormat; origin?: string; actors?: string; from?: string; to?: string }

const EXPORT_FORMATS = ['gdelt', 'geojson', 'graphml', 'csv', 'jsonl'] as const;
type ExportFormat = (typeof EXPORT_FORMATS)[number];

/** How many skipped rows are listed one by one per file (all are counted). */
const SKIPPED_LISTED = 20;

function orExit<T>(r: Result<T, { readonly field: string; readonly message: string }>): T {
  if (!r.ok) throw new CliError(`--${r.error.field} ${r.error.message}`, 2);
  return r.value;
}

/** `sokan import gdelt|icews FILE...` and `sokan export-data events --format ...`. */
export function registerInteropCommands(program: Command, ctx: CommandContext): void {
  const imp = program.command('import').description('import event data sets (GDELT 1.0/2.0, ICEWS) as events of their own origin');
  const filterOptions = (c: Command): Command =>
    c
      .option('--actors <codes>', 'keep events with one of these actors on either side (RUS,PRK)')
      .option('--from <date>', 'keep events from this date, inclusive (2023, 2023-09, 2023-09-13)')
      .option('--to <date>', 'keep events up to this date, inclusive');
  const importOptions = (c: Command): Command =>
    filterOptions(c)
      .option('--bulk', 'one transaction, event indexes rebuilt at the end (default: when the file is at least as large as the table)')
      .option('--no-bulk', 'a transaction per 10,000 events, indexes kept up to date');
  importOptions(
    imp
      .command('gdelt')
      .description('GDELT event exports (tab-separated, no header; .gz read as is; unzip .zip first)')
      .argument('<files...>', 'export files')
      .addOption(new Option('--version <n>', 'GDELT version (default: from the column count)').choices(['1', '2'])),
  ).action(async (files: string[], o: ImportOpts) => {
    const filter = orExit(parseImportFilter(o));
    const version = o.version === undefined ? undefined : (Number(o.version) as GdeltVersion);
    await runImports(ctx, files, filter, o.bulk, (lines, data) => parseGdeltLines(lines, { ...(version ? { version } : {}), cameo: data.cameo, codes: data.codes }));
  });
  importOptions(imp.command('icews').description('ICEWS event files (tab-separated, header row first)').argument('<files...>', 'event files')).action(
    async (files: string[], o: ImportOpts) => {
      const filter = orExit(parseImportFilter(o));
      await runImports(ctx, files, filter, o.bulk, (lines, data) => parseIcewsLines(lines, { cameo: data.cameo, codes: data.codes }));
    },
  );

  filterOptions(
    program
      .command('export-data')
      .description('export events of every origin as GDELT 2.0 rows, GeoJSON (events with places), GraphML, CSV or JSON Lines')
      .argument('<what>', 'events')
      .addOption(new Option('-f, --format <format>', 'output format').choices([...EXPORT_FORMATS]).default('jsonl'))
      .option('--origin <origins>', `only these origins (${EVENT_ORIGINS.join(', ')})`),
  ).action(async (what: string, o: ExportOpts) => {
    if (what !== 'events') throw new CliError(`export-data what? expected events (got "${what}")`, 2);
    const filter = orExit(parseImportFilter(o));
    const origins = parseOrigins(o.origin);
    const data = loadInteropData();
    const out = await ctx.withStore(async (s) => {
      const events = await queryOriginEvents(s, { ...filter, ...(origins ? { origins } : {}) });
      return renderExport(events, o.format, data, o.format === 'graphml' ? await actorNames(s) : new Map(), filter);
    });
    ctx.print(out);
  });
}

function parseOrigins(raw: string | undefined): EventOrigin[] | undefined {
  if (raw === undefined) return undefined;
  const list = raw.split(',').map((x) => x.trim());
  const wrong = list.find((x) => !(EVENT_ORIGINS as readonly string[]).includes(x));
  if (wrong !== undefined) throw new CliError(`--origin must be some of ${EVENT_ORIGINS.join(', ')} (got "${wrong}")`, 2);
  return list as EventOrigin[];
}

function renderExport(events: readonly StoredInteropEvent[], format: ExportFormat, data: InteropData, names: ReadonlyMap<string, string>, w: ImportFilter): string {
  switch (format) {
    case 'gdelt':
      return events.map((e) => formatGdeltRow(e, { codes: data.codes, fallbackId: e.id }) + '\n').join('');
    case 'geojson':
      return JSON.stringify(toGeoJson(events, data.places)) + '\n';
    case 'graphml':
      return toGraphML(actorNetwork(events.map((e) => ({ ...e, sources: [] })), { from: w.from, to: w.to }, names));
    case 'csv':
    case 'jsonl':
      return formatRows(eventRecords(events), format, events.length === 0 ? [] : undefined);
  }
}

async function actorNames(store: Store): Promise<Map<string, string>> {
  const rows = await store.db.selectFrom('actors').select(['code', 'name_en']).execute();
  return new Map(rows.map((r) => [r.code, r.name_en]));
}

type Parse = (lines: AsyncIterable<string>, data: InteropData) => AsyncIterable<ParsedLine>;

/** Imports each file in turn; exit 1 when a file could not be read or had malformed rows. */
async function runImports(ctx: CommandContext, files: readonly string[], filter: ImportFilter, bulk: boolean | undefined, parse: Parse): Promise<void> {
  const data = loadInteropData();
  await ctx.withStore(async (store) => {
    for (const file of files) {
      try {
        const parsed = (): AsyncIterable<ParsedLine> => parse(readLines(openEventFile(file)), data);
        const mode = (bulk ?? (await bulkPays(store, estimatedRows(file)))) ? 'bulk' : 'batched';
        const summary = await withEventSink(store, mode, (sink) => importEvents(parsed(), filter, sink));
        report(ctx, file, summary);
      } catch (e) {
        if (!isFileError(e)) throw e;
        process.stderr.write(`sokan: ${file}: cannot read: ${e.message}\n`);
        ctx.setExit(1);
      }
    }
  });
}

/** Rows a file probably holds: GDELT and ICEWS rows run to about 600 bytes; gzip shrinks text about 4 times. */
function estimatedRows(file: string): number {
  return (statSync(file).size * (file.endsWith('.gz') ? 4 : 1)) / 600;
}

function openEventFile(file: string): Readable {
  const raw = createReadStream(file);
  if (!file.endsWith('.gz')) return raw;
  const gunzip = createGunzip();
  raw.on('error', (e) => gunzip.destroy(e));
  return raw.pipe(gunzip);
}

/** A file that cannot be opened or decompressed (ENOENT, EACCES, EISDIR, Z_DATA_ERROR...), not a database error. */
const isFileError = (e: unknown): e is NodeJS.ErrnoException => {
  const code = (e as NodeJS.ErrnoException | undefined)?.code;
  return e instanceof Error && typeof code === 'string' && /^(E[A-Z]+|Z_[A-Z_]+)$/.test(code);
};

function report(ctx: CommandContext, file: string, s: ImportSummary): void {
  const plural = (n: number, word: string): string => `${n} ${word}${n === 1 ? '' : 's'}`;
  ctx.print(
    `${file}: ${plural(s.rows, 'row')}, ${s.imported} imported, ${plural(s.duplicates, 'duplicate')} skipped, ` +
      `${s.filtered} filtered out, ${s.skipped.length} without a usable actor, ${s.malformed.length} malformed\n`,
  );
  for (const m of s.malformed) process.stderr.write(`${file}:${m.line}: malformed: ${m.reason}\n`);
  for (const m of s.skipped.slice(0, SKIPPED_LISTED)) process.stderr.write(`${file}:${m.line}: skipped: ${m.reason}\n`);
  if (s.skipped.length > SKIPPED_LISTED) process.stderr.write(`${file}: … and ${s.skipped.length - SKIPPED_LISTED} more rows skipped\n`);
  if (s.malformed.length > 0) ctx.setExit(1);
}
