/**
 * Report sections from the relations analyses: the relationship index with
 * its asymmetry, the comparison of dyads, lead–lag, the timeline and the
 * actor network. Pure.
 */
import {
  actorNetwork, asymmetry, compareDyads, dyadLabel, leadLag, relationshipIndex, timeline,
  type BucketOptions, type Flow, type IndexRow, type LeadLagReport,
} from '../relations/index.js';
import { num, periodText, text, type EventCiter } from './cells.js';
import type { ReportInput, ReportInputEvent, ReportOptions } from './report-input.js';
import type { PeriodSeries, Section, Table } from './report-model.js';

const QUADS = ['q1 言語協力', 'q2 物質協力', 'q3 言語対立', 'q4 物質対立'];
const bucketsOf = (o: ReportOptions): BucketOptions => ({ from: o.from, to: o.to, granularity: o.granularity });

/** Dated periods (not year-only buckets) in axis order. */
const datedPeriods = (rows: readonly { period: string; bucket: string }[]): string[] => [...new Set(rows.filter((r) => r.bucket === 'period').map((r) => r.period))];

function seriesOf(rows: readonly IndexRow[], periods: readonly string[], pick: (r: IndexRow) => boolean, label: string, value: (r: IndexRow) => number): PeriodSeries {
  return { label, values: periods.map((p) => { const r = rows.find((x) => x.period === p && x.bucket === 'period' && pick(x)); return r ? value(r) : null; }) };
}

export function indexSection(events: readonly ReportInputEvent[], o: ReportOptions, cite: EventCiter): Section {
  const [a, b] = o.dyad;
  const rows = relationshipIndex(events, { ...bucketsOf(o), actors: o.dyad });
  const asym = asymmetry(events, o.dyad, bucketsOf(o));
  const periods = datedPeriods(rows);
  const active = new Set(rows.filter((r) => r.flow === 'combined' && r.count > 0).map((r) => `${r.period}|${r.bucket}`));
  const flows: Flow[] = ['a-to-b', 'b-to-a'];
  const index: Table = {
    caption: `関係指数 Relationship index, ${a}–${b} by ${o.granularity}`,
    columns: ['period', 'direction', 'events', ...QUADS, 'Goldstein sum', 'Goldstein mean'],
    rows: rows
      .filter((r) => active.has(`${r.period}|${r.bucket}`))
      .map((r) => [text(periodText(r.period, r.bucket)), text(r.direction), num(r.count, cite(r.eventIds)), num(r.quad1), num(r.quad2), num(r.quad3), num(r.quad4), num(r.goldsteinSum), num(r.goldsteinMean)]),
    empty: 'no events of the dyad in the period',
  };
  const asymTable: Table = {
    caption: `非対称性 Asymmetry: mean Goldstein ${a}→${b} minus ${b}→${a}`,
    columns: ['period', `${a}→${b} events`, `${b}→${a} events`, `mean ${a}→${b}`, `mean ${b}→${a}`, 'difference', 'sum difference'],
    rows: asym
      .filter((r) => r.countAB + r.countBA > 0)
      .map((r) => [text(r.bucket === 'total' ? '全期間 all' : periodText(r.period, r.bucket)), num(r.countAB, cite(r.eventIdsAB)), num(r.countBA, cite(r.eventIdsBA)), num(r.meanAB), num(r.meanBA), num(r.difference), num(r.sumDifference)]),
    empty: 'no events of the dyad in the period',
  };
  return {
    id: 'index',
    title: '関係指数と非対称性 Relationship index and asymmetry',
    intro: `Events between ${a} and ${b} per ${o.granularity}, each direction and combined: counts by QuadClass (1 verbal cooperation … 4 material conflict) and the sum and mean of Goldstein scores (−10 hostile … +10 cooperative). Asymmetry is the mean Goldstein score of ${a}→${b} minus that of ${b}→${a}; it is empty unless both directions have events. Periods without events are left out of the tables; the charts show the whole axis.`,
    charts: [
      { kind: 'lines', title: `Goldstein sum per ${o.granularity}, by direction`, yLabel: 'Goldstein sum', periods, series: flows.map((f) => seriesOf(rows, periods, (r) => r.flow === f, f === 'a-to-b' ? `${a}→${b}` : `${b}→${a}`, (r) => r.goldsteinSum)) },
      { kind: 'bars', title: `Asymmetry per ${o.granularity} (mean ${a}→${b} − mean ${b}→${a})`, yLabel: 'difference', periods: datedPeriods(asym), values: asym.filter((r) => r.bucket === 'period').map((r) => r.difference) },
    ],
    tables: [index, asymTable],
    notes: [],
  };
}

export function compareSection(events: readonly ReportInputEvent[], o: ReportOptions, cite: EventCiter): Section {
  const dyads = [o.dyad, ...o.compare];
  const rows = compareDyads(events, dyads, bucketsOf(o));
  const periods = datedPeriods(rows);
  return {
    id: 'compare',
    title: '二国間関係の比較 Comparison of dyads',
    intro: `${dyads.map(dyadLabel).join(', ')} on one period axis, both directions combined. Rows without events are left out of the table.`,
    charts: [{
      kind: 'lines', title: `Events per ${o.granularity}, by dyad`, yLabel: 'events', periods,
      series: dyads.map((d) => ({ label: dyadLabel(d), values: periods.map((p) => rows.find((r) => r.period === p && r.bucket === 'period' && r.dyad === dyadLabel(d))?.count ?? null) })),
    }],
    tables: [{
      caption: 'Dyads compared (both directions)',
      columns: ['period', 'dyad', 'events', ...QUADS, 'Goldstein sum', 'Goldstein mean'],
      rows: rows.filter((r) => r.count > 0).map((r) => [text(periodText(r.period, r.bucket)), text(r.dyad), num(r.count, cite(r.eventIds)), num(r.quad1), num(r.quad2), num(r.quad3), num(r.quad4), num(r.goldsteinSum), num(r.goldsteinMean)]),
      empty: 'no events of these dyads in the period',
    }],
    notes: o.compare.length === 0 ? ['No dyad to compare with was given (--compare).'] : [],
  };
}

