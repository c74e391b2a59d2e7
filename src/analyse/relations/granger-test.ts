import fCdf from '@stdlib/stats-base-dists-f-cdf';
import { err, ok, type Result } from '../../core/result.js';
import { residualSumOfSquares } from './least-squares.js';

/** Does the past of x help predict y beyond y's own past? */
export interface GrangerResult {
  readonly lags: number;
  /** Observations in the regressions: n − lags. */
  readonly observations: number;
  readonly rssRestricted: number;
  readonly rssUnrestricted: number;
  readonly f: number;
  readonly df1: number;
  readonly df2: number;
  /** P(F ≥ f) under "x does not Granger-cause y". */
  readonly pValue: number;
}

export type GrangerRefusal =
  | { readonly reason: 'bad-lags'; readonly message: string }
  | { readonly reason: 'length-mismatch'; readonly message: string }
  | { readonly reason: 'too-short'; readonly message: string; readonly have: number; readonly need: number }
  | { readonly reason: 'no-variance'; readonly message: string }
  | { readonly reason: 'singular'; readonly message: string }
  | { readonly reason: 'perfect-fit'; readonly message: string };

/** Fewest residual degrees of freedom the test accepts. */
export const MIN_DF2 = 5;

/**
 * Smallest series length for a test with `lags` lags: n − lags observations
 * minus 2·lags + 1 parameters must leave at least MIN_DF2 degrees of freedom,
 * so n ≥ 3·lags + 1 + MIN_DF2 (9 periods for one lag, 12 for two).
 */
export function minimumLength(lags: number): number {
  return 3 * lags + 1 + MIN_DF2;
}

const lagged = (v: readonly number[], lag: number, from: number): number[] => v.slice(from - lag, v.length - lag);

/**
 * Granger-causality F test of x → y with `lags` lags. Restricted model:
 * y_t = c + Σ a_i y_{t−i}; unrestricted: the same plus Σ b_i x_{t−i}, for
 * t = lags … n−1. F = ((RSS_r − RSS_u)/lags) / (RSS_u/(n − 3·lags − 1)), with
 * (lags, n − 3·lags − 1) degrees of freedom. Refuses (as a value, with the
 * reason) a short series, a constant series, collinear regressors, or a
 * perfect unrestricted fit (F would be infinite).
 */
export function grangerTest(x: readonly number[], y: readonly number[], lags: number): Result<GrangerResult, GrangerRefusal> {
  const n = y.length;
  if (!Number.isInteger(lags) || lags < 1) return err({ reason: 'bad-lags', message: `lags must be a whole number of at least 1 (got ${lags})` });
  if (x.length !== n) return err({ reason: 'length-mismatch', message: `the series differ in length (${x.length} and ${n})` });
  const need = minimumLength(lags);
  if (n < need) {
    return err({ reason: 'too-short', have: n, need, message: `${n} periods are too few for a Granger test with ${lags} lag${lags > 1 ? 's' : ''}: need at least ${need} (3×lags + ${1 + MIN_DF2})` });
  }
  for (const [name, v] of [['x', x], ['y', y]] as const) {
    if (v.every((a) => a === v[0])) return err({ reason: 'no-variance', message: `the ${name} series is constant (${v[0]} in every period): nothing to test` });
  }
  const target = y.slice(lags);
  const ones = target.map(() => 1);
  const own = Array.from({ length: lags }, (_, i) => lagged(y, i + 1, lags));
  const other = Array.from({ length: lags }, (_, i) => lagged(x, i + 1, lags));
  const restricted = residualSumOfSquares([ones, ...own], target);
  const unrestricted = residualSumOfSquares([ones, ...own, ...other], target);
  if (!restricted.ok || !unrestricted.ok) {
    return err({ reason: 'singular', message: 'the lagged series are collinear (e.g. mostly zeros): the regression has no unique fit' });
  }
  const rssR = restricted.value;
  const rssU = unrestricted.value;
  const tss = target.reduce((s, v, _, a) => s + (v - a.reduce((p, q) => p + q, 0) / a.length) ** 2, 0);
  if (rssU <= 1e-12 * Math.max(tss, 1)) return err({ reason: 'perfect-fit', message: 'the past of x and y predicts y exactly: the F statistic is infinite (check the series)' });
  const df1 = lags;
  const df2 = n - lags - (2 * lags + 1);
  const f = Math.max(0, (rssR - rssU) / df1) / (rssU / df2);
  return ok({ lags, observations: n - lags, rssRestricted: rssR, rssUnrestricted: rssU, f, df1, df2, pValue: 1 - fCdf(f, df1, df2) });
}
