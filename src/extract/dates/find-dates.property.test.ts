import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { precisionOf } from '../../core/partial-date.js';
import { daysInMonth, parseIsoParts, toIso } from './calendar.js';
import { findDates } from './find-dates.js';

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const ABBREVIATIONS = ['Jan.', 'Feb.', 'Mar.', 'Apr.', 'May', 'Jun.', 'Jul.', 'Aug.', 'Sept.', 'Oct.', 'Nov.', 'Dec.'];
const KANJI = ['〇', '一', '二', '三', '四', '五', '六', '七', '八', '九'];

function kanji(n: number): string {
  if (n < 10) return KANJI[n] ?? '';
  const tens = Math.floor(n / 10);
  return `${tens === 1 ? '' : KANJI[tens]}十${n % 10 === 0 ? '' : KANJI[n % 10]}`;
}

const fullWidth = (n: number): string => String(n).replace(/\d/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0));

function era(y: number): string | null {
  const [name, first] = y >= 2019 && y <= 2038 ? ['令和', 2019] : y >= 1989 && y < 2019 ? ['平成', 1989] : y >= 1926 && y < 1989 ? ['昭和', 1926] : [null, 0];
  if (name === null) return null;
  const n = y - first + 1;
  return `${name}${n === 1 ? '元' : n}年`;
}

const ymd = fc
  .record({ y: fc.integer({ min: 1900, max: 2100 }), m: fc.integer({ min: 1, max: 12 }), d: fc.integer({ min: 1, max: 31 }) })
  .map(({ y, m, d }) => ({ y, m, d: Math.min(d, daysInMonth(y, m)) }));

type Ymd = { y: number; m: number; d: number };

/** Every way of writing a full date, each wrapped in a sentence of its language. */
function dayForms({ y, m, d }: Ymd): string[] {
  const mm = String(m).padStart(2, '0');
  const dd = String(d).padStart(2, '0');
  const month = MONTHS[m - 1] ?? '';
  const forms = [
    `会談は${y}年${m}月${d}日に行われた。`,
    `会談は ${y} 年 ${m} 月 ${d} 日 に行われた。`,
    `会談は${y}年${kanji(m)}月${kanji(d)}日に行われた。`,
    `会談は${fullWidth(y)}年${fullWidth(m)}月${fullWidth(d)}日に行われた。`,
    `公表 ${y}/${m}/${d} 付`,
    `公表 ${y}.${m}.${d} 付`,
    `公表 ${y}-${mm}-${dd} 付`,
    `They met on ${d} ${month} ${y} in Seoul.`,
    `They met on ${month} ${d}, ${y} in Seoul.`,
    `They met on ${ABBREVIATIONS[m - 1]} ${d}, ${y}.`,
  ];
  const e = era(y);
  if (e !== null) forms.push(`会談は${e}${m}月${d}日に行われた。`);
  return forms;
}

function monthForms({ y, m }: Ymd): string[] {
  return [`会談は${y}年${m}月に行われた。`, `会談は${y}年${kanji(m)}月上旬に行われた。`, `They met in ${MONTHS[m - 1]} ${y}.`];
}

function yearForms({ y }: Ymd): string[] {
  const forms = [`協定は${y}年に結ばれた。`, `協定は${y}年度に結ばれた。`, `The treaty was signed in ${y}.`];
  const e = era(y);
  if (e !== null) forms.push(`協定は${e}に結ばれた。`);
  return forms;
}

function onlyIso(text: string): string[] {
  return findDates(text, { documentDate: null }).map((m) => m.iso);
}

describe('findDates properties', () => {
  it('parses every supported written form of a valid date back to the same ISO', () => {
    fc.assert(
      fc.property(ymd, (date) => {
        const iso = toIso(date);
        for (const form of dayForms(date)) expect([form, onlyIso(form)]).toEqual([form, [iso]]);
        for (const form of monthForms(date)) expect([form, onlyIso(form)]).toEqual([form, [iso.slice(0, 7)]]);
        for (const form of yearForms(date)) expect([form, onlyIso(form)]).toEqual([form, [iso.slice(0, 4)]]);
      }),
      { numRuns: 300 },
    );
  });

  it('parses written ranges back to their ends', () => {
    fc.assert(
      fc.property(ymd, fc.integer({ min: 1, max: 27 }), ({ y, m }, a) => {
        const b = Math.min(a + 3, daysInMonth(y, m));
        const iso = (d: number) => toIso({ y, m, d });
        for (const form of [`${y}年${m}月${a}日～${b}日`, `${y}年${m}月${a}日から${b}日まで`, `${y}年${m}月${a}～${b}日`, `${a}–${b} ${MONTHS[m - 1]} ${y}`]) {
          const found = findDates(form, { documentDate: null });
          expect([form, found.map((x) => [x.iso, x.isoEnd])]).toEqual([form, [[iso(a), iso(b)]]]);
        }
      }),
      { numRuns: 200 },
    );
  });

  const pieces = [
    '0', '1', '2', '3', '9', '12', '19', '20', '2023', '1999', '31', '年', '月', '日', '~', '〜', '～', '-', '–', '/', '.', ' ',
    '(', ')', '令和', '平成', '昭和', '元', '一', '二', '三', '九', '十', '〇', '同', '翌', '前', '昨', '今', '本', '年度', '代', '末',
    '上旬', 'から', 'まで', 'の', 'は', '、', 'in ', 'September', 'Sept.', 'May', ' to ', 'the following day', 'that year', ',', 'a',
  ];
  const noisyText = fc.array(fc.constantFrom(...pieces), { maxLength: 60 }).map((parts) => parts.join(''));
  const documentDate = fc.option(ymd.map((d) => toIso(d)), { nil: null });

  it('never throws and returns well-formed, sorted, non-overlapping mentions', () => {
    fc.assert(
      fc.property(noisyText, documentDate, fc.constantFrom(undefined, 'ja' as const, 'en' as const), (text, doc, language) => {
        const found = findDates(text, { documentDate: doc, ...(language ? { language } : {}) });
        let previousEnd = 0;
        for (const m of found) {
          expect(m.start).toBeGreaterThanOrEqual(previousEnd);
          expect(m.end).toBeGreaterThan(m.start);
          expect(m.end).toBeLessThanOrEqual(text.length);
          expect(m.surface).toBe(text.slice(m.start, m.end));
          expect(parseIsoParts(m.iso)).not.toBeNull();
          expect(precisionOf(m.iso)).toBe(m.precision);
          if (m.isoEnd !== null) {
            expect(parseIsoParts(m.isoEnd)).not.toBeNull();
            const common = Math.min(m.iso.length, m.isoEnd.length);
            expect(m.isoEnd.slice(0, common) >= m.iso.slice(0, common)).toBe(true);
          }
          previousEnd = m.end;
        }
      }),
      { numRuns: 2000 },
    );
  });

  it('keeps surface equal to the text span on arbitrary unicode', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 80 }), (text) => {
        for (const m of findDates(text, { documentDate: '2020-01-01' })) expect(m.surface).toBe(text.slice(m.start, m.end));
      }),
      { numRuns: 500 },
    );
  });
});