export function leadLagSection(events: readonly ReportInputEvent[], o: ReportOptions, cite: EventCiter): Section {
  const base = { id: 'leadlag', title: '先行・遅行 Lead–lag', charts: [] };
  const leader = o.compare[0];
  if (leader === undefined) return { ...base, intro: '', tables: [], notes: ['No leading dyad to test (give --compare).'] };
  const granularity = o.granularity === 'year' ? 'quarter' : o.granularity;
  const x = dyadLabel(leader);
  const y = dyadLabel(o.dyad);
  const intro = `Does ${x} lead ${y}? Events per ${granularity} of each dyad (both directions), their cross-correlation, and Granger F tests with one lag both ways.`;
  const r = leadLag(events, leader, o.dyad, { from: o.from, to: o.to, granularity, measure: 'count', lags: 1 });
  if (!r.ok) return { ...base, intro, tables: [], notes: [`Refused: ${r.error.message}.`] };
  return { ...base, intro, tables: leadLagTables(r.value, cite), notes: [] };
}

function leadLagTables(r: LeadLagReport, cite: EventCiter): Table[] {
  const granger = (name: string, g: LeadLagReport['xToY']) =>
    g.ok
      ? [text(name), num(g.lags), num(g.f), num(g.df1), num(g.df2), num(g.pValue), text(g.pValue < 0.05 ? 'significant at 5%' : 'not significant')]
      : [text(name), num(r.lags), text(''), text(''), text(''), text(''), text(`refused: ${g.message}`)];
  return [
    {
      caption: 'Granger F tests',
      columns: ['hypothesis', 'lags', 'F', 'df1', 'df2', 'p', 'result'],
      rows: [granger(`${r.x} → ${r.y}`, r.xToY), granger(`${r.y} → ${r.x}`, r.yToX)],
      empty: '',
    },
    {
      caption: `Cross-correlation (lag k > 0: ${r.x} leads by k; band ±${Math.round(r.crossCorrelation.band * 100) / 100})`,
      columns: ['lag', 'r', 'pairs'],
      rows: r.crossCorrelation.lags.map((l) => [num(l.lag), num(l.r), num(l.pairs)]),
      empty: '',
    },
    {
      caption: 'Series (events per period)',
      columns: ['period', r.x, r.y],
      rows: r.points.filter((p) => p.x + p.y > 0).map((p) => [text(p.period), num(p.x, cite(p.xEventIds)), num(p.y, cite(p.yEventIds))]),
      empty: 'no events',
    },
  ];
}

export function timelineSection(input: ReportInput, o: ReportOptions, cite: EventCiter): Section {
  const t = timeline(input.events, { dyad: o.dyad, from: o.from, to: o.to });
  const byId = new Map(input.events.map((e) => [e.id, e]));
  return {
    id: 'timeline',
    title: '年表 Timeline',
    intro: `Every event between ${o.dyad[0]} and ${o.dyad[1]} in the period, in date order, with the documents that state it.`,
    charts: [],
    tables: [{
      caption: `Events (${t.total})`,
      columns: ['date', 'CAMEO', 'direction', 'persons', 'Goldstein', 'status', 'place', 'sources 出典'],
      rows: t.items.map((e) => {
        const full = byId.get(e.id);
        const persons = [full?.sourceName, full?.targetName].filter((n) => n !== null && n !== undefined).join(' – ');
        return [text(e.dateEnd ? `${e.date}/${e.dateEnd}` : e.date), text(e.cameo), text(`${e.source}→${e.target ?? '-'}`), text(persons), num(e.goldstein), text(e.status), text(e.location), text('', cite([e.id]))];
      }),
      empty: 'no events of the dyad in the period',
    }],
    notes: [],
  };
}

export function networkSection(input: ReportInput, o: ReportOptions, cite: EventCiter): Section {
  const [a, b] = o.dyad;
  const touching = input.events.filter((e) => e.source === a || e.source === b || e.target === a || e.target === b);
  const net = actorNetwork(touching, { from: o.from, to: o.to }, input.names);
  return {
    id: 'network',
    title: '相関図 Actor network',
    intro: `Every actor with events involving ${a} or ${b} in the period; an edge per direction, its width by the number of events.`,
    charts: [{ kind: 'network', title: `Actors around ${a} and ${b}`, nodes: net.nodes, edges: net.edges, focus: o.dyad }],
    tables: [{
      caption: 'Edges',
      columns: ['from', 'to', 'events', 'mean Goldstein', 'last contact'],
      rows: net.edges.map((e) => [text(e.source), text(e.target), num(e.count, cite(e.eventIds)), num(e.meanGoldstein), text(e.lastContact)]),
      empty: 'no events',
    }],
    notes: [],
  };
}
