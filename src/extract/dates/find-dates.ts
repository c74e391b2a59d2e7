import type { DateMention } from '../../core/date-mention.js';
import { precisionOfParts, toIso } from './calendar.js';
import { DATELINE } from './dateline.js';
import { advanceContext, createDateContext, type DateContext } from './date-context.js';
import { MONTH_NAME_SRC, EN_RELATIVE_SRC } from './english-patterns.js';
import { parseEnDigitsAt, parseEnMonthAt } from './english-mention.js';
import { parseEnRelativeAt } from './english-relative.js';
import { parseJaAt } from './japanese-mention.js';
import { parseJaRelativeAt } from './japanese-relative.js';
import { findAnniversaries, type AnniversaryTable } from './anniversaries.js';
import { parseNumericAt } from './numeric-date.js';
import type { RawDate } from './raw-date.js';
import { resolveRawDate, type ResolvedDate } from './resolve-date.js';
import { charAt } from './text-scan.js';

export interface FindDatesOptions {
  /** ISO partial date of the document (`2023-11-13`), for 今年 / 昨年 / this year; null when unknown. */
  readonly documentDate: string | null;
  /**
   * Language hint. Absolute dates of both languages are always found; with `ja`
   * English relative phrases are skipped, with `en` Japanese relative words and
   * kanji numerals are.
   */
  readonly language?: 'ja' | 'en';
  /** Commemorated events that dates are counted from (朝鮮戦争休戦70周年); none when absent. */
  readonly anniversaries?: AnniversaryTable;
}

/**
 * Where a date may start. Groups: 1 digit run, 2 era name, 3 Japanese relative
 * prefix, 4 kanji numeral before 年月日, 5 English month name, 6 English relative phrase.
 */
const TRIGGER_RE = new RegExp(
  [
    '(\\d+)',
    '(令和|平成|昭和|大正)',
    '([同翌前昨去今本来]|先(?=月))(?= ?[年月日\\d])',
    '([〇一二三四五六七八九十]{1,4})(?= ?[年月日])',
    `\\b(${MONTH_NAME_SRC})`,
    `\\b(${EN_RELATIVE_SRC})`,
  ].join('|'),
  'g',
);

/** An era date as written, valid or not: 令和99年5月1日. */
const ERA_DATE_RE = /^(?:令和|平成|昭和|大正) ?(?:\d+|元|[〇一二三四五六七八九十]+) ?年(?: ?\d+ ?月(?: ?\d+ ?日)?)?/u;

/** Full-width characters that NFKC would have folded, mapped one to one so offsets stay put. */
const FULL_WIDTH_RE = /[０-９／（）－．，\u3000]/g;

function foldFullWidth(text: string): string {
  FULL_WIDTH_RE.lastIndex = 0;
  if (!FULL_WIDTH_RE.test(text)) return text;
  return text.replace(FULL_WIDTH_RE, (c) => (c === '\u3000' ? ' ' : String.fromCharCode(c.charCodeAt(0) - 0xfee0)));
}

function parseAt(text: string, m: RegExpExecArray, ctx: DateContext, language: 'ja' | 'en' | undefined): RawDate | null {
  const pos = m.index;
  const [, digits, era, jaRelative, kanji, month, enRelative] = m;
  if (digits !== undefined) {
    if (/[A-Za-z]/.test(charAt(text, pos - 1))) return null;
    return (
      (digits.length === 4 ? parseNumericAt(text, pos) : null) ??
      parseJaAt(text, pos, 'digits') ??
      parseEnDigitsAt(text, pos, digits.length)
    );
  }
  if (era !== undefined) return parseJaAt(text, pos, 'era');
  if (month !== undefined) return parseEnMonthAt(text, pos);
  if (enRelative !== undefined) return language === 'ja' ? null : parseEnRelativeAt(text, pos, enRelative, ctx);
  // Japanese relative and kanji dates only in Japanese text (or without a hint)
  if (language === 'en') return null;
  if (jaRelative !== undefined) return parseJaRelativeAt(text, pos, ctx);
  if (kanji !== undefined) return parseJaAt(text, pos, 'kanji');
  return null;
}

