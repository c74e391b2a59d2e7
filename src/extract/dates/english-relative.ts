import { addDays, addMonths, type FullDate, type LooseParts } from './calendar.js';
import { documentMonth, documentYear, type DateContext } from './date-context.js';
import { rawDate, type RawDate } from './raw-date.js';
import { wordBefore } from './text-scan.js';

type Unit = 'day' | 'month' | 'year';

/** Offset in units a phrase points to, relative to the current date; `doc` ones use the document year. */
function phraseShift(phrase: string): { readonly unit: Unit; readonly delta: number; readonly doc: boolean } | null {
  const p = phrase.toLowerCase();
  const unit: Unit | null = p.endsWith('day') || p.includes(' day ') ? 'day' : p.includes('month') ? 'month' : p.includes('year') ? 'year' : null;
  if (unit === null) return null;
  if (p === 'last year') return { unit, delta: -1, doc: true };
  if (p === 'this year') return { unit, delta: 0, doc: true };
  if (p === 'next year') return { unit, delta: 1, doc: true };
  if (/following|next|after/.test(p)) return { unit, delta: 1, doc: false };
  if (/previous|preceding|before|\blast\b/.test(p)) return { unit, delta: -1, doc: false };
  return { unit, delta: 0, doc: false };
}

function shiftedDay(ctx: DateContext, delta: number): FullDate | null {
  if (delta > 0) return ctx.lastDayEnd === null ? null : addDays(ctx.lastDayEnd, delta);
  return ctx.lastDay === null ? null : addDays(ctx.lastDay, delta);
}

function resolvePhrase(phrase: string, ctx: DateContext): LooseParts | null {
  const shift = phraseShift(phrase);
  if (shift === null) return null;
  if (shift.unit === 'day') return shiftedDay(ctx, shift.delta);
  // next month / last month / this month: counted from the document's month, like next year from its year
  if (shift.unit === 'month' && /^(?:next|last|this) month$/i.test(phrase)) return documentMonth(ctx, shift.delta);
  if (shift.unit === 'month') {
    return ctx.year === null || ctx.month === null ? null : addMonths(ctx.year, ctx.month, shift.delta);
  }
  const base = shift.doc ? documentYear(ctx) : ctx.year;
  return base === null ? null : { y: base + shift.delta };
}

const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

/**
 * "on Friday" in a report dated Tuesday 5 November: the last Friday on or before
 * the report's date (news tells the past week by weekday), "next Friday" the first
 * one after it. Counted from the document's date, else the last full date told.
 */
function weekday(phrase: string, ctx: DateContext): FullDate | null {
  const m = /^(on|last|next) (\w+)$/i.exec(phrase);
  const want = m ? WEEKDAYS.indexOf(m[2]!) : -1;
  const from = ctx.docDay ?? ctx.lastDay;
  if (!m || want < 0 || from === null) return null;
  const have = new Date(Date.UTC(from.y, from.m - 1, from.d)).getUTCDay();
  if (m[1]!.toLowerCase() === 'next') return addDays(from, ((want - have + 7) % 7) || 7);
  const back = (have - want + 7) % 7;
  return addDays(from, -(m[1]!.toLowerCase() === 'last' && back === 0 ? 7 : back));
}

/** "last week" in a report of Tuesday 5 November: Monday 28 October to Sunday 3 November. */
function week(phrase: string, ctx: DateContext): { from: FullDate; to: FullDate } | null {
  const from = ctx.docDay ?? ctx.lastDay;
  if (from === null) return null;
  const have = (new Date(Date.UTC(from.y, from.m - 1, from.d)).getUTCDay() + 6) % 7; // Monday 0
  const shift = /^last/i.test(phrase) ? -7 : /^next/i.test(phrase) ? 7 : 0;
  const monday = addDays(from, shift - have);
  return { from: monday, to: addDays(monday, 6) };
}

/** An English relative phrase (`the following day`, `later that year`, `on Friday`) found at `pos`. */
export function parseEnRelativeAt(text: string, pos: number, phrase: string, ctx: DateContext): RawDate | null {
  if (/^(?:last|this|next) week$/i.test(phrase)) {
    const w = week(phrase, ctx);
    return w === null ? null : rawDate(pos, pos + phrase.length, w.from, { to: w.to, relative: true });
  }
  if (/day$/.test(phrase) && /^(?:on|last|next) [A-Z]/i.test(phrase) && !/^(?:on|last|next) (?:the|that)/i.test(phrase) && WEEKDAYS.some((w) => phrase.endsWith(w))) {
    const day = weekday(phrase, ctx);
    const skip = phrase.indexOf(' ') + 1; // the date is the weekday, not its preposition
    return day === null ? null : rawDate(pos + skip, pos + phrase.length, day, { relative: true });
  }
  if (/^(last|this|next) year$/i.test(phrase) && ['the', 'over', 'past', 'for', 'a'].includes(wordBefore(text, pos))) {
    return null;
  }
  const parts = resolvePhrase(phrase, ctx);
  return parts === null ? null : rawDate(pos, pos + phrase.length, parts, { relative: true });
}
