import { writeFileSync } from 'node:fs';
import { Option, type Command } from 'commander';
import { achRows } from '../../analyse/reporting/report-rows.js';
import { claimsChart } from '../../analyse/reporting/claims-chart.js';
import { loadLevelIndex } from '../../analyse/reporting/load-level-index.js';
import {
  oneOfOption, parseDateOption, parseDyadPeriod, parseId, parseScore, parseSpan, type OptionError,
} from '../../analyse/reporting/parse-report-options.js';
import { claimRows, exchangeRows, narrativeRows, summitRows } from '../../analyse/reporting/report-rows.js';
import { runAch, runClaims, runExchanges, runNarratives, runSummits } from '../../analyse/reporting/run-reports.js';
import type { Result } from '../../core/result.js';
import { createExtractor } from '../../extract/create-extractor.js';
import {
  ACH_RATINGS, ACH_WEIGHTS, addAchEvidence, addAchHypothesis, createAchAnalysis, deleteAchAnalysis, listAchAnalyses, rateAch,
  type AchRating, type AchStoreError,
} from '../../store/ach/index.js';
import { getDocument } from '../../store/get-document.js';
import { CliError } from '../cli-context.js';
import type { CommandContext } from '../command-context.js';
import { formatRows, type OutputFormat } from '../format-output.js';

type Format = 'table' | 'json' | 'csv';
const formatOption = (): Option => new Option('-f, --format <format>', 'output format').choices(['table', 'json', 'csv']).default('table');

/** The value of a validated option, or a usage error (exit 2) naming `--field`. */
function valid<T>(r: Result<T, OptionError>, flag = (f: string) => `--${f}`): T {
  if (!r.ok) throw new CliError(`${flag(r.error.field)} ${r.error.message}`, 2);
  return r.value;
}

function stored<T>(r: Result<T, AchStoreError>): T {
  if (r.ok) return r.value;
  throw new CliError(r.error.kind === 'invalid' ? `${r.error.field}: ${r.error.message}` : r.error.message, r.error.kind === 'invalid' ? 2 : 1);
}

/** JSON keeps the analysis' full structure; table and CSV get the flat rows. */
const render = (format: Format, full: unknown, rows: readonly object[]): string =>
  format === 'json' ? JSON.stringify(full, null, 2) + '\n' : formatRows(rows as readonly Record<string, unknown>[], format as OutputFormat);