function toMention(text: string, r: ResolvedDate): DateMention {
  return {
    start: r.start,
    end: r.end,
    surface: text.slice(r.start, r.end),
    iso: toIso(r.from),
    isoEnd: r.to === null ? null : toIso(r.to),
    precision: precisionOfParts(r.from),
    relative: r.relative,
  };
}

/**
 * 2019年以来 / 2019年ぶり / 2010年以前: a bare year used as a reference point
 * in a sentence about something later. It is a date mention, but it must not
 * become the running year, or the next bare 9月13日 would land in 2019.
 */
/** How far (in characters) an explicitly stated year keeps framing later bare dates such as 9月13日. */
const YEAR_CONTEXT_CHARS = 600;

const BACKGROUND_TAIL = /^(?:以来|以降|ぶり|以前|前後|頃|当時|来|の水準)/u;

/** "75 years since ties were established on 6 October 1949", "the 70th anniversary of …": a date recalled, not narrated. */
const BACKGROUND_LEAD = /(?:\bsince\b|\banniversary of\b|\byears (?:after|ago)\b|\bestablished (?:on|in)\b|\bfounded (?:on|in)\b)[^.;]{0,70}$/u;

function isBackgroundYear(text: string, r: ResolvedDate, documentYear: number | null): boolean {
  // "since Kim Jong Il met Dmitry Medvedev near Ulan-Ude in August 2011": the clause after "since" may name its actors first
  if (BACKGROUND_LEAD.test(text.slice(Math.max(0, r.start - 100), r.start))) return true;
  // 1949年の協定締結75周年 (1949 + 75 is about now): the date an anniversary is counted from,
  // unlike 2023年7月の休戦70周年 (the date the anniversary was marked)
  const anniversary = /^[^、。]{0,25}?(\d{1,3})周年/u.exec(text.slice(r.end, r.end + 30));
  if (anniversary && r.to === null && documentYear !== null && r.from.y + Number(anniversary[1]) <= documentYear + 1) return true;
  const tail = text.slice(r.end, r.end + 4);
  // 2022年3~4月以降 / 9月以来: any date used as a starting point of something later
  if (/^(?:の[^、。]{0,15}?)?(?:以降|以来)/u.test(text.slice(r.end, r.end + 20))) return true; // 2019年4月のウラジオストク以来
  return r.from.m === undefined && r.to === null && BACKGROUND_TAIL.test(tail);
}

/**
 * A bare date (9月13日, 10月16~17日) in a new paragraph, while the running
 * year was set in an earlier paragraph and lies before the document's year:
 * papers return to their own year at paragraph breaks more often than they
 * continue a flashback, so the document's year is tried first (and kept only
 * if the date it gives is not after the document's date).
 */
function preferDocumentYear(
  scan: string, r: ResolvedDate, ctx: DateContext, fresh: DateContext, yearSetAt: number, documentDate: string | null,
): boolean {
  if (documentDate === null || fresh.year === null || ctx.year === null || ctx.year >= fresh.year) return false;
  if (!r.relative || /\d{4}|令和|平成|昭和|大正|同|翌|前|昨|去|本|今/u.test(scan.slice(r.start, r.end))) return false;
  return scan.lastIndexOf('\n', r.start) > yearSetAt;
}

/** Days between two full dates (absolute). */
function daysApart(a: { y: number; m: number; d: number }, b: { y: number; m: number; d: number }): number {
  return Math.abs(Date.UTC(a.y, a.m - 1, a.d) - Date.UTC(b.y, b.m - 1, b.d)) / 86_400_000;
}

/** How close (in days) a bare date must fall to the last full date to return to that date's year. */
const MAIN_LINE_DAYS = 31;

/**
 * A bare day (5月10日) after a passing mention of another year (大統領が2015年8月
 * に訪問先を変えたことへの不満…) returns to the main line of the narrative: when
 * the running year puts the date far from the running month, but the year of
 * the last full date (2016年5月2日, 翌日の5月3日) puts it within a month of that
 * date, the latter is meant. The passing mention named only a month, so the
 * last full date still belongs to the main line.
 */
