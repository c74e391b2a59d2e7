import type { DateMention } from '../../core/date-mention.js';

/**
 * Anniversaries as dates. Reports date a delegation or an attendance by the
 * occasion alone (建国75周年の記念行事に代表団を送った) and recall an old act by
 * its anniversary (協定締結75周年に当たる今年). Two readings:
 *
 * - `commemorations`: the Nth anniversary of a day every calendar of the
 *   region marks (national days, the armistice, victory days) falls in the
 *   month of that day, N years on. Public facts, not events of any document.
 * - `originOf`: the act whose Nth anniversary a year marks took place N years
 *   before that year (締結75周年 in 2024 → signed in 1949).
 */

/** Commemorated days: a pattern for the occasion just before N周年, and its first day (ISO). */
const COMMEMORATIONS: readonly { readonly pattern: RegExp; readonly day: string }[] = [
  { pattern: /(?:朝鮮戦争|韓国戦争)(?:の)?(?:休戦|停戦)(?:協定)?(?:締結)?$/u, day: '1953-07-27' },
  { pattern: /(?:朝鮮戦争|韓国戦争)(?:の)?(?:開戦|勃発)$/u, day: '1950-06-25' },
  { pattern: /(?:北朝鮮|朝鮮民主主義人民共和国|共和国)(?:の)?(?:建国|創建)$/u, day: '1948-09-09' },
  { pattern: /(?:中華人民共和国|新中国|中国)(?:の)?(?:建国|成立)$/u, day: '1949-10-01' },
  { pattern: /(?:大韓民国|韓国)(?:の)?(?:建国|政府樹立)$/u, day: '1948-08-15' },
  { pattern: /(?:朝鮮)?労働党(?:の)?創建$/u, day: '1945-10-10' },
  { pattern: /(?:中国)?共産党(?:の)?(?:創建|創立|結党)$/u, day: '1921-07-01' },
  { pattern: /(?:人民解放軍|解放軍)(?:の)?(?:建軍|創建)$/u, day: '1927-08-01' },
  { pattern: /(?:対独|大祖国戦争)(?:の)?戦勝$/u, day: '1945-05-09' },
  { pattern: /(?:抗日戦争|反ファシズム戦争)(?:の)?(?:勝利)?$/u, day: '1945-09-03' },
  { pattern: /金日成(?:主席)?(?:の)?生誕$/u, day: '1912-04-15' },
  { pattern: /金正日(?:総書記)?(?:の)?生誕$/u, day: '1942-02-16' },
  { pattern: /(?:朝中|中朝)友好協力相互援助条約(?:の)?(?:締結|調印)$/u, day: '1961-07-11' },
  { pattern: /(?:日韓|韓日)国交正常化$/u, day: '1965-06-22' },
  { pattern: /(?:日中|中日)国交正常化$/u, day: '1972-09-29' },
];

const NTH = /(\d{1,3})周年/gu;

/**
 * The anniversaries of commemorated days named in a sentence before `before`
 * (document offsets), each as a month date N years after the day. Only those
 * in the clause of the trigger: none past a full stop.
 */
export function commemorations(text: string, base: number, before: number): DateMention[] {
  const out: DateMention[] = [];
  NTH.lastIndex = 0;
  for (let m = NTH.exec(text); m && base + m.index < before; m = NTH.exec(text)) {
    const head = text.slice(Math.max(0, m.index - 24), m.index);
    const c = COMMEMORATIONS.find((x) => x.pattern.test(head));
    if (!c) continue;
    const year = Number(c.day.slice(0, 4)) + Number(m[1]);
    const start = base + m.index;
    out.push({ start, end: start + m[0].length, surface: m[0], iso: `${year}${c.day.slice(4, 7)}`, isoEnd: null, precision: 'month', relative: true });
  }
  return out;
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
