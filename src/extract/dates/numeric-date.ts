import { rawDate, type RawDate } from './raw-date.js';
import { execAt } from './text-scan.js';
import { westernYear } from './western-year.js';

/** `2023-09-13`, `2023/11/13`, `2023.7.12` (not followed by more number parts). */
const NUMERIC_RE = /(\d{4})([-/.])(\d{1,2})\2(\d{1,2})(?!\d)(?![-/.]\d)/y;

/** A year-first numeric date at `pos`; calendar validity is checked on resolution. */
export function parseNumericAt(text: string, pos: number): RawDate | null {
  const m = execAt(NUMERIC_RE, text, pos);
  if (m === null) return null;
  const y = westernYear(Number(m[1]));
  if (y === null) return null;
  const d = Number(m[4]);
  return rawDate(pos, NUMERIC_RE.lastIndex, { y, m: Number(m[3]), d });
}
