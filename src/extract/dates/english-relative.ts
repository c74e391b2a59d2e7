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

/** An English relative phrase (`the following day`, `later that year`) found at `pos`. */
export function parseEnRelativeAt(text: string, pos: number, phrase: string, ctx: DateContext): RawDate | null {
  if (/^(last|this|next) year$/i.test(phrase) && ['the', 'over', 'past', 'for', 'a'].includes(wordBefore(text, pos))) {
    return null;
  }
  const parts = resolvePhrase(phrase, ctx);
  return parts === null ? null : rawDate(pos, pos + phrase.length, parts, { relative: true });
}
