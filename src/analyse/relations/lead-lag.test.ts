import { describe, expect, it } from 'vitest';
import { leadLag } from './lead-lag.js';
import { ev } from './testing/hand-made-event.js';
import type { RelationEvent } from './relation-event.js';

const month = (m: number): string => `${2022 + Math.floor(m / 12)}-${String((m % 12) + 1).padStart(2, '0')}-15`;
/** Fixed, irregular Goldstein scores for 20 months (drawn once from a seeded generator, then written down). */
const G = [0, -6, -7, -7, -4, 9, -10, 8, -7, -5, -4, 6, -2, 1, 8, -1, -6, -1, 7, -3];

/** CHN–PRK in month m scores G[m]; RUS–PRK in month m+1 echoes it, off by a little. */
function echoing(months: number): RelationEvent[] {
  const out: RelationEvent[] = [];
  for (let m = 0; m < months; m++) {
    out.push(ev(100 + m, month(m), 'CHN', 'PRK', 1, G[m]!));
    const echo = m === 0 ? 1 : G[m - 1]! + ((m * 7) % 5 - 2) / 100;
    out.push(ev(200 + m, month(m), 'PRK', 'RUS', 1, echo));
  }
  return out;
}

describe('leadLag', () => {
  it('finds RUS–PRK following CHN–PRK by one month, and not the reverse', () => {
    const events = [...echoing(20), ev(999, '2022', 'RUS', 'PRK', 1, 7)];
    const r = leadLag(events, ['CHN', 'PRK'], ['RUS', 'PRK'], { granularity: 'month', measure: 'goldstein', lags: 1 });
    if (!r.ok) throw new Error(r.error.message);
    expect(r.value.points).toHaveLength(20);
    // Month 2: CHN–PRK scores G[2] = −7; RUS–PRK echoes G[1] = −6 off by ((2·7) mod 5 − 2)/100 = +0.02.
    expect(r.value.points[2]).toEqual({ period: '2022-03', x: -7, y: -5.98, xEventIds: [102], yEventIds: [202] });
    expect(r.value.excludedUndated).toEqual({ x: [], y: [999] });
    expect(r.value.crossCorrelation.peak.lag).toBe(1);
    expect(r.value.xToY.ok && r.value.xToY.pValue).toBeLessThan(0.01);
    expect(r.value.yToX.ok && r.value.yToX.pValue).toBeGreaterThan(0.05);
  });

  it('refuses, with the numbers, a series too short to say anything', () => {
    const r = leadLag(echoing(5), ['CHN', 'PRK'], ['RUS', 'PRK'], { granularity: 'month', measure: 'goldstein', lags: 1 });
    expect(r).toMatchObject({ ok: false, error: { reason: 'too-short', periods: 5, need: 9 } });
    expect(!r.ok && r.error.message).toBe('cannot test lead–lag: the series of CHN-PRK and RUS-PRK by month have 5 periods; a Granger test with 1 lag needs at least 9');
  });

  it('refuses a constant series (one event every month is no signal)', () => {
    const r = leadLag(echoing(20), ['CHN', 'PRK'], ['RUS', 'PRK'], { granularity: 'month', measure: 'count', lags: 1 });
    expect(r).toMatchObject({ ok: false, error: { reason: 'no-variance' } });
  });
});
