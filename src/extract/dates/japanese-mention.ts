import type { LooseParts } from './calendar.js';
import { COUNT_BEFORE, DAY_COUNT_AFTER_RE, MADE_RE, RANGE_SEP_RE } from './japanese-patterns.js';
import { parseJaPoint, type JaPoint } from './japanese-point.js';
import { rawDate, type RawDate } from './raw-date.js';
import { charAt, charBefore, execAt } from './text-scan.js';

/** What started the match: a digit run, an era name or a kanji numeral. */
export type JaTrigger = 'digits' | 'era' | 'kanji';

/** `2023年9月12日` → `～18日まで`: the second point must end on the same unit as the first. */
function rangeEnd(text: string, point: JaPoint): { readonly to: LooseParts; readonly end: number } | null {
  const sep = execAt(RANGE_SEP_RE, text, point.end);
  if (sep === null) return null;
  const second = parseJaPoint(text, RANGE_SEP_RE.lastIndex, 'year');
  if (second === null || second.decade || second.elidedEnd !== null || second.unit !== point.unit) return null;
  const made = execAt(MADE_RE, text, second.end);
  return { to: second.parts, end: made === null ? second.end : MADE_RE.lastIndex };
}

/**
 * A mention from a parsed point: a decade, an elided range (`2006～2017年`),
 * a written-out range (`9月12日から18日まで`) or the point alone.
 * `base` supplies the fields a relative prefix resolved (同年 → year).
 */
export function jaMention(text: string, start: number, point: JaPoint, base: LooseParts, relative: boolean): RawDate {
  const from: LooseParts = { ...base, ...point.parts };
  if (point.decade) return rawDate(start, point.end, from, { decade: true });
  if (point.elidedEnd !== null) return rawDate(start, point.end, from, { to: point.elidedEnd, relative });
  const range = rangeEnd(text, point);
  if (range === null) return rawDate(start, point.end, from, { relative });
  return rawDate(start, range.end, from, { to: range.to, fromEnd: point.end, relative });
}

/** Is a point with no year (9月, 13日) really a date here, not a count (約3日, 13日間)? */
function bareAllowed(text: string, pos: number, point: JaPoint, trigger: JaTrigger): boolean {
  if (point.parts.y !== undefined) return true;
  if (COUNT_BEFORE.has(charBefore(text, pos))) return false;
  if (point.parts.m !== undefined) return true;
  if (trigger === 'kanji' && (point.dayText ?? '').length < 2) return false;
  return execAt(DAY_COUNT_AFTER_RE, text, point.end) === null;
}

/** A Japanese date starting at a digit run, era name or kanji numeral. */
export function parseJaAt(text: string, pos: number, trigger: JaTrigger): RawDate | null {
  const before = charAt(text, pos - 1);
  if (trigger === 'digits' && /[A-Za-z]/.test(before)) return null;
  if (trigger === 'kanji' && COUNT_BEFORE.has(before)) return null;
  const point = parseJaPoint(text, pos, 'year');
  if (point === null || !bareAllowed(text, pos, point, trigger)) return null;
  return jaMention(text, pos, point, {}, false);
}
