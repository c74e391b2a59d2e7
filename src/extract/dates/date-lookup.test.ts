import { describe, expect, it } from 'vitest';
import { dateAt, dateBefore, parseDateSurface } from './date-lookup.js';
import { findDates } from './find-dates.js';

describe('date lookup helpers', () => {
  const text = '2020年5月3日に会談し、同月10日に署名した。';
  const mentions = findDates(text, { documentDate: null });

  it('finds the mention covering an offset', () => {
    expect(dateAt(mentions, 0)?.iso).toBe('2020-05-03');
    expect(dateAt(mentions, text.indexOf('会談'))).toBeNull();
    expect(dateAt(mentions, text.indexOf('同月') + 1)?.iso).toBe('2020-05-10');
  });

  it('finds the last mention before an offset', () => {
    expect(dateBefore(mentions, text.indexOf('署名'))?.iso).toBe('2020-05-10');
    expect(dateBefore(mentions, text.indexOf('会談'))?.iso).toBe('2020-05-03');
    expect(dateBefore(mentions, 0)).toBeNull();
  });

  it('parses a surface holding exactly one date', () => {
    expect(parseDateSurface(' 2023年9月13日 ', { documentDate: null })?.iso).toBe('2023-09-13');
    expect(parseDateSurface('September 2023', { documentDate: null })?.iso).toBe('2023-09');
    expect(parseDateSurface('9月', { documentDate: '2021' })?.iso).toBe('2021-09');
    expect(parseDateSurface('2023年9月13日に', { documentDate: null })).toBeNull();
    expect(parseDateSurface('会談', { documentDate: null })).toBeNull();
  });
});
