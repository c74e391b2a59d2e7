import { describe, expect, it } from 'vitest';
import { addDays, addMonths, daysInMonth, isValidParts, parseIsoParts, toIso } from './calendar.js';

describe('calendar', () => {
  it('knows month lengths and leap years', () => {
    expect(daysInMonth(2024, 2)).toBe(29);
    expect(daysInMonth(2023, 2)).toBe(28);
    expect(daysInMonth(1900, 2)).toBe(28);
    expect(daysInMonth(2000, 2)).toBe(29);
    expect(daysInMonth(2023, 9)).toBe(30);
  });

  it('rejects impossible dates', () => {
    expect(isValidParts({ y: 2023, m: 2, d: 30 })).toBe(false);
    expect(isValidParts({ y: 2023, m: 13 })).toBe(false);
    expect(isValidParts({ y: 2023, d: 3 })).toBe(false);
    expect(isValidParts({ y: 2023, m: 12, d: 31 })).toBe(true);
  });

  it('adds days and months across boundaries', () => {
    expect(addDays({ y: 2023, m: 12, d: 31 }, 1)).toEqual({ y: 2024, m: 1, d: 1 });
    expect(addDays({ y: 2024, m: 3, d: 1 }, -1)).toEqual({ y: 2024, m: 2, d: 29 });
    expect(addMonths(2023, 12, 1)).toEqual({ y: 2024, m: 1 });
    expect(addMonths(2024, 1, -1)).toEqual({ y: 2023, m: 12 });
  });

  it('formats and parses ISO partial dates', () => {
    expect(toIso({ y: 2023, m: 9, d: 3 })).toBe('2023-09-03');
    expect(toIso({ y: 2023, m: 9 })).toBe('2023-09');
    expect(parseIsoParts('2023-11-13')).toEqual({ y: 2023, m: 11, d: 13 });
    expect(parseIsoParts('2023')).toEqual({ y: 2023 });
    expect(parseIsoParts('2023-02-30')).toBeNull();
  });
});
