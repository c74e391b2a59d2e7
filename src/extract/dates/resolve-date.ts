import { compareParts, isValidParts, type DateParts, type LooseParts } from './calendar.js';
import type { DateContext } from './date-context.js';
import type { RawDate } from './raw-date.js';

/** A raw date with every field filled in and checked against the calendar. */
export interface ResolvedDate {
  readonly start: number;
  readonly end: number;
  readonly from: DateParts;
  readonly to: DateParts | null;
  readonly relative: boolean;
  readonly decade: boolean;
}

/** Fill a start point's missing year (and month) from context; null when context lacks them. */
function fillFrom(p: LooseParts, ctx: DateContext): LooseParts | null {
  if (p.y !== undefined) return p;
  if (p.m === undefined) {
    if (ctx.year === null || ctx.month === null) return null;
    return { y: ctx.year, m: ctx.month, d: p.d };
  }
  if (ctx.year === null) return null;
  return { y: ctx.year, m: p.m, ...(p.d !== undefined ? { d: p.d } : {}) };
}

/** Drop an impossible day (2月30日) rather than the whole date. */
function validOrCoarser(p: LooseParts): DateParts | null {
  if (isValidParts(p)) return p;
  const month = { y: p.y, m: p.m };
  return p.d !== undefined && isValidParts(month) ? month : null;
}

/** Fill a range end's missing higher fields from its start; a bare end before the start rolls over. */
function fillTo(to: LooseParts, from: DateParts): DateParts | null {
  if (to.y !== undefined) return isValidParts(to) ? to : null;
  const m = to.m ?? from.m;
  if (m === undefined) return null;
  let filled: LooseParts = { y: from.y, m, ...(to.d !== undefined ? { d: to.d } : {}) };
  if (to.m !== undefined && isValidParts(filled) && compareParts(filled, from) < 0) {
    filled = { ...filled, y: from.y + 1 };
  }
  return isValidParts(filled) ? filled : null;
}

export function resolveRawDate(raw: RawDate, ctx: DateContext): ResolvedDate | null {
  const filled = fillFrom(raw.from, ctx);
  if (filled === null) return null;
  const from = validOrCoarser(filled);
  if (from === null) return null;
  const relative = raw.relative || raw.from.y === undefined;
  if (raw.decade) {
    return { start: raw.start, end: raw.end, from, to: { y: from.y + 9 }, relative, decade: true };
  }
  let to: DateParts | null = null;
  let end = raw.end;
  if (raw.to !== null) {
    to = fillTo(raw.to, from);
    if (to === null || compareParts(to, from) < 0) {
      to = null;
      end = raw.fromEnd;
    } else if (compareParts(to, from) === 0 && to.d === from.d && to.m === from.m) {
      to = null;
    }
  }
  return { start: raw.start, end, from, to, relative, decade: false };
}
