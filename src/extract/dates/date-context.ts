import { addMonths, parseIsoParts, type DateParts, type FullDate } from './calendar.js';

/**
 * What a reader knows when reaching a point in the text: the document's own
 * year and the year, month and last full date mentioned so far.
 */
export interface DateContext {
  /** Year of the document date, for 今年 / 昨年 / this year. */
  readonly docYear: number | null;
  /** Month of the document date, for 今月 / 先月 / 来月 / next month; null when the date names no month. */
  readonly docMonth: number | null;
  /** The document date when it names a day, for "on Friday" in a news report. */
  readonly docDay: FullDate | null;
  /** Current year: the last year mentioned, else the document year. */
  readonly year: number | null;
  /** Current month, always of `year`; null when no month is in force. */
  readonly month: number | null;
  /** Last full date mentioned (start of a range), for 同日 / 前日. */
  readonly lastDay: FullDate | null;
  /** Last day of the last full-date mention (end of a range), for 翌日. */
  readonly lastDayEnd: FullDate | null;
}

export function createDateContext(documentDate: string | null): DateContext {
  const doc = documentDate === null ? null : parseIsoParts(documentDate);
  const docYear = doc?.y ?? null;
  const docDay = doc !== null && doc.m !== undefined && doc.d !== undefined ? { y: doc.y, m: doc.m, d: doc.d } : null;
  return { docYear, docMonth: doc?.m ?? null, docDay, year: docYear, month: null, lastDay: null, lastDayEnd: null };
}

/**
 * Year and month for 今月 / 先月 / 来月 / this month, `delta` months from the
 * document's month when the document date names one, else from the current month.
 */
export function documentMonth(ctx: DateContext, delta: number): { y: number; m: number } | null {
  if (ctx.docYear !== null && ctx.docMonth !== null) return addMonths(ctx.docYear, ctx.docMonth, delta);
  return ctx.year === null || ctx.month === null ? null : addMonths(ctx.year, ctx.month, delta);
}

/** Year for 今年 / 本年 / 昨年: the document year when known, else the current year. */
export function documentYear(ctx: DateContext): number | null {
  return ctx.docYear ?? ctx.year;
}

function asFull(p: DateParts): FullDate | null {
  return p.m !== undefined && p.d !== undefined ? { y: p.y, m: p.m, d: p.d } : null;
}

/** The context after a mention running from `from` to `to` (the last one written wins). */
export function advanceContext(ctx: DateContext, from: DateParts, to: DateParts | null): DateContext {
  // A span of years (2006～2017年, 1950～53) is background: it sets no current year.
  if (from.m === undefined && to !== null && to.y !== from.y) return ctx;
  const last = to ?? from;
  let month: number | null;
  if (last.m !== undefined) month = last.m;
  else month = last.y === ctx.year ? ctx.month : null;
  const day = asFull(from);
  return {
    docYear: ctx.docYear,
    docMonth: ctx.docMonth,
    docDay: ctx.docDay,
    year: last.y,
    month,
    lastDay: day ?? ctx.lastDay,
    lastDayEnd: day === null ? ctx.lastDayEnd : ((to !== null ? asFull(to) : null) ?? day),
  };
}
