import type { DatePrecision } from '../../core/partial-date.js';
import type { LooseParts } from './calendar.js';
import {
  DATE_PREPOSITIONS,
  EN_DMY_RE,
  EN_M_RE,
  EN_MDY_RE,
  EN_MY_RE,
  EN_NOT_YEAR_AFTER_RE,
  EN_POINT_SEP_RE,
  EN_YEAR_RE,
  monthNumber,
} from './english-patterns.js';
import { rawDate, type RawDate } from './raw-date.js';
import { charAt, execAt, wordBefore } from './text-scan.js';
import { westernRangeEnd, westernYear } from './western-year.js';

interface EnPoint {
  readonly end: number;
  readonly parts: LooseParts;
  readonly elidedEnd: LooseParts | null;
  readonly unit: DatePrecision;
}

function yearPart(written: string | undefined): { y?: number } | null {
  if (written === undefined) return {};
  const y = westernYear(Number(written));
  return y === null ? null : { y };
}

function dayPoint(end: number, m: number, d: string, dEnd: string | undefined, year: string | undefined): EnPoint | null {
  const y = yearPart(year);
  if (y === null) return null;
  const elidedEnd = dEnd === undefined ? null : { d: Number(dEnd) };
  return { end, parts: { ...y, m, d: Number(d) }, elidedEnd, unit: 'day' };
}

/** `13 September 2023`, `12–18 September`. */
function dayFirst(text: string, pos: number): EnPoint | null {
  const m = execAt(EN_DMY_RE, text, pos);
  const month = m === null ? null : monthNumber(m[3] ?? '');
  if (m === null || month === null) return null;
  return dayPoint(EN_DMY_RE.lastIndex, month, m[1] ?? '', m[2], m[4]);
}

/** `September 13, 2023`, `September 12-18, 2023`, `September 2023`, and after a preposition `September`. */
function monthFirst(text: string, pos: number, bareAllowed: boolean): EnPoint | null {
  const mdy = execAt(EN_MDY_RE, text, pos);
  if (mdy !== null) {
    const month = monthNumber(mdy[1] ?? '');
    return month === null ? null : dayPoint(EN_MDY_RE.lastIndex, month, mdy[2] ?? '', mdy[3], mdy[4]);
  }
  const my = execAt(EN_MY_RE, text, pos);
  if (my !== null) {
    const month = monthNumber(my[1] ?? '');
    const y = yearPart(my[2]);
    if (month === null || y === null) return null;
    return { end: EN_MY_RE.lastIndex, parts: { ...y, m: month }, elidedEnd: null, unit: 'month' };
  }
  const bare = bareAllowed ? execAt(EN_M_RE, text, pos) : null;
  const month = bare === null ? null : monthNumber(bare[1] ?? '');
  return month === null ? null : { end: EN_M_RE.lastIndex, parts: { m: month }, elidedEnd: null, unit: 'month' };
}

/** A start written without its year takes the end's (`12 September to 2 October 2023`). */
function backfillYear(from: LooseParts, to: LooseParts): LooseParts {
  if (from.y !== undefined || to.y === undefined) return from;
  const rollsOver = from.m !== undefined && to.m !== undefined && from.m > to.m;
  return { ...from, y: rollsOver ? to.y - 1 : to.y };
}

function enMention(text: string, start: number, point: EnPoint): RawDate {
  if (point.elidedEnd !== null) return rawDate(start, point.end, point.parts, { to: point.elidedEnd });
  const sep = execAt(EN_POINT_SEP_RE, text, point.end);
  if (sep !== null) {
    const at = EN_POINT_SEP_RE.lastIndex;
    const second = /\d/.test(charAt(text, at)) ? dayFirst(text, at) : monthFirst(text, at, false);
    if (second !== null && second.elidedEnd === null && second.unit === point.unit) {
      const from = backfillYear(point.parts, second.parts);
      return rawDate(start, second.end, from, { to: second.parts, fromEnd: point.end });
    }
  }
  return rawDate(start, point.end, point.parts);
}

/** A year after a preposition or in parentheses: `in 2023`, `from 2006 to 2017`, `(1950–53)`. */
function yearAt(text: string, pos: number): RawDate | null {
  const word = wordBefore(text, pos);
  if (!DATE_PREPOSITIONS.has(word) && charAt(text, pos - 1) !== '(') return null;
  const m = execAt(EN_YEAR_RE, text, pos);
  const y = m === null ? null : westernYear(Number(m[1]));
  if (m === null || y === null) return null;
  let end = EN_YEAR_RE.lastIndex;
  const rangeOk = m[3] !== undefined && (!/and/.test(m[2] ?? '') || word === 'between');
  const yEnd = rangeOk ? westernRangeEnd(y, m[3] ?? '') : null;
  if (yEnd === null) end = pos + 4;
  if (execAt(EN_NOT_YEAR_AFTER_RE, text, end) !== null) return null;
  return rawDate(pos, end, { y }, { to: yEnd === null ? null : { y: yEnd } });
}

/** An English date starting at a digit run of length `runLength`. */
export function parseEnDigitsAt(text: string, pos: number, runLength: number): RawDate | null {
  if (runLength <= 2) {
    const point = dayFirst(text, pos);
    return point === null ? null : enMention(text, pos, point);
  }
  return runLength === 4 ? yearAt(text, pos) : null;
}

/** An English date starting at a month name. */
export function parseEnMonthAt(text: string, pos: number): RawDate | null {
  const point = monthFirst(text, pos, DATE_PREPOSITIONS.has(wordBefore(text, pos)));
  return point === null ? null : enMention(text, pos, point);
}
