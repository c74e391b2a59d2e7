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

function yearPoint(year: YearMatch): JaPoint | null {
  const decade = year.qualifier === '代';
  if (decade && (year.yEnd !== null || year.y % 10 !== 0)) return null;
  return {
    end: year.end,
    parts: { y: year.y },
    elidedEnd: year.yEnd === null ? null : { y: year.yEnd },
    decade,
    unit: 'year',
    dayText: null,
  };
}

/**
 * Parse a Japanese date point at `pos`, starting with the unit `first`
 * (after 同年 the point starts with the month). Null when nothing matches.
 */
export function parseJaPoint(text: string, pos: number, first: DatePrecision): JaPoint | null {
  let y: number | undefined;
  let end = pos;
  if (first === 'year') {
    const year = matchYear(text, pos);
    if (year === null) return null;
    if (year !== undefined) {
      const point = yearPoint(year);
      if (point === null || year.yEnd !== null || year.qualifier !== undefined) return point;
      y = year.y;
      end = year.end;
    }
  }
  const yearOnly: JaPoint | null =
    y === undefined ? null : { end, parts: { y }, elidedEnd: null, decade: false, unit: 'year', dayText: null };

  let m: number | undefined;
  if (first !== 'day') {
    const month = execAt(MONTH_RE, text, end);
    if (month !== null) {
      const mv = parseNumeral(month[1] ?? '');
      if (!inRange(mv, 1, 12)) return yearOnly;
      const mEnd = month[2] === undefined ? null : parseNumeral(month[2]);
      if (month[2] !== undefined && !inRange(mEnd, 1, 12)) return yearOnly;
      const parts: LooseParts = y === undefined ? { m: mv } : { y, m: mv };
      const monthPoint: JaPoint = {
        end: MONTH_RE.lastIndex,
        parts,
        elidedEnd: mEnd === null ? null : { m: mEnd },
        decade: false,
        unit: 'month',
        dayText: null,
      };
      if (mEnd !== null || month[3] !== undefined) return monthPoint;
      m = mv;
      end = MONTH_RE.lastIndex;
    } else if (first === 'month') {
      return null;
    }
  }
  const monthOnly: JaPoint | null =
    m === undefined
      ? yearOnly
      : { end, parts: y === undefined ? { m } : { y, m }, elidedEnd: null, decade: false, unit: 'month', dayText: null };
  if (y !== undefined && m === undefined) return yearOnly;

  const day = execAt(DAY_RE, text, end);
  if (day === null) return monthOnly;
  const dv = parseNumeral(day[1] ?? '');
  if (!inRange(dv, 1, 31)) return monthOnly;
  const dEnd = day[2] === undefined ? null : parseNumeral(day[2]);
  if (day[2] !== undefined && !inRange(dEnd, 1, 31)) return monthOnly;
  return {
    end: DAY_RE.lastIndex,
    parts: { ...(y !== undefined ? { y } : {}), ...(m !== undefined ? { m } : {}), d: dv },
    elidedEnd: dEnd === null ? null : { d: dEnd },
    decade: false,
    unit: 'day',
    dayText: day[1] ?? null,
  };
}
