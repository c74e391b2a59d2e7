import { addDays, addMonths, type FullDate, type LooseParts } from './calendar.js';
import { documentMonth, documentYear, type DateContext } from './date-context.js';
import { jaMention } from './japanese-mention.js';
import { parseJaPoint } from './japanese-point.js';
import { rawDate, type RawDate } from './raw-date.js';
import { charAt, execAt, isHan } from './text-scan.js';

/** 同年, 翌月, 前日, 昨年度, 翌2012年 ... Groups: 1 prefix, 2 unit (absent before a digit). */
const RELATIVE_RE = /([同翌前昨去今本来]|先(?=月)) ?(?:(年度|年|月|日)|(?=\d))/y;
/** After the unit: year-on-year comparisons and other non-dates (前年比, 同年代, 前日本大使). */
const NOT_A_DATE_AFTER_RE = /比|同期|同月比|[代齢輩]|本/y;
const YEAR_TAIL_RE = /末|初頭|初め|初|頭|前半|後半|半ば/y;
const MONTH_TAIL_RE = /上旬|中旬|下旬|初旬|末|初頭|初め|初|頭|半ば/y;
/** Prefixes that are also ordinary word parts (共同, 以前, 日本) unless they start a word. */
const AMBIGUOUS_PREFIXES = new Set(['同', '前', '今', '本', '来', '先']);

function yearOf(prefix: string, ctx: DateContext): number | null {
  const doc = documentYear(ctx);
  switch (prefix) {
    case '同': return ctx.year;
    case '翌': return ctx.year === null ? null : ctx.year + 1;
    case '前': return ctx.year === null ? null : ctx.year - 1;
    case '昨':
    case '去': return doc === null ? null : doc - 1;
    case '今':
    case '本': return doc;
    case '来': return doc === null ? null : doc + 1;
    default: return null;
  }
}

function monthOf(prefix: string, ctx: DateContext): { y: number; m: number } | null {
  // 今月 / 本月 / 先月 / 来月: counted from the document's month, like 今年 from its year
  if (prefix === '今' || prefix === '本') return documentMonth(ctx, 0);
  if (prefix === '先') return documentMonth(ctx, -1);
  if (prefix === '来') return documentMonth(ctx, 1);
  if (ctx.year === null || ctx.month === null) return null;
  const delta = prefix === '同' ? 0 : prefix === '翌' ? 1 : prefix === '前' ? -1 : null;
  return delta === null ? null : addMonths(ctx.year, ctx.month, delta);
}

function dayOf(prefix: string, ctx: DateContext): FullDate | null {
  if (prefix === '同') return ctx.lastDay;
  if (prefix === '翌') return ctx.lastDayEnd === null ? null : addDays(ctx.lastDayEnd, 1);
  if (prefix === '前') return ctx.lastDay === null ? null : addDays(ctx.lastDay, -1);
  return null;
}

/** 同年 / 翌年 ..., then an optional month and day (同年9月12日) or a tail (同年末). */
function relativeYear(text: string, pos: number, end: number, y: number, fiscal: boolean): RawDate {
  if (fiscal) return rawDate(pos, end, { y }, { relative: true });
  const tail = execAt(YEAR_TAIL_RE, text, end);
  if (tail !== null) return rawDate(pos, YEAR_TAIL_RE.lastIndex, { y }, { relative: true });
  const point = parseJaPoint(text, end, 'month');
  if (point === null) return rawDate(pos, end, { y }, { relative: true });
  return jaMention(text, pos, point, { y }, true);
}

function relativeMonth(text: string, pos: number, end: number, ym: LooseParts): RawDate {
  const tail = execAt(MONTH_TAIL_RE, text, end);
  if (tail !== null) return rawDate(pos, MONTH_TAIL_RE.lastIndex, ym, { relative: true });
  const point = parseJaPoint(text, end, 'day');
  if (point === null) return rawDate(pos, end, ym, { relative: true });
  return jaMention(text, pos, point, ym, true);
}

/** `翌2012年9月`: an explicit year wins over the prefix. */
function explicitAfterPrefix(text: string, pos: number, end: number): RawDate | null {
  const point = parseJaPoint(text, end, 'year');
  if (point === null || point.parts.y === undefined) return null;
  return jaMention(text, pos, point, {}, false);
}

/** A Japanese relative date at `pos` (同年, 同月11日, 翌日, 昨年, ...), resolved against `ctx`. */
export function parseJaRelativeAt(text: string, pos: number, ctx: DateContext): RawDate | null {
  const m = execAt(RELATIVE_RE, text, pos);
  if (m === null) return null;
  const [whole, prefix = '', unit] = m;
  const end = pos + whole.length;
  if (AMBIGUOUS_PREFIXES.has(prefix) && isHan(charAt(text, pos - 1))) return null;
  if (unit === undefined) return prefix === '翌' ? explicitAfterPrefix(text, pos, end) : null;
  if (execAt(NOT_A_DATE_AFTER_RE, text, end) !== null) return null;
  if (unit === '年' || unit === '年度') {
    const y = yearOf(prefix, ctx);
    return y === null ? null : relativeYear(text, pos, end, y, unit === '年度');
  }
  if (unit === '月') {
    const ym = monthOf(prefix, ctx);
    return ym === null ? null : relativeMonth(text, pos, end, ym);
  }
  const day = dayOf(prefix, ctx);
  return day === null ? null : rawDate(pos, end, day, { relative: true });
}
