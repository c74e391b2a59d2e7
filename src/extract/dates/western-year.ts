import { parseNumeral } from './kanji-number.js';

/** Western years accepted when written out in digits. */
export const MIN_YEAR = 1900;
export const MAX_YEAR = 2100;

export function westernYear(n: number): number | null {
  return Number.isInteger(n) && n >= MIN_YEAR && n <= MAX_YEAR ? n : null;
}

/** End of a year range as written after `start`: `2017`, or `53` after `1950` (→ 1953). */
export function westernRangeEnd(start: number, written: string): number | null {
  const n = parseNumeral(written);
  if (n === null) return null;
  if (written.length === 4) return westernYear(n);
  if (written.length !== 2) return null;
  let y = Math.floor(start / 100) * 100 + n;
  if (y < start) y += 100;
  return westernYear(y);
}
