import { err, ok, type Result } from '../../core/result.js';

export interface LagCorrelation {
  /** k > 0: x leads y by k periods (x at t against y at t+k); k < 0: y leads x. */
  readonly lag: number;
  readonly r: number;
  /** Pairs that enter the sum. */
  readonly pairs: number;
}

export interface CrossCorrelation {
  readonly lags: readonly LagCorrelation[];
  /** The lag with the largest |r| (the smallest |lag| on a tie). */
  readonly peak: LagCorrelation;
  /** ±1.96/√n: |r| beyond it is unlikely for two unrelated white-noise series. */
  readonly band: number;
}

export type CorrelationRefusal =
  | { readonly reason: 'length-mismatch'; readonly message: string }
  | { readonly reason: 'too-short'; readonly message: string }
  | { readonly reason: 'no-variance'; readonly message: string };

const mean = (v: readonly number[]): number => v.reduce((s, x) => s + x, 0) / v.length;

/**
 * Sample cross-correlation of two equally long series, the usual (biased)
 * estimator: r(k) = Σ_t (x_t − x̄)(y_{t+k} − ȳ) / (n·s_x·s_y), with the
 * population standard deviations and the full-series means, for k from
 * −maxLag to maxLag. Refuses unless n > maxLag + 2 and both series vary.
 */
export function crossCorrelation(x: readonly number[], y: readonly number[], maxLag: number): Result<CrossCorrelation, CorrelationRefusal> {
  const n = x.length;
  if (y.length !== n) return err({ reason: 'length-mismatch', message: `the series differ in length (${n} and ${y.length})` });
  if (n < maxLag + 3) return err({ reason: 'too-short', message: `${n} periods are too few for lags up to ${maxLag}: need at least ${maxLag + 3}` });
  const mx = mean(x);
  const my = mean(y);
  const sx = Math.sqrt(x.reduce((s, v) => s + (v - mx) ** 2, 0) / n);
  const sy = Math.sqrt(y.reduce((s, v) => s + (v - my) ** 2, 0) / n);
  if (sx === 0 || sy === 0) return err({ reason: 'no-variance', message: `the ${sx === 0 ? 'x' : 'y'} series is constant: nothing to correlate` });
  const lags: LagCorrelation[] = [];
  for (let k = -maxLag; k <= maxLag; k++) {
    let sum = 0;
    let pairs = 0;
    for (let t = 0; t < n; t++) {
      if (t + k < 0 || t + k >= n) continue;
      sum += (x[t]! - mx) * (y[t + k]! - my);
      pairs++;
    }
    lags.push({ lag: k, r: sum / (n * sx * sy), pairs });
  }
  const peak = lags.reduce((best, l) =>
    Math.abs(l.r) > Math.abs(best.r) + 1e-12 || (Math.abs(Math.abs(l.r) - Math.abs(best.r)) <= 1e-12 && Math.abs(l.lag) < Math.abs(best.lag)) ? l : best,
  );
  return ok({ lags, peak, band: 1.96 / Math.sqrt(n) });
}
