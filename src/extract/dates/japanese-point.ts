import type { DatePrecision } from '../../core/partial-date.js';
import type { LooseParts } from './calendar.js';
import { eraToWesternYear } from './era.js';
import { DAY_RE, MONTH_RE, YEAR_RE } from './japanese-patterns.js';
import { parseKanjiNumber, parseNumeral } from './kanji-number.js';
import { execAt } from './text-scan.js';
import { westernRangeEnd, westernYear } from './western-year.js';

/** One point of a Japanese date as written: `2023年9月13日`, `9月`, `13日`, `2006～2017年`. */
export interface JaPoint {
  readonly end: number;
  readonly parts: LooseParts;
  /** End of a range whose first number drops the unit (`16～17日` → `{ d: 17 }`). */
  readonly elidedEnd: LooseParts | null;
  readonly decade: boolean;
  /** Smallest unit written. */
  readonly unit: DatePrecision;
  /** The day's numeral as written, to reject lone kanji like 一日. */
  readonly dayText: string | null;
}

interface YearMatch {
  readonly end: number;
  readonly y: number;
  readonly yEnd: number | null;
  readonly qualifier: string | undefined;
}

function matchYear(text: string, pos: number): YearMatch | null | undefined {
  const m = execAt(YEAR_RE, text, pos);
  if (m === null) return undefined;
  const [, western, kanji, era, eraNum, rangeEnd, qualifier] = m;
  let y: number | null;
  let yEnd: number | null = null;
  if (era !== undefined && eraNum !== undefined) {
    const n = eraNum === '元' ? 1 : parseNumeral(eraNum);
    y = n === null ? null : eraToWesternYear(era, n);
    if (rangeEnd !== undefined) {
      const n2 = parseNumeral(rangeEnd);
      yEnd = n2 === null ? null : eraToWesternYear(era, n2);
      if (yEnd === null) return null;
    }
  } else {
    y = westernYear(western !== undefined ? Number(western) : (parseKanjiNumber(kanji ?? '') ?? 0));
    if (rangeEnd !== undefined && y !== null) {
      yEnd = westernRangeEnd(y, rangeEnd);
      if (yEnd === null) return null;
    }
  }
  if (y === null) return null;
  return { end: YEAR_RE.lastIndex, y, yEnd, qualifier };
}

function inRange(n: number | null, lo: number, hi: number): n is number {
  return n !== null && n >= lo && n <= hi;
}

/** A month or day number with an optional elided range end; `invalid` when out of range. */
type UnitMatch = { readonly end: number; readonly value: number; readonly rangeEnd: number | null; readonly qualifier: string | undefined; readonly written: string } | 'invalid' | null;

function matchUnit(re: RegExp, text: string, pos: number, max: number): UnitMatch {
  const m = execAt(re, text, pos);
  if (m === null) return null;
  const value = parseNumeral(m[1] ?? '');
  const rangeEnd = m[2] === undefined ? null : parseNumeral(m[2]);
  if (!inRange(value, 1, max) || (m[2] !== undefined && !inRange(rangeEnd, 1, max))) return 'invalid';
  return { end: re.lastIndex, value, rangeEnd, qualifier: m[3], written: m[1] ?? '' };
}

function point(end: number, parts: LooseParts, unit: DatePrecision, fields: Partial<JaPoint> = {}): JaPoint {
  return { end, parts, elidedEnd: null, decade: false, unit, dayText: null, ...fields };
}

function yearPoint(year: YearMatch): JaPoint | null {
  const decade = year.qualifier === '代';
  if (decade && (year.yEnd !== null || year.y % 10 !== 0)) return null;
  return point(year.end, { y: year.y }, 'year', { decade, elidedEnd: year.yEnd === null ? null : { y: year.yEnd } });
}

/** Year parts written before the month, and where they end. */
interface Prefix {
  readonly end: number;
  readonly parts: LooseParts;
}

/** The month (and day) after `prefix`; falls back to the prefix alone when they are missing or invalid. */
function monthAndDay(text: string, prefix: Prefix, first: DatePrecision): JaPoint | null {
  const alone = prefix.parts.y === undefined ? null : point(prefix.end, prefix.parts, 'year');
  let { end, parts } = prefix;
  if (first !== 'day') {
    const month = matchUnit(MONTH_RE, text, end, 12);
    if (month === 'invalid' || (month === null && (first === 'month' || parts.y !== undefined))) return alone;
    if (month !== null) {
      parts = { ...parts, m: month.value };
      end = month.end;
      if (month.rangeEnd !== null || month.qualifier !== undefined) {
        return point(end, parts, 'month', { elidedEnd: month.rangeEnd === null ? null : { m: month.rangeEnd } });
      }
    }
  }
  const withMonth = parts.m === undefined ? alone : point(end, parts, 'month');
  const day = matchUnit(DAY_RE, text, end, 31);
  if (day === null || day === 'invalid') return withMonth;
  return point(day.end, { ...parts, d: day.value }, 'day', {
    elidedEnd: day.rangeEnd === null ? null : { d: day.rangeEnd },
    dayText: day.written,
  });
}

/**
 * Parse a Japanese date point at `pos`, starting with the unit `first`
 * (after 同年 the point starts with the month). Null when nothing matches.
 */
export function parseJaPoint(text: string, pos: number, first: DatePrecision): JaPoint | null {
  if (first !== 'year') return monthAndDay(text, { end: pos, parts: {} }, first);
  const year = matchYear(text, pos);
  if (year === null) return null;
  if (year === undefined) return monthAndDay(text, { end: pos, parts: {} }, 'year');
  if (year.yEnd !== null || year.qualifier !== undefined) return yearPoint(year);
  return monthAndDay(text, { end: year.end, parts: { y: year.y } }, 'year');
}
