import { Option, type Command } from 'commander';
import {
  actorNetwork,
  parseIndexRequest,
  parseLeadLagRequest,
  parseWindow,
  toGraphML,
  type ActorNetwork,
  type IndexReport,
  type LeadLagReport,
  type OptionError,
  type Timeline,
} from '../../analyse/relations/index.js';
import type { Result } from '../../core/result.js';
import { parseEventFilters } from '../../app/parse-event-filters.js';
import { queryIndexReport, queryLeadLag, queryTimeline } from '../../app/query-relations.js';
import { queryEvents } from '../../store/query-events.js';
import type { Store } from '../../store/store.js';
import { CliError } from '../cli-context.js';
import type { CommandContext } from '../command-context.js';
import { formatRows, type Row } from '../format-output.js';

type Format = 'table' | 'json' | 'csv';

/** One titled table of a command's output. */
interface Section {
  readonly name: string;
  readonly title: string;
  readonly rows: readonly Row[];
}

/** A bad option exits 2 naming it. */
function orExit<T>(r: Result<T, OptionError>): T {
  if (!r.ok) throw new CliError(`--${r.error.field} ${r.error.message}`, 2);
  return r.value;
}

const formatOption = (choices: string[]) => new Option('-f, --format <format>', 'output format').choices(choices).default('table');
const viewOption = (names: string[]) => new Option('--view <section>', 'print only this section (csv prints the first one unless told)').choices(names);

/**
 * Table: every section under its title (or only `view`). JSON: the whole
 * report, or the rows of `view`. CSV: the rows of `view`, else of the first section.
 */
function render(sections: readonly Section[], format: Format, view: string | undefined, whole: unknown): string {
  const chosen = sections.filter((s) => s.name === (view ?? s.name));
  if (format === 'json') return view === undefined ? JSON.stringify(whole, null, 2) + '\n' : formatRows(chosen[0]!.rows, 'json');
  if (format === 'csv') return formatRows((view === undefined ? sections[0]! : chosen[0]!).rows, 'csv');
  return chosen.map((s) => (chosen.length > 1 ? `${s.title}\n${formatRows(s.rows, 'table')}` : formatRows(s.rows, 'table'))).join('\n');
}

const ids = (v: readonly number[]): string => v.join(' ');
const periodCell = (period: string, bucket: string): string => (bucket === 'undated-within-year' ? `${period} (undated)` : period);
const num = (v: number | null): string => (v === null ? '' : String(Math.round(v * 1000) / 1000));

function indexSections(r: IndexReport): Section[] {
  const many = r.dyads.length > 1;
  return [
    {
      name: 'index',
      title: `Relationship index by ${r.granularity}`,
      rows: r.index.map((x) => ({
        ...(many ? { dyad: x.dyad } : {}),
        period: periodCell(x.period, x.bucket),
        direction: x.direction,
        count: x.count,
        q1: x.quad1,
        q2: x.quad2,
        q3: x.quad3,
        q4: x.quad4,
        goldsteinSum: x.goldsteinSum,
        goldsteinMean: num(x.goldsteinMean),
        eventIds: ids(x.eventIds),
      })),
    },
    {
      name: 'asymmetry',
      title: 'Asymmetry (mean Goldstein A→B minus B→A)',
      rows: r.asymmetry.map((a) => ({
        dyad: a.dyad,
        period: periodCell(a.period, a.bucket),
        countAB: a.countAB,
        countBA: a.countBA,
        meanAB: num(a.meanAB),
        meanBA: num(a.meanBA),
        difference: num(a.difference),
        sumDifference: a.sumDifference,
        eventIds: `${ids(a.eventIdsAB)} | ${ids(a.eventIdsBA)}`,
      })),
    },
    ...(r.comparison.length === 0
      ? []
      : [
          {
            name: 'compare',
            title: 'Comparison of dyads (both directions)',
            rows: r.comparison.map((c) => ({
              period: periodCell(c.period, c.bucket),
              dyad: c.dyad,
              count: c.count,
              q1: c.quad1,
              q2: c.quad2,
              q3: c.quad3,
              q4: c.quad4,
              goldsteinSum: c.goldsteinSum,
              goldsteinMean: num(c.goldsteinMean),
              eventIds: ids(c.eventIds),
            })),
          },
        ]),
  ];
}