function backToMainLine(raw: RawDate, r: ResolvedDate, ctx: DateContext): ResolvedDate | null {
  const last = ctx.lastDay;
  if (raw.relative || raw.from.y !== undefined || raw.from.m === undefined || raw.from.d === undefined) return null;
  if (last === null || ctx.year === null || last.y === ctx.year || r.from.m === undefined || r.from.d === undefined) return null;
  const runningMonth = { y: ctx.year, m: ctx.month ?? r.from.m, d: 15 };
  if (daysApart({ y: r.from.y, m: r.from.m, d: r.from.d }, runningMonth) <= MAIN_LINE_DAYS + 15) return null;
  const again = resolveRawDate(raw, { ...ctx, year: last.y, month: null });
  if (again === null || again.from.m === undefined || again.from.d === undefined) return null;
  return daysApart({ y: again.from.y, m: again.from.m, d: again.from.d }, last) <= MAIN_LINE_DAYS ? again : null;
}

/**
 * All date expressions in `text`, left to right, each resolved to an ISO
 * partial date. A running year, month and last full date carry context
 * from one mention to the next (9月 → current year, 同月11日, 翌日).
 */
export function findDates(text: string, opts: FindDatesOptions): DateMention[] {
  const scan = foldFullWidth(text);
  const fresh = createDateContext(opts.documentDate);
  let ctx = fresh;
  let yearSetAt = 0;
  const mentions: DateMention[] = [];
  const trigger = TRIGGER_RE;
  trigger.lastIndex = 0;
  for (let m = trigger.exec(scan); m !== null; m = trigger.exec(scan)) {
    const after = trigger.lastIndex;
    // A year stated long ago no longer frames bare dates: fall back to the document's year.
    // The last full date is kept: it marks the main line a bare day may return to (backToMainLine).
    if (fresh.year !== null && ctx.year !== fresh.year && m.index - yearSetAt > YEAR_CONTEXT_CHARS) ctx = { ...fresh, lastDay: ctx.lastDay, lastDayEnd: ctx.lastDayEnd };
    const raw = parseAt(scan, m, ctx, opts.language);
    let resolved = raw === null ? null : resolveRawDate(raw, ctx);
    if (resolved !== null && raw !== null && preferDocumentYear(scan, resolved, ctx, fresh, yearSetAt, opts.documentDate)) {
      const again = resolveRawDate(raw, fresh);
      if (again !== null && opts.documentDate !== null && toIso(again.from) <= opts.documentDate) {
        resolved = again;
        ctx = fresh;
      }
    }
    const mainLine = resolved !== null && raw !== null ? backToMainLine(raw, resolved, ctx) : null;
    if (mainLine !== null) resolved = mainLine;
    if (resolved !== null) {
      mentions.push(toMention(text, resolved));
      if (!resolved.decade && !isBackgroundYear(scan, resolved, fresh.year)) {
        const advanced = advanceContext(ctx, resolved.from, resolved.to);
        // 2023年10月20日付『労働新聞』: a publication's date sets the year and month (同月15日 after it),
        // but 同日 / 翌日 after it still count from the day narrated before
        ctx = DATELINE.test(scan.slice(resolved.end, resolved.end + 16)) ? { ...advanced, lastDay: ctx.lastDay, lastDayEnd: ctx.lastDayEnd } : advanced;
        if (!resolved.relative || /\d{4}|令和|平成|昭和|同年|翌年|前年/u.test(scan.slice(resolved.start, resolved.end))) yearSetAt = resolved.end;
      }
    }
    // 令和99年5月1日: an impossible era year is no date, and its month and day must not be read on their own
    const skip = raw === null && m[2] !== undefined ? ERA_DATE_RE.exec(scan.slice(m.index, m.index + 24))?.[0].length ?? 0 : 0;
    trigger.lastIndex = Math.max(after, resolved?.end ?? raw?.end ?? after, m.index + skip);
  }
  if (!opts.anniversaries) return mentions;
  // anniversaries date what they name but move no running date (added after the scan)
  const counted = findAnniversaries(scan, opts.anniversaries).filter((a) => !mentions.some((d) => d.start < a.end && a.start < d.end));
  return counted.length === 0 ? mentions : [...mentions, ...counted.map((a) => ({ ...a, surface: text.slice(a.start, a.end) }))].sort((a, b) => a.start - b.start);
}
