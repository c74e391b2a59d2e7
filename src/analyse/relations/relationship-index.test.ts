import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { asymmetry } from './asymmetry.js';
import { compareDyads } from './compare-dyads.js';
import { relationshipIndex } from './relationship-index.js';
import { ev } from './testing/hand-made-event.js';

// RUS–PRK in 2023: two events in Q3, one in Q4, one known only to the year;
// plus a CHN→PRK event and a PRK act with no target (never in a dyad).
const EVENTS = [
  ev(1, '2023-09-13', 'RUS', 'PRK', 1, 7),
  ev(2, '2023-09', 'PRK', 'RUS', 2, 8.3),
  ev(3, '2023-11-02', 'RUS', 'PRK', 3, -2),
  ev(4, '2023', 'PRK', 'RUS', 1, 1.9),
  ev(5, '2023-10-01', 'CHN', 'PRK', 1, 4),
  ev(6, '2023-09-20', 'PRK', null, 4, -7.2),
];

describe('relationshipIndex', () => {
  it('counts by QuadClass and sums Goldstein per quarter, each direction and combined', () => {
    const rows = relationshipIndex(EVENTS, { actors: ['RUS', 'PRK'], granularity: 'quarter' });
    const pick = (period: string, flow: string) => rows.find((r) => r.period === period && r.flow === flow);
    // Q3: 1 (RUS→PRK, +7) and 2 (PRK→RUS, +8.3): combined 15.3 / 2 = 7.65.
    expect(pick('2023-Q3', 'a-to-b')).toMatchObject({ direction: 'RUS→PRK', count: 1, quad1: 1, goldsteinSum: 7, goldsteinMean: 7, eventIds: [1] });
    expect(pick('2023-Q3', 'b-to-a')).toMatchObject({ direction: 'PRK→RUS', count: 1, quad2: 1, goldsteinSum: 8.3, eventIds: [2] });
    expect(pick('2023-Q3', 'combined')).toMatchObject({ count: 2, quad1: 1, quad2: 1, goldsteinSum: 15.3, goldsteinMean: 7.65, eventIds: [2, 1] });
    // Q4: only 3 (RUS→PRK, −2); nothing the other way, so its mean is null, not 0.
    expect(pick('2023-Q4', 'a-to-b')).toMatchObject({ count: 1, quad3: 1, goldsteinSum: -2 });
    expect(pick('2023-Q4', 'b-to-a')).toMatchObject({ count: 0, goldsteinSum: 0, goldsteinMean: null, eventIds: [] });
    // Event 4 is known only to the year: its own bucket, after the year's quarters.
    expect(rows.map((r) => `${r.period}/${r.bucket}`).filter((_, i) => i % 3 === 0)).toEqual(['2023-Q3/period', '2023-Q4/period', '2023/undated-within-year']);
    expect(pick('2023', 'b-to-a')).toMatchObject({ count: 1, goldsteinSum: 1.9, eventIds: [4] });
  });

  it('fills empty months of the window, and counts year-only events in the year view', () => {
    const months = relationshipIndex(EVENTS, { actors: ['RUS', 'PRK'], granularity: 'month', from: '2023-08', to: '2023-11' });
    expect([...new Set(months.map((r) => r.period))]).toEqual(['2023-08', '2023-09', '2023-10', '2023-11', '2023']);
    expect(months.find((r) => r.period === '2023-10' && r.flow === 'combined')!.count).toBe(0);
    const years = relationshipIndex(EVENTS, { actors: ['RUS', 'PRK'], granularity: 'year' });
    // RUS→PRK: 7 − 2 = 5 over 2; PRK→RUS: 8.3 + 1.9 = 10.2 over 2; both: 15.2 over 4.
    expect(years.map((r) => [r.flow, r.count, r.goldsteinSum, r.goldsteinMean])).toEqual([
      ['a-to-b', 2, 5, 2.5],
      ['b-to-a', 2, 10.2, 5.1],
      ['combined', 4, 15.2, 3.8],
    ]);
  });

  it('takes a set of actors as every pair of them', () => {
    const rows = relationshipIndex(EVENTS, { actors: ['RUS', 'PRK', 'CHN'], granularity: 'year' });
    expect([...new Set(rows.map((r) => r.dyad))]).toEqual(['RUS-PRK', 'RUS-CHN', 'PRK-CHN']);
    expect(rows.find((r) => r.dyad === 'PRK-CHN' && r.flow === 'b-to-a')).toMatchObject({ direction: 'CHN→PRK', count: 1, eventIds: [5] });
  });

  it('property: in every bucket the directions add up to the combined row, the quads to the count, and all buckets to the events in range', () => {
    const actor = fc.constantFrom('RUS', 'PRK', 'CHN');
    const date = fc.oneof(
      fc.tuple(fc.integer({ min: 2020, max: 2024 }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 28 })).map(([y, m, d]) => `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`),
      fc.integer({ min: 2020, max: 2024 }).map(String),
    );
    const event = fc.tuple(date, actor, actor, fc.constantFrom(1, 2, 3, 4) as fc.Arbitrary<1 | 2 | 3 | 4>, fc.integer({ min: -100, max: 100 }));
    fc.assert(
      fc.property(fc.array(event, { maxLength: 40 }), fc.constantFrom('month', 'quarter', 'year') as fc.Arbitrary<'month' | 'quarter' | 'year'>, (specs, granularity) => {
        const events = specs.map(([d, s, t, q, g], i) => ev(i + 1, d, s, t, q, g / 10));
        const rows = relationshipIndex(events, { actors: ['RUS', 'PRK'], granularity, from: '2021', to: '2023' });
        const inRange = events.filter((e) => ((e.source === 'RUS' && e.target === 'PRK') || (e.source === 'PRK' && e.target === 'RUS')) && e.date >= '2021' && e.date < '2024');
        const combined = rows.filter((r) => r.flow === 'combined');
        expect(combined.reduce((s, r) => s + r.count, 0)).toBe(inRange.length);
        for (let i = 0; i < rows.length; i += 3) {
          const [ab, ba, both] = [rows[i]!, rows[i + 1]!, rows[i + 2]!];
          expect(ab.count + ba.count).toBe(both.count);
          expect(both.quad1 + both.quad2 + both.quad3 + both.quad4).toBe(both.count);
          expect(both.eventIds.length).toBe(both.count);
        }
      }),
    );
  });
});