function leadLagSections(r: LeadLagReport): Section[] {
  const granger = (direction: string, g: LeadLagReport['xToY']): Row =>
    g.ok
      ? { test: direction, lags: g.lags, F: num(g.f), df1: g.df1, df2: g.df2, p: num(g.pValue), result: g.pValue < 0.05 ? 'significant at 5%' : 'not significant' }
      : { test: direction, lags: r.lags, F: '', df1: '', df2: '', p: '', result: `refused (${g.reason}): ${g.message}` };
  return [
    {
      name: 'granger',
      title: `Granger tests, ${r.measure} by ${r.granularity}, ${r.points.length} periods${r.excludedUndated.x.length + r.excludedUndated.y.length > 0 ? ` (year-only events left out: ${ids([...r.excludedUndated.x, ...r.excludedUndated.y])})` : ''}`,
      rows: [granger(`${r.x} → ${r.y}`, r.xToY), granger(`${r.y} → ${r.x}`, r.yToX)],
    },
    {
      name: 'ccf',
      title: `Cross-correlation (lag k > 0: ${r.x} leads ${r.y} by k; band ±${num(r.crossCorrelation.band)})`,
      rows: r.crossCorrelation.lags.map((l) => ({
        lag: l.lag,
        r: num(l.r),
        pairs: l.pairs,
        note: [l.lag === r.crossCorrelation.peak.lag ? 'peak' : '', Math.abs(l.r) > r.crossCorrelation.band ? 'beyond band' : ''].filter(Boolean).join(', '),
      })),
    },
    {
      name: 'series',
      title: 'Series',
      rows: r.points.map((p) => ({ period: p.period, [r.x]: p.x, [r.y]: p.y, eventIds: `${ids(p.xEventIds)} | ${ids(p.yEventIds)}` })),
    },
  ];
}

function timelineSection(t: Timeline): Section {
  return {
    name: 'timeline',
    title: 'Timeline',
    rows: t.items.map((e) => ({
      id: e.id,
      date: e.dateEnd ? `${e.date}/${e.dateEnd}` : e.date,
      cameo: e.cameo,
      actors: `${e.source}→${e.target ?? '-'}`,
      goldstein: e.goldstein,
      status: e.status,
      location: e.location,
      sources: e.sources.map((s) => `${s.fileName}@${s.span.start}-${s.span.end}`).join(' '),
      quote: e.sources[0]?.quote ?? '',
    })),
  };
}

function networkSections(n: ActorNetwork): Section[] {
  return [
    {
      name: 'edges',
      title: 'Edges',
      rows: n.edges.map((e) => ({ source: e.source, target: e.target, count: e.count, meanGoldstein: num(e.meanGoldstein), lastContact: e.lastContact, eventIds: ids(e.eventIds) })),
    },
    { name: 'nodes', title: 'Nodes', rows: n.nodes.map((x) => ({ code: x.code, name: x.name, eventCount: x.eventCount })) },
  ];
}

/** English names of the actors in the store's gazetteer table, by code. */
async function actorNames(store: Store): Promise<Map<string, string>> {
  const rows = await store.db.selectFrom('actors').select(['code', 'name_en']).execute();
  return new Map(rows.map((r) => [r.code, r.name_en]));
}

interface IndexOpts { dyad?: string; actors?: string; compare?: string; from?: string; to?: string; by?: string; format: Format; view?: string }
interface LeadLagOpts { x?: string; y?: string; by?: string; lags?: string; measure?: string; from?: string; to?: string; format: Format; view?: string }
interface TimelineOpts { dyad?: string; actor?: string; from?: string; to?: string; cameo?: string; status?: string; limit?: string; offset?: string; format: Format }
interface NetworkOpts { from?: string; to?: string; format: Format | 'graphml'; view?: string }