/** CLI commands of the reporting analyses (summits, exchanges, claims, narratives, ach). */
export function registerReportingCommands(program: Command, ctx: CommandContext): void {
  program
    .command('summits')
    .description('leader-level meetings of a dyad: date, place, framework (visit, multilateral summit, phone), sources')
    .requiredOption('--dyad <A,B>', 'two actor codes, either direction (RUS,PRK)')
    .option('--from <date>', 'from date, inclusive (2023, 2023-09, 2023-09-13)')
    .option('--to <date>', 'to date, inclusive')
    .addOption(formatOption())
    .action(async (o: { dyad: string; from?: string; to?: string; format: Format }) => {
      const q = valid(parseDyadPeriod(o));
      const rows = await ctx.withStore((s) => runSummits(s, loadLevelIndex(), q));
      ctx.print(render(o.format, rows, summitRows(rows)));
    });

  program
    .command('exchanges')
    .description('high-level visits and contacts of a dyad per year, by level (leader, minister, vice-minister) and direction')
    .requiredOption('--dyad <A,B>', 'two actor codes (RUS,PRK)')
    .option('--from <date>', 'from date, inclusive')
    .option('--to <date>', 'to date, inclusive')
    .option('--no-by-year', 'count over the whole period instead of per year')
    .addOption(formatOption())
    .action(async (o: { dyad: string; from?: string; to?: string; byYear: boolean; format: Format }) => {
      const q = valid(parseDyadPeriod(o));
      const rows = await ctx.withStore((s) => runExchanges(s, loadLevelIndex(), { ...q, byYear: o.byYear }));
      ctx.print(render(o.format, rows, exchangeRows(rows)));
    });

  program
    .command('claims')
    .description('every estimate of the same quantity across sources and time, grouped by subject')
    .option('--unit <unit>', 'only this unit (container, shell, person, USD...)')
    .option('--subject <text>', 'subject contains this text')
    .option('--claimant <code>', 'claimant actor code (USA, KOR...)')
    .option('--from <date>', 'claims made on or after this date')
    .option('--to <date>', 'claims made on or before this date')
    .option('--loose', 'group across actors (unit and subject words only)')
    .option('--min-claims <n>', 'only groups with at least n claims', '1')
    .option('--chart <file.svg>', 'also write an SVG chart of the groups')
    .addOption(formatOption())
    .action(async (o: { unit?: string; subject?: string; claimant?: string; from?: string; to?: string; loose?: boolean; minClaims: string; chart?: string; format: Format }) => {
      const from = valid(parseDateOption('from', o.from));
      const to = valid(parseDateOption('to', o.to));
      const minClaims = valid(parseId('min-claims', o.minClaims));
      if (o.chart !== undefined && !o.chart.endsWith('.svg')) throw new CliError(`--chart must name an .svg file (got "${o.chart}")`, 2);
      const query = { unit: o.unit, subject: o.subject, claimant: o.claimant?.toUpperCase(), from, to };
      const groups = await ctx.withStore((s) => runClaims(s, query, { ignoreActors: o.loose === true, minClaims }));
      if (o.chart !== undefined) writeFileSync(o.chart, claimsChart(groups, { title: `Claims${o.unit ? ` (${o.unit})` : ''}` }));
      ctx.print(render(o.format, groups, claimRows(groups)));
    });

  program
    .command('narratives')
    .description('two accounts side by side, aligned statement by statement; what one says and the other omits is marked')
    .argument('<docA>', 'document file name (without extension) or id')
    .argument('<docB>', 'document file name (without extension) or id')
    .option('--min-score <x>', 'least similarity (0 to 1) for two statements to be aligned', '0.3')
    .addOption(formatOption())
    .action(async (a: string, b: string, o: { minScore: string; format: Format }) => {
      const minScore = valid(parseScore('min-score', o.minScore, 0.3));
      const r = await ctx.withStore((s) => runNarratives(s, createExtractor(), { a, b }, { minScore }));
      const n = valid(r, (f) => (f === 'a' ? 'DOC_A' : 'DOC_B'));
      ctx.print(render(o.format, n, narrativeRows(n)));
    });

  registerAchCommands(program.command('ach').description('Analysis of Competing Hypotheses, saved in the database'), ctx);
}

