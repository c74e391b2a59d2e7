import { describe, expect, it } from 'vitest';
import { compileAnniversaries, findAnniversaries, loadAnniversaries } from './anniversaries.js';
import { findDates } from './find-dates.js';

const table = compileAnniversaries({
  anniversaries: [
    { id: 'armistice', date: '1953-07-27', ja: ['朝鮮戦争休戦', '休戦協定締結'], en: ['Korean War armistice'] },
    { id: 'dprk', date: '1948-09-09', ja: ['北朝鮮の建国'], en: ['founding of North Korea'] },
  ],
});
const found = (text: string) => findAnniversaries(text, table).map((d) => [d.surface, d.iso, d.precision]);

describe('anniversaries', () => {
  it('reads <name>N周年 and "the Nth anniversary of <name>" as the month N years on', () => {
    expect(found('朝鮮戦争休戦70周年の記念行事と北朝鮮の建国75周年の式典')).toEqual([
      ['朝鮮戦争休戦70周年', '2023-07', 'month'],
      ['北朝鮮の建国75周年', '2023-09', 'month'],
    ]);
    expect(found('for the 70th anniversary of the Korean War armistice and the 75th Anniversary of the founding of North Korea')).toEqual([
      ['70th anniversary of the Korean War armistice', '2023-07', 'month'],
      ['75th Anniversary of the founding of North Korea', '2023-09', 'month'],
    ]);
    expect(found('休戦協定締結から60周年')).toEqual([['休戦協定締結から60周年', '2013-07', 'month']]);
  });

  it('needs a known name right before the number', () => {
    expect(found('建国75周年の式典、創立100周年、休戦は70年前')).toEqual([]);
  });

  it('refuses an entry without a month, naming it', () => {
    expect(() => compileAnniversaries({ anniversaries: [{ id: 'x', date: '1953', ja: ['休戦'] }] })).toThrow(/anniversary x: "date" must be an ISO date with a month/);
  });

  it('the shipped table loads and dates a delegation sent to a commemoration', () => {
    const dates = findDates('中国は朝鮮戦争休戦70周年の記念行事に代表団を送った。', { documentDate: '2023-11-10', language: 'ja', anniversaries: loadAnniversaries() });
    expect(dates.map((d) => [d.surface, d.iso])).toEqual([['朝鮮戦争休戦70周年', '2023-07']]);
    // without the table nothing is read there
    expect(findDates('中国は朝鮮戦争休戦70周年の記念行事に代表団を送った。', { documentDate: '2023-11-10', language: 'ja' })).toEqual([]);
  });
});
