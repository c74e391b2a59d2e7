import type { DateMention } from '../../core/date-mention.js';

/**
 * Anniversaries as dates. Reports date a delegation or an attendance by the
 * occasion alone (建国75周年の記念行事に代表団を送った) and recall an old act by
 * its anniversary (協定締結75周年に当たる今年). Two readings:
 *
 * - `commemorations`: the Nth anniversary of a day every calendar of the
 *   region marks (national days, the armistice, victory days) falls in the
 *   month of that day, N years on — read by the date finder from
 *   data/anniversaries.json; here only picked out of the sentence's dates.
 * - `originOf`: the act whose Nth anniversary a year marks took place N years
 *   before that year (締結75周年 in 2024 → signed in 1949).
 */

/** A date read from an anniversary (dates/anniversaries.ts, data/anniversaries.json): 休戦70周年, "70th anniversary of". */
export function isAnniversary(d: DateMention): boolean {
  return d.relative && d.precision === 'month' && (d.surface.endsWith('周年') || /anniversary/i.test(d.surface));
}

/**
 * The anniversaries of commemorated days named in the sentence before
 * `before` (document offsets), as the date finder read them: the month of
 * the day, N years on. The calendar itself is data (data/anniversaries.json).
 */
export function commemorations(dates: readonly DateMention[], before: number): DateMention[] {
  return dates.filter((d) => d.start < before && isAnniversary(d));
}

/**
 * 協定締結75周年に当たる今年 (2024): the year of the act whose anniversary the
 * trigger names, counted back from the year the anniversary falls in — the
 * date right after it (…に当たる今年, …を迎えた2024年), else `year`.
 */
export function originOf(trigger: string, after: string, dates: readonly DateMention[], triggerEnd: number, year: string | null): DateMention | null {
  const n = /(\d{1,3})周年$/u.exec(trigger);
  if (!n) return null;
  const falls = /^(?:に当たる|にあたる|を迎える|を迎えた|の)/u.test(after) ? dates.find((d) => d.start >= triggerEnd && d.start - triggerEnd <= 10) : undefined;
  const y = falls?.iso.slice(0, 4) ?? year;
  if (!y) return null;
  const iso = String(Number(y) - Number(n[1]));
  return { start: triggerEnd - n[0].length, end: triggerEnd, surface: n[0], iso, isoEnd: null, precision: 'year', relative: true };
}
