import { describe, expect, it } from 'vitest';
import { bucketOf, periodOfBound, periodsBetween } from './period.js';

describe('period bucketing', () => {
  it('puts a day, a month and a year into month, quarter and year buckets', () => {
    expect(bucketOf('2023-09-13', 'day', 'month')).toEqual({ kind: 'period', key: '2023-09' });
    expect(bucketOf('2023-09-13', 'day', 'quarter')).toEqual({ kind: 'period', key: '2023-Q3' });
    expect(bucketOf('2023-10', 'month', 'quarter')).toEqual({ kind: 'period', key: '2023-Q4' });
    expect(bucketOf('2023-01', 'month', 'quarter')).toEqual({ kind: 'period', key: '2023-Q1' });
    expect(bucketOf('2023-09-13', 'day', 'year')).toEqual({ kind: 'period', key: '2023' });
  });

  it('keeps year-only dates apart in month and quarter views', () => {
    expect(bucketOf('2023', 'year', 'month')).toEqual({ kind: 'undated-within-year', key: '2023' });
    expect(bucketOf('2023', 'year', 'quarter')).toEqual({ kind: 'undated-within-year', key: '2023' });
    expect(bucketOf('2023', 'year', 'year')).toEqual({ kind: 'period', key: '2023' });
  });

  it('lists every period between two, across a year end', () => {
    expect(periodsBetween('2023-11', '2024-02', 'month')).toEqual(['2023-11', '2023-12', '2024-01', '2024-02']);
    expect(periodsBetween('2023-Q4', '2024-Q2', 'quarter')).toEqual(['2023-Q4', '2024-Q1', '2024-Q2']);
    expect(periodsBetween('2022', '2024', 'year')).toEqual(['2022', '2023', '2024']);
    expect(periodsBetween('2024', '2022', 'year')).toEqual([]);
  });

  it('opens a bare-year window at its first period and closes it at its last', () => {
    expect(periodOfBound('2023', 'quarter', 'from')).toBe('2023-Q1');
    expect(periodOfBound('2023', 'quarter', 'to')).toBe('2023-Q4');
    expect(periodOfBound('2023', 'month', 'to')).toBe('2023-12');
    expect(periodOfBound('2023-05-20', 'quarter', 'to')).toBe('2023-Q2');
  });
});
