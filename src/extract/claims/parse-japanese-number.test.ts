import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseJapaneseNumber } from './parse-japanese-number.js';

describe('parseJapaneseNumber', () => {
  it.each([
    ['1,000', 1000, 1000],
    ['1000', 1000, 1000],
    ['1.20', 1.2, 1.2],
    ['1万', 10000, 10000],
    ['1万6,000', 16000, 16000],
    ['2,449億', 244_900_000_000, 244_900_000_000],
    ['110億', 11_000_000_000, 11_000_000_000],
    ['3兆', 3e12, 3e12],
    ['1兆2,000億', 1.2e12, 1.2e12],
    ['1.5万', 15000, 15000],
    ['3千', 3000, 3000],
    ['420～580万', 4_200_000, 5_800_000],
    ['3~4割', 30, 40],
    ['9割', 90, 90],
    ['三', 3, 3],
    ['十二', 12, 12],
    ['二千', 2000, 2000],
    ['三千五百万', 35_000_000, 35_000_000],
    ['百', 100, 100],
    ['9999兆', 9.999e15, 9.999e15],
    ['マイナス1.2', -1.2, -1.2],
  ])('%s → %d..%d', (surface, low, high) => {
    expect(parseJapaneseNumber(surface)).toMatchObject({ low, high });
  });

  it('reads qualifiers', () => {
    expect(parseJapaneseNumber('約6700')).toEqual({ low: 6700, high: 6700, approx: true, bound: 'exact' });
    expect(parseJapaneseNumber('およそ30')?.approx).toBe(true);
    expect(parseJapaneseNumber('1万以上')).toEqual({ low: 10000, high: null, approx: false, bound: 'min' });
    expect(parseJapaneseNumber('500超')).toMatchObject({ low: 500, high: null, bound: 'min' });
    expect(parseJapaneseNumber('20年余り'.replace('年', ''))).toMatchObject({ low: 20, high: null });
    expect(parseJapaneseNumber('100未満')).toMatchObject({ low: 100, high: 100, bound: 'max' });
    expect(parseJapaneseNumber('30程度')).toMatchObject({ low: 30, approx: true });
  });

  it('tolerates stray spaces', () => {
    expect(parseJapaneseNumber(' 1 万 6,000 ')?.low).toBe(16000);
  });

  it.each(['', '数百', '十数', '1e309', 'abc', '1,00', '万', '1万2億', '一二', '9'.repeat(400), 'Infinity', 'NaN'])('rejects %j', (s) => {
    expect(parseJapaneseNumber(s)).toBeNull();
  });

  it('round-trips integers written with commas', () => {
    fc.assert(
      fc.property(fc.nat({ max: Number.MAX_SAFE_INTEGER }), (n) => {
        expect(parseJapaneseNumber(n.toLocaleString('en-US'))?.low).toBe(n);
      }),
    );
  });

  it('round-trips integers written with 兆/億/万 and optional commas', () => {
    fc.assert(
      fc.property(fc.bigInt({ min: 0n, max: 10n ** 16n - 1n }), fc.boolean(), (big, commas) => {
        expect(parseJapaneseNumber(toJapanese(big, commas))?.low).toBe(Number(big));
      }),
    );
  });

  it('never throws and never returns a non-finite number', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 40 }), (s) => {
        const r = parseJapaneseNumber(s);
        if (r) expect(Number.isFinite(r.low) && (r.high === null || Number.isFinite(r.high))).toBe(true);
      }),
    );
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...'0123456789,.万億兆千百十一二三約以上~～割 -'.split('')), { maxLength: 30 }), (cs) => {
        const r = parseJapaneseNumber(cs.join(''));
        if (r) expect(Number.isFinite(r.low)).toBe(true);
      }),
    );
  });
});

/** 123456789 → `1億2345万6789` (sections of four digits, optionally with commas). */
function toJapanese(n: bigint, commas: boolean): string {
  if (n === 0n) return '0';
  const units = ['', '万', '億', '兆'];
  let out = '';
  let rest = n;
  for (let i = 0; rest > 0n; i++) {
    const section = Number(rest % 10000n);
    rest /= 10000n;
    if (section > 0) out = `${commas ? section.toLocaleString('en-US') : section}${units[i]}${out}`;
  }
  return out;
}
