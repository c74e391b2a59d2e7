/** Flat rows of each analysis for tables and CSV; every row keeps its event, claim or document ids. Pure. */
import type { AchReport } from './ach-report.js';
import type { ClaimGroup } from './claims-tracker.js';
import type { ExchangeCountRow } from './exchange-counts.js';
import type { NarrativeComparison, NarrativeRow } from './narrative-comparison.js';
import type { SummitFramework, SummitRow } from './summit-table.js';

type Row = Record<string, unknown>;

const sourcesCell = (sources: readonly { fileName: string; span: { start: number; end: number } }[]): string =>
  sources.map((s) => `${s.fileName}[${s.span.start},${s.span.end})`).join('; ');

export function frameworkLabel(f: SummitFramework): string {
  switch (f.kind) {
    case 'phone': return 'phone';
    case 'multilateral': return `multilateral: ${f.name}`;
    case 'bilateral-visit': return `bilateral visit${f.host ? ` (host ${f.host})` : ''}`;
    case 'meeting': return 'meeting';
  }
}

export function summitRows(rows: readonly SummitRow[]): Row[] {
  return rows.map((r) => ({
    event: r.eventId,
    date: r.dateEnd ? `${r.date}/${r.dateEnd}` : r.date,
    cameo: r.cameo,
    leaders: `${r.sourceName ?? r.source} – ${r.targetName ?? r.target ?? '?'}`,
    place: r.place ?? '',
    framework: frameworkLabel(r.framework),
    basis: r.basis,
    sources: sourcesCell(r.sources),
    quote: r.sources[0]?.quote ?? '',
  }));
}

export function exchangeRows(rows: readonly ExchangeCountRow[]): Row[] {
  return rows.map((r) => ({ year: r.year, kind: r.kind, level: r.level, direction: r.direction, count: r.count, events: r.eventIds.join(' ') }));
}

export function claimRows(groups: readonly ClaimGroup[]): Row[] {
  return groups.flatMap((g, i) =>
    g.series.map((c) => ({
      group: i + 1,
      key: g.key,
      date: c.date ?? '',
      value: c.high === null ? `${c.low}+` : c.high === c.low ? String(c.low) : `${c.low}–${c.high}`,
      unit: c.unit,
      claimant: c.claimantName ?? c.claimant ?? '',
      period: c.period ?? '',
      claim: c.id,
      source: `${c.fileName}[${c.span.start},${c.span.end})`,
      quote: c.quote,
    })),
  );
}

export function narrativeRows(n: NarrativeComparison): Row[] {
  const features = (f: { actors: readonly string[]; dates: readonly string[]; numbers: readonly string[] }): string =>
    [...f.actors, ...f.dates, ...f.numbers].join(' ');
  return n.rows.map((r: NarrativeRow) => {
    const a = r.kind === 'only-b' ? null : r.a;
    const b = r.kind === 'only-a' ? null : r.b;
    return {
      mark: r.kind === 'aligned' ? '=' : r.kind === 'only-a' ? 'only in A' : 'only in B',
      score: r.kind === 'aligned' ? r.score.score : r.bestScore,
      a: a ? `A${a.index} [${a.span.start},${a.span.end})` : '',
      b: b ? `B${b.index} [${b.span.start},${b.span.end})` : '',
      onlyInA: r.kind === 'aligned' ? features(r.onlyInA) : '',
      onlyInB: r.kind === 'aligned' ? features(r.onlyInB) : '',
      textA: a?.text ?? '',
      textB: b?.text ?? '',
    };
  });
}

/** One row per evidence item (its ratings under each hypothesis label), then one score row per measure. */
export function achRows(report: AchReport): Row[] {
  const labels = report.hypotheses.map((h) => h.label);
  const rows: Row[] = report.evidence.map((e) => ({
    evidence: `E${e.id}`,
    ...Object.fromEntries(labels.map((l) => [l, e.ratings[l] ?? ''])),
    weight: `${e.credibility}/${e.relevance}`,
    diagnostic: e.diagnostic ? 'yes' : '',
    sensitive: [e.sensitivity.removedChangesRanking ? 'removal' : '', e.sensitivity.reversedChangesRanking ? 'reversal' : ''].filter(Boolean).join('+'),
    link: [e.event ? `event ${e.event.id}` : '', e.document ? `${e.document.fileName}${e.span ? `[${e.span.start},${e.span.end})` : ''}` : ''].filter(Boolean).join(' '),
    text: e.text,
  }));
  const measure = (name: string, pick: (h: AchReport['hypotheses'][number]) => unknown): Row => ({
    evidence: name, ...Object.fromEntries(report.hypotheses.map((h) => [h.label, pick(h)])),
    weight: '', diagnostic: '', sensitive: '', link: '', text: '',
  });
  rows.push(measure('inconsistency', (h) => h.inconsistency));
  rows.push(measure('weighted', (h) => h.weightedInconsistency));
  rows.push(measure('rank', (h) => h.rank));
  return rows;
}