function registerAchCommands(ach: Command, ctx: CommandContext): void {
  ach
    .command('create')
    .description('start an analysis; prints its id')
    .requiredOption('--title <text>', 'short title')
    .option('--question <text>', 'the question the hypotheses answer')
    .addOption(formatOption())
    .action(async (o: { title: string; question?: string; format: Format }) => {
      if (!o.title.trim()) throw new CliError('--title must not be empty', 2);
      const a = await ctx.withStore((s) => createAchAnalysis(s, { title: o.title, question: o.question ?? null }));
      ctx.print(render(o.format, a, [a]));
    });

  ach
    .command('list')
    .description('list analyses')
    .addOption(formatOption())
    .action(async (o: { format: Format }) => {
      const list = await ctx.withStore((s) => listAchAnalyses(s));
      ctx.print(render(o.format, list, list));
    });

  ach
    .command('hypothesis')
    .description('add a hypothesis (labelled H1, H2... unless --label)')
    .argument('<analysis>', 'analysis id')
    .argument('<text>', 'the hypothesis')
    .option('--label <label>', 'short label shown as the column head')
    .action(async (id: string, text: string, o: { label?: string }) => {
      const analysisId = valid(parseId('analysis', id), () => 'ANALYSIS');
      const h = await ctx.withStore(async (s) => stored(await addAchHypothesis(s, analysisId, { text, label: o.label })));
      ctx.print(`hypothesis ${h.id} ${h.label}\n`);
    });

  ach
    .command('evidence')
    .description('add an item of evidence, optionally linked to an event or a document span')
    .argument('<analysis>', 'analysis id')
    .argument('<text>', 'the evidence, in a sentence')
    .option('--credibility <w>', `${ACH_WEIGHTS.join(', ')}`, 'medium')
    .option('--relevance <w>', `${ACH_WEIGHTS.join(', ')}`, 'medium')
    .option('--event <id>', 'stored event id')
    .option('--doc <doc>', 'document file name or id')
    .option('--span <start:end>', 'range in the document\'s original text (needs --doc)')
    .action(async (id: string, text: string, o: { credibility: string; relevance: string; event?: string; doc?: string; span?: string }) => {
      const analysisId = valid(parseId('analysis', id), () => 'ANALYSIS');
      const credibility = valid(oneOfOption('credibility', o.credibility, ACH_WEIGHTS, 'medium'));
      const relevance = valid(oneOfOption('relevance', o.relevance, ACH_WEIGHTS, 'medium'));
      const eventId = o.event === undefined ? null : valid(parseId('event', o.event));
      const span = valid(parseSpan('span', o.span)) ?? null;
      if (span !== null && o.doc === undefined) throw new CliError('--span needs --doc', 2);
      const e = await ctx.withStore(async (s) => {
        let documentId: number | null = null;
        if (o.doc !== undefined) {
          const doc = await getDocument(s, /^\d+$/.test(o.doc) ? Number(o.doc) : o.doc);
          if (doc === null) throw new CliError(`--doc: no document "${o.doc}"`, 2);
          documentId = doc.id;
        }
        return stored(await addAchEvidence(s, analysisId, { text, credibility, relevance, eventId, documentId, span }));
      });
      ctx.print(`evidence ${e.id}\n`);
    });

  ach
    .command('rate')
    .description('rate one item of evidence against hypotheses: H1=CC H2=I (CC, C, N, I, II)')
    .argument('<analysis>', 'analysis id')
    .argument('<evidence>', 'evidence id')
    .argument('<ratings...>', 'LABEL=RATING pairs')
    .action(async (id: string, ev: string, pairs: string[]) => {
      const analysisId = valid(parseId('analysis', id), () => 'ANALYSIS');
      const evidenceId = valid(parseId('evidence', ev), () => 'EVIDENCE');
      const ratings = pairs.map((p) => {
        const m = /^([^=]+)=(.+)$/.exec(p);
        const rating = ACH_RATINGS.find((r) => r === m?.[2]?.toUpperCase());
        if (!m || rating === undefined) throw new CliError(`rating "${p}" must be LABEL=RATING with RATING one of ${ACH_RATINGS.join(', ')}`, 2);
        const hyp = m[1]!.trim();
        return { hypothesis: /^\d+$/.test(hyp) ? Number(hyp) : hyp, evidenceId, rating: rating as AchRating };
      });
      const saved = await ctx.withStore(async (s) => stored(await rateAch(s, analysisId, ratings)));
      ctx.print(`${saved.length} rating${saved.length === 1 ? '' : 's'} saved\n`);
    });

  ach
    .command('show')
    .description('the matrix with inconsistency scores, ranking and sensitivity')
    .argument('<analysis>', 'analysis id')
    .addOption(formatOption())
    .action(async (id: string, o: { format: Format }) => {
      const analysisId = valid(parseId('analysis', id), () => 'ANALYSIS');
      const report = await ctx.withStore((s) => runAch(s, analysisId));
      if (report === null) throw new CliError(`no ACH analysis ${analysisId}`, 1);
      if (o.format !== 'table') return ctx.print(render(o.format, report, achRows(report)));
      const head = [
        `${report.analysis.title}${report.analysis.question ? ` — ${report.analysis.question}` : ''}`,
        ...report.hypotheses.map((h) => `  ${h.label}: ${h.text}`),
        '',
      ];
      const tail = [
        '',
        `least inconsistent: ${report.leaders.join(', ') || '(none)'}`,
        `sensitive evidence: ${report.sensitiveEvidence.map((e) => `E${e}`).join(', ') || '(none: no single item changes the ranking)'}`,
      ];
      ctx.print(head.join('\n') + '\n' + formatRows(achRows(report), 'table') + tail.join('\n') + '\n');
    });

  ach
    .command('delete')
    .description('delete an analysis with its hypotheses, evidence and ratings')
    .argument('<analysis>', 'analysis id')
    .action(async (id: string) => {
      const analysisId = valid(parseId('analysis', id), () => 'ANALYSIS');
      const gone = await ctx.withStore((s) => deleteAchAnalysis(s, analysisId));
      if (!gone) throw new CliError(`no ACH analysis ${analysisId}`, 1);
      ctx.print(`deleted ${analysisId}\n`);
    });
}
