import { describe, expect, it } from 'vitest';
import { eraToWesternYear } from './era.js';
import { parseKanjiNumber, parseNumeral } from './kanji-number.js';

describe('parseKanjiNumber', () => {
  it.each([
    ['五', 5], ['十', 10], ['十二', 12], ['二十', 20], ['二十三', 23], ['三十一', 31], ['二〇二三', 2023],
  ])('%s → %i', (s, n) => expect(parseKanjiNumber(s)).toBe(n));

  it.each(['', '十十', '〇十', '百', '二十三四', 'a'])('rejects %j', (s) => expect(parseKanjiNumber(s)).toBeNull());

  it('reads ASCII and full-width digits too', () => {
    expect(parseNumeral('2023')).toBe(2023);
    expect(parseNumeral('２０２３')).toBe(2023);
  });
});

describe('eraToWesternYear', () => {
  it('converts within each era', () => {
    expect(eraToWesternYear('令和', 1)).toBe(2019);
    expect(eraToWesternYear('令和', 5)).toBe(2023);
    expect(eraToWesternYear('平成', 23)).toBe(2011);
    expect(eraToWesternYear('平成', 31)).toBe(2019);
    expect(eraToWesternYear('昭和', 64)).toBe(1989);
    expect(eraToWesternYear('昭和', 1)).toBe(1926);
  });

  it('rejects years outside the era', () => {
    expect(eraToWesternYear('平成', 32)).toBeNull();
    expect(eraToWesternYear('昭和', 65)).toBeNull();
    expect(eraToWesternYear('令和', 99)).toBeNull();
    expect(eraToWesternYear('令和', 0)).toBeNull();
  });
});