describe('asymmetry', () => {
  it('subtracts the mean Goldstein of B→A from A→B, null when a side is silent', () => {
    const rows = asymmetry(EVENTS, ['RUS', 'PRK'], { granularity: 'quarter' });
    expect(rows.map((r) => [r.period, r.countAB, r.countBA, r.difference, r.sumDifference])).toEqual([
      ['2023-Q3', 1, 1, -1.3, -1.3], // 7 − 8.3
      ['2023-Q4', 1, 0, null, -2], // −2 − 0
      ['2023', 0, 1, null, -1.9],
      ['all', 2, 2, -2.6, -5.2], // 2.5 − 5.1; 5 − 10.2
    ]);
    expect(rows.at(-1)).toMatchObject({ bucket: 'total', eventIdsAB: [1, 3], eventIdsBA: [4, 2] }); // by date: '2023' sorts before '2023-09'
  });
});

describe('compareDyads', () => {
  it('lines dyads up on one period axis, both directions combined', () => {
    const rows = compareDyads(EVENTS, [['RUS', 'PRK'], ['CHN', 'PRK']], { granularity: 'quarter' });
    expect(rows.map((r) => [r.period, r.dyad, r.count, r.goldsteinSum])).toEqual([
      ['2023-Q3', 'RUS-PRK', 2, 15.3],
      ['2023-Q3', 'CHN-PRK', 0, 0],
      ['2023-Q4', 'RUS-PRK', 1, -2],
      ['2023-Q4', 'CHN-PRK', 1, 4],
      ['2023', 'RUS-PRK', 1, 1.9],
      ['2023', 'CHN-PRK', 0, 0],
    ]);
  });
});
