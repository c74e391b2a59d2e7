import type { DatePrecision } from '../../core/partial-date.js';

/** A calendar date known to a year, month or day; lower fields absent below its precision. */
export interface DateParts {
  readonly y: number;
  readonly m?: number;
  readonly d?: number;
}

/** A date known to the day. */
export interface FullDate {
  readonly y: number;
  readonly m: number;
  readonly d: number;
}

/** Parts as written, before missing higher fields are filled in from context. */
export interface LooseParts {
  readonly y?: number;
  readonly m?: number;
  readonly d?: number;
}

const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31] as const;

export function isLeapYear(y: number): boolean {
  return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
}

export function daysInMonth(y: number, m: number): number {
  if (m === 2 && isLeapYear(y)) return 29;
  return MONTH_DAYS[m - 1] ?? 0;
}

/** True for a calendar-valid date with a 4-digit year; a day needs a month. */
export function isValidParts(p: LooseParts): p is DateParts {
  const { y, m, d } = p;
  if (y === undefined || !Number.isInteger(y) || y < 1000 || y > 9999) return false;
  if (m === undefined) return d === undefined;
  if (!Number.isInteger(m) || m < 1 || m > 12) return false;
  if (d === undefined) return true;
  return Number.isInteger(d) && d >= 1 && d <= daysInMonth(y, m);
}

export function isFullDate(p: DateParts): p is FullDate {
  return p.m !== undefined && p.d !== undefined;
}

/** Shift a full date by whole days (month and year boundaries included). */
export function addDays(date: FullDate, delta: number): FullDate {
  const t = new Date(0);
  t.setUTCFullYear(date.y, date.m - 1, date.d + delta);
  return { y: t.getUTCFullYear(), m: t.getUTCMonth() + 1, d: t.getUTCDate() };
}

export function addMonths(y: number, m: number, delta: number): { y: number; m: number } {
  const index = y * 12 + (m - 1) + delta;
  return { y: Math.floor(index / 12), m: (index % 12) + 1 };
}

export function precisionOfParts(p: DateParts): DatePrecision {
  if (p.m === undefined) return 'year';
  return p.d === undefined ? 'month' : 'day';
}

const pad2 = (n: number): string => (n < 10 ? `0${n}` : String(n));

export function toIso(p: DateParts): string {
  let iso = String(p.y);
  if (p.m !== undefined) iso += `-${pad2(p.m)}`;
  if (p.m !== undefined && p.d !== undefined) iso += `-${pad2(p.d)}`;
  return iso;
}

/** Compare two dates on the fields both of them have. */
export function compareParts(a: DateParts, b: DateParts): number {
  if (a.y !== b.y) return a.y - b.y;
  if (a.m === undefined || b.m === undefined) return 0;
  if (a.m !== b.m) return a.m - b.m;
  if (a.d === undefined || b.d === undefined) return 0;
  return a.d - b.d;
}

/** Parse an ISO partial date (`2023`, `2023-09`, `2023-09-13`); null when malformed. */
export function parseIsoParts(iso: string): DateParts | null {
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?/.exec(iso);
  if (m === null) return null;
  const parts: LooseParts = {
    y: Number(m[1]),
    ...(m[2] !== undefined ? { m: Number(m[2]) } : {}),
    ...(m[3] !== undefined ? { d: Number(m[3]) } : {}),
  };
  return isValidParts(parts) ? parts : null;
}