/** CLI commands of the relations analyses (index, leadlag, timeline, network). */
export function registerRelationsCommands(program: Command, ctx: CommandContext): void {
  program
    .command('index')
    .description('relationship index of a dyad or a set of actors per period: counts by QuadClass, Goldstein sum and mean, each direction, asymmetry')
    .option('--dyad <A,B>', 'two actor codes (RUS,PRK)')
    .option('--actors <A,B,C>', 'a set of actors: every pair of them')
    .option('--compare <A,B;C,D>', 'dyads to compare on the same axis (CHN,PRK;CHN,RUS)')
    .option('--from <date>', 'from date, inclusive (2023, 2023-01, 2023-01-15)')
    .option('--to <date>', 'to date, inclusive')
    .option('--by <period>', 'month, quarter or year (default quarter)')
    .addOption(formatOption(['table', 'json', 'csv']))
    .addOption(viewOption(['index', 'asymmetry', 'compare']))
    .action(async (o: IndexOpts) => {
      const req = orExit(parseIndexRequest({ dyad: o.dyad, actors: o.actors, compare: o.compare, from: o.from, to: o.to, by: o.by }));
      if (o.view === 'compare' && req.compare.length === 0) throw new CliError('--view compare needs --compare', 2);
      const report = await ctx.withStore((s) => queryIndexReport(s, req, { evidence: o.format === 'json' }));
      ctx.print(render(indexSections(report), o.format, o.view, report));
    });

  program
    .command('leadlag')
    .description('does one dyad lead another? cross-correlation and Granger F tests of two dyad series')
    .option('--x <A,B>', 'the leading dyad of the hypothesis (CHN,PRK)')
    .option('--y <A,B>', 'the following dyad (RUS,PRK)')
    .option('--by <period>', 'month or quarter (default quarter)')
    .option('--lags <n>', 'lags of the Granger test (default 1)')
    .option('--measure <m>', 'count (events per period) or goldstein (sum per period); default count')
    .option('--from <date>', 'from date, inclusive')
    .option('--to <date>', 'to date, inclusive')
    .addOption(formatOption(['table', 'json', 'csv']))
    .addOption(viewOption(['granger', 'ccf', 'series']))
    .action(async (o: LeadLagOpts) => {
      const req = orExit(parseLeadLagRequest({ x: o.x, y: o.y, by: o.by, lags: o.lags, measure: o.measure, from: o.from, to: o.to }));
      const result = await ctx.withStore((s) => queryLeadLag(s, req));
      if (!result.ok) throw new CliError(result.error.message, 1);
      ctx.print(render(leadLagSections(result.value), o.format, o.view, result.value));
    });

  program
    .command('timeline')
    .description('events in date order, filtered, each with its sources (document, span, quote)')
    .option('--dyad <A,B>', 'two actor codes, either direction')
    .option('--actor <code>', 'actor as source or target')
    .option('--from <date>', 'from date, inclusive')
    .option('--to <date>', 'to date, inclusive')
    .option('--cameo <code>', 'CAMEO code or prefix (04, 042)')
    .option('--status <status>', 'occurred, planned, cancelled or alleged')
    .option('-n, --limit <n>', 'at most this many')
    .option('--offset <n>', 'skip this many first')
    .addOption(formatOption(['table', 'json', 'csv']))
    .action(async (o: TimelineOpts) => {
      const f = parseEventFilters(o);
      if (!f.ok) throw new CliError(`--${f.error.field} ${f.error.message}`, 2);
      const t = await ctx.withStore((s) => queryTimeline(s, f.value));
      ctx.print(render([timelineSection(t)], o.format, undefined, t));
    });

  program
    .command('network')
    .description('actor network (相関図): actors as nodes, interactions as weighted directed edges; JSON or GraphML')
    .option('--from <date>', 'from date, inclusive')
    .option('--to <date>', 'to date, inclusive')
    .addOption(formatOption(['table', 'json', 'csv', 'graphml']))
    .addOption(viewOption(['edges', 'nodes']))
    .action(async (o: NetworkOpts) => {
      const w = orExit(parseWindow(o));
      const net = await ctx.withStore(async (s) => actorNetwork(await queryEvents(s, w), w, await actorNames(s)));
      ctx.print(o.format === 'graphml' ? toGraphML(net) : render(networkSections(net), o.format, o.view, net));
    });
}
