const KANJI_DIGITS: Readonly<Record<string, number>> = {
  〇: 0, 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9,
};

function digitOf(ch: string | undefined): number | null {
  return ch === undefined ? null : (KANJI_DIGITS[ch] ?? null);
}

/**
 * Value of a short kanji numeral: positional (`二〇二三` → 2023) or with
 * one 十 (`十二` → 12, `二十三` → 23, `三十` → 30). Null for anything else.
 */
export function parseKanjiNumber(s: string): number | null {
  if (s.length === 0) return null;
  const ten = s.indexOf('十');
  if (ten === -1) {
    let value = 0;
    for (const ch of s) {
      const d = digitOf(ch);
      if (d === null) return null;
      value = value * 10 + d;
    }
    return value;
  }
  if (ten > 1 || s.indexOf('十', ten + 1) !== -1 || s.length - ten > 2) return null;
  const tens = ten === 0 ? 1 : digitOf(s[0]);
  const ones = ten === s.length - 1 ? 0 : digitOf(s[ten + 1]);
  if (tens === null || tens === 0 || ones === null) return null;
  if (ten + 1 < s.length && ones === 0) return null;
  return tens * 10 + ones;
}

/** ASCII digits, full-width digits or a short kanji numeral; null when not a number. */
export function parseNumeral(s: string): number | null {
  if (/^[0-9]+$/.test(s)) return Number(s);
  if (/^[０-９]+$/.test(s)) {
    return Number(s.replace(/[０-９]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0)));
  }
  return parseKanjiNumber(s);
}
