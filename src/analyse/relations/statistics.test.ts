import fCdf from '@stdlib/stats-base-dists-f-cdf';
import { describe, expect, it } from 'vitest';
import { crossCorrelation } from './cross-correlation.js';
import { grangerTest, minimumLength } from './granger-test.js';
import { residualSumOfSquares } from './least-squares.js';

/** Deterministic pseudo-random numbers in [0, 1) (a linear congruential generator). */
function lcg(seed: number, n: number): number[] {
  const out: number[] = [];
  let s = seed;
  for (let i = 0; i < n; i++) {
    s = (s * 1103515245 + 12345) % 2 ** 31;
    out.push(s / 2 ** 31);
  }
  return out;
}

describe('residualSumOfSquares', () => {
  it('fits a line: y = 0.8 + 1.3t leaves residuals 0.2, −0.1, −0.4, 0.3', () => {
    // By hand: t̄ = 1.5, ȳ = 2.75, Sty = 6.5, Stt = 5 → slope 1.3, intercept 0.8; RSS = 0.04 + 0.01 + 0.16 + 0.09.
    const r = residualSumOfSquares([[1, 1, 1, 1], [0, 1, 2, 3]], [1, 2, 3, 5]);
    expect(r.ok && r.value).toBeCloseTo(0.3, 12);
  });

  it('refuses collinear columns', () => {
    expect(residualSumOfSquares([[1, 1, 1], [2, 2, 2]], [1, 2, 3])).toEqual({ ok: false, error: 'singular' });
  });
});

describe('crossCorrelation', () => {
  it('matches a hand computation on four points', () => {
    // x̄ = ȳ = 2.5; dx = (−1.5, −.5, .5, 1.5), dy = (−.5, −1.5, 1.5, .5); n·sx·sy = 4 × 1.25 = 5.
    // lag 0: (.75 + .75 + .75 + .75)/5 = .6; lag ±1: 1.75/5 = .35.
    const r = crossCorrelation([1, 2, 3, 4], [2, 1, 4, 3], 1);
    if (!r.ok) throw new Error(r.error.message);
    expect(r.value.lags.map((l) => [l.lag, l.pairs])).toEqual([[-1, 3], [0, 4], [1, 3]]);
    expect(r.value.lags.map((l) => l.r)).toEqual([expect.closeTo(0.35, 12), expect.closeTo(0.6, 12), expect.closeTo(0.35, 12)]);
    expect(r.value.peak.lag).toBe(0);
    expect(r.value.band).toBeCloseTo(0.98, 12);
  });

  it('peaks at +2 when y repeats x two periods later', () => {
    const x = lcg(7, 30);
    const y = [0.5, 0.5, ...x.slice(0, 28)];
    const r = crossCorrelation(x, y, 4);
    expect(r.ok && r.value.peak.lag).toBe(2);
    const back = crossCorrelation(y, x, 4);
    expect(back.ok && back.value.peak.lag).toBe(-2);
  });

  it('refuses a constant series and a series too short for the lags', () => {
    expect(crossCorrelation([1, 1, 1, 1], [1, 2, 3, 4], 1)).toMatchObject({ ok: false, error: { reason: 'no-variance' } });
    expect(crossCorrelation([1, 2, 3], [1, 2, 3], 1)).toMatchObject({ ok: false, error: { reason: 'too-short' } });
  });
});

describe('grangerTest', () => {
  // y_t = x_{t−1} + tiny noise: x's past predicts y; y's past says nothing of x.
  const n = 40;
  const x = lcg(42, n);
  const noise = lcg(9, n).map((v) => (v - 0.5) * 0.01);
  const y = x.map((_, t) => (t === 0 ? 0.5 : x[t - 1]!) + noise[t]!);

  it('finds that x Granger-causes y (p < 0.01) and not the reverse', () => {
    const xy = grangerTest(x, y, 1);
    const yx = grangerTest(y, x, 1);
    if (!xy.ok || !yx.ok) throw new Error('refused');
    expect(xy.value.pValue).toBeLessThan(0.01);
    expect(yx.value.pValue).toBeGreaterThan(0.05);
  });

  it('reports F from the two residual sums with (lags, n − 3·lags − 1) degrees of freedom', () => {
    const r = grangerTest(x, y, 2);
    if (!r.ok) throw new Error(r.error.message);
    const { rssRestricted: rr, rssUnrestricted: ru } = r.value;
    expect(r.value).toMatchObject({ lags: 2, observations: 38, df1: 2, df2: 33 });
    expect(r.value.f).toBeCloseTo((rr - ru) / 2 / (ru / 33), 9);
    expect(rr).toBeGreaterThan(ru);
  });

  it('uses the F distribution: the 5% critical value of F(1, 10) is 4.96', () => {
    expect(1 - fCdf(4.9646, 1, 10)).toBeCloseTo(0.05, 4);
  });

  it('refuses, as a value, too short a series (n < 3·lags + 6), a constant one, and bad lags', () => {
    // One lag: 8 observations − 3 parameters = 5 residual df, the least accepted, at n = 9.
    expect(minimumLength(1)).toBe(9);
    expect(minimumLength(2)).toBe(12);
    expect(grangerTest(x.slice(0, 9), y.slice(0, 9), 1).ok).toBe(true);
    expect(grangerTest(x.slice(0, 8), y.slice(0, 8), 1)).toMatchObject({ ok: false, error: { reason: 'too-short', have: 8, need: 9 } });
    const short = grangerTest(x.slice(0, 11), y.slice(0, 11), 2);
    expect(!short.ok && short.error.message).toMatch(/11 periods are too few .* 2 lags: need at least 12/);
    expect(grangerTest(x, x.map(() => 3), 1)).toMatchObject({ ok: false, error: { reason: 'no-variance' } });
    expect(grangerTest(x, y, 0)).toMatchObject({ ok: false, error: { reason: 'bad-lags' } });
  });

  it('refuses a perfect fit instead of reporting an infinite F', () => {
    const exact = x.map((_, t) => (t === 0 ? 0.5 : x[t - 1]!));
    expect(grangerTest(x, exact, 1)).toMatchObject({ ok: false, error: { reason: 'perfect-fit' } });
  });
});
