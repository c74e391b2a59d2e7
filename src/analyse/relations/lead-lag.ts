import { err, ok, type Result } from '../../core/result.js';
import { crossCorrelation, type CrossCorrelation } from './cross-correlation.js';
import type { DateWindow } from './date-window.js';
import { grangerTest, minimumLength, type GrangerRefusal, type GrangerResult } from './granger-test.js';
import { dyadIndex } from './relationship-index.js';
import { dyadLabel, type Dyad, type RelationEvent } from './relation-event.js';

/** `count`: events per period (both directions); `goldstein`: sum of their Goldstein scores (0 for an empty period). */
export type SeriesMeasure = 'count' | 'goldstein';

export interface LeadLagOptions extends DateWindow {
  readonly granularity: 'month' | 'quarter';
  readonly measure: SeriesMeasure;
  /** Lags of the Granger test (and the least the cross-correlation shows). */
  readonly lags: number;
}

export interface SeriesPoint {
  readonly period: string;
  readonly x: number;
  readonly y: number;
  readonly xEventIds: readonly number[];
  readonly yEventIds: readonly number[];
}

export type GrangerOutcome = ({ readonly ok: true } & GrangerResult) | ({ readonly ok: false } & GrangerRefusal);

export interface LeadLagReport {
  readonly x: string;
  readonly y: string;
  readonly granularity: 'month' | 'quarter';
  readonly measure: SeriesMeasure;
  readonly lags: number;
  readonly points: readonly SeriesPoint[];
  /** Events known only to the year: left out of month and quarter series. */
  readonly excludedUndated: { readonly x: readonly number[]; readonly y: readonly number[] };
  readonly crossCorrelation: CrossCorrelation;
  /** Does x's past help predict y? (the hypothesis "y follows x") */
  readonly xToY: GrangerOutcome;
  /** And the reverse. */
  readonly yToX: GrangerOutcome;
}

export interface LeadLagRefusal {
  readonly reason: 'too-short' | 'no-variance' | 'bad-lags';
  readonly message: string;
  readonly periods: number;
  readonly need: number;
}

const outcome = (r: Result<GrangerResult, GrangerRefusal>): GrangerOutcome =>
  r.ok ? { ok: true, ...r.value } : { ok: false, ...r.error };

/**
 * Lead–lag of two dyad series on one period axis: cross-correlation and the
 * Granger F test both ways. Refuses as a whole, with the numbers, when the
 * series are too short for the test (see `minimumLength`) or one is constant.
 */
export function leadLag(events: readonly RelationEvent[], x: Dyad, y: Dyad, o: LeadLagOptions): Result<LeadLagReport, LeadLagRefusal> {
  const need = minimumLength(Math.max(1, o.lags));
  if (!Number.isInteger(o.lags) || o.lags < 1) return err({ reason: 'bad-lags', message: `lags must be a whole number of at least 1 (got ${o.lags})`, periods: 0, need });
  const rows = dyadIndex(events, [x, y], o).filter((r) => r.flow === 'combined');
  const xRows = rows.filter((r) => r.dyad === dyadLabel(x));
  const yRows = rows.filter((r) => r.dyad === dyadLabel(y));
  const value = (r: (typeof rows)[number]): number => (o.measure === 'count' ? r.count : r.goldsteinSum);
  const points: SeriesPoint[] = [];
  xRows.forEach((xr, i) => {
    const yr = yRows[i]!;
    if (xr.bucket === 'period') points.push({ period: xr.period, x: value(xr), y: value(yr), xEventIds: xr.eventIds, yEventIds: yr.eventIds });
  });
  const undated = (rs: typeof rows): number[] => rs.filter((r) => r.bucket === 'undated-within-year').flatMap((r) => r.eventIds);
  const n = points.length;
  const what = `${dyadLabel(x)} and ${dyadLabel(y)} by ${o.granularity}`;
  if (n < need) {
    return err({ reason: 'too-short', periods: n, need, message: `cannot test lead–lag: the series of ${what} have ${n} period${n === 1 ? '' : 's'}; a Granger test with ${o.lags} lag${o.lags > 1 ? 's' : ''} needs at least ${need}` });
  }
  const xs = points.map((p) => p.x);
  const ys = points.map((p) => p.y);
  const ccf = crossCorrelation(xs, ys, Math.min(Math.max(o.lags, 3), n - 3));
  if (!ccf.ok) return err({ reason: 'no-variance', periods: n, need, message: `cannot test lead–lag of ${what}: ${ccf.error.message}` });
  return ok({
    x: dyadLabel(x),
    y: dyadLabel(y),
    granularity: o.granularity,
    measure: o.measure,
    lags: o.lags,
    points,
    excludedUndated: { x: undated(xRows), y: undated(yRows) },
    crossCorrelation: ccf.value,
    xToY: outcome(grangerTest(xs, ys, o.lags)),
    yToX: outcome(grangerTest(ys, xs, o.lags)),
  });
}
