/**
 * Character classes the normaliser needs, by code point. Written as range
 * checks rather than regexes because they run once per character of
 * megabyte-sized documents.
 */

/** Han, kana, CJK punctuation and full/half-width forms: scripts written without spaces. */
export function isCjk(cp: number): boolean {
  return (
    (cp >= 0x3000 && cp <= 0x303f) || // CJK symbols and punctuation
    (cp >= 0x3040 && cp <= 0x30ff) || // hiragana, katakana
    (cp >= 0x31f0 && cp <= 0x31ff) || // katakana phonetic extensions
    (cp >= 0x3400 && cp <= 0x4dbf) || // Han extension A
    (cp >= 0x4e00 && cp <= 0x9fff) || // Han
    (cp >= 0xf900 && cp <= 0xfaff) || // compatibility ideographs
    (cp >= 0xfe30 && cp <= 0xfe4f) || // CJK compatibility forms
    (cp >= 0xff00 && cp <= 0xffef) || // full/half-width forms
    (cp >= 0x20000 && cp <= 0x3ffff) // Han extensions B.. (𠮷)
  );
}

/** Kana or Han only (used for language detection). */
export function isKanaOrHan(cp: number): boolean {
  return (
    (cp >= 0x3040 && cp <= 0x30ff) ||
    (cp >= 0x3400 && cp <= 0x4dbf) ||
    (cp >= 0x4e00 && cp <= 0x9fff) ||
    (cp >= 0xf900 && cp <= 0xfaff) ||
    (cp >= 0xff66 && cp <= 0xff9f) ||
    (cp >= 0x20000 && cp <= 0x3ffff)
  );
}

/** Horizontal whitespace: space, tab, NBSP, ideographic space and other Zs. */
export function isSpace(cp: number): boolean {
  return (
    cp === 0x20 ||
    cp === 0x09 ||
    cp === 0xa0 ||
    cp === 0x3000 ||
    cp === 0x1680 ||
    (cp >= 0x2000 && cp <= 0x200a) ||
    cp === 0x202f ||
    cp === 0x205f
  );
}

/**
 * Invisible characters PDF extraction leaves behind (soft hyphen, zero-width
 * space, BOM, stray C0 controls). They carry no meaning, so they are dropped.
 */
export function isInvisible(cp: number): boolean {
  return (
    (cp < 0x20 && cp !== 0x09) ||
    cp === 0x7f ||
    cp === 0xad ||
    cp === 0x200b ||
    cp === 0x2060 ||
    cp === 0xfeff
  );
}

/**
 * Marks that belong to the preceding base character: combining marks
 * (including the kana voicing marks U+3099/U+309A), the spacing voicing
 * marks U+309B/U+309C, half-width voicing marks U+FF9E/U+FF9F, variation
 * selectors and the zero-width joiner.
 */
export function isClusterExtender(cp: number): boolean {
  if (cp < 0x300) return false;
  return (
    (cp >= 0x300 && cp <= 0x36f) ||
    (cp >= 0x3099 && cp <= 0x309c) ||
    cp === 0xff9e ||
    cp === 0xff9f ||
    (cp >= 0xfe00 && cp <= 0xfe0f) ||
    cp === 0x200d ||
    (cp >= 0xe0100 && cp <= 0xe01ef) ||
    (cp >= 0x1f3fb && cp <= 0x1f3ff) || // emoji skin tones
    (cp >= 0x20d0 && cp <= 0x20ff) ||
    (cp >= 0x1ab0 && cp <= 0x1aff) ||
    (cp >= 0x1dc0 && cp <= 0x1dff) ||
    (cp >= 0xfe20 && cp <= 0xfe2f) ||
    isOtherMark(cp)
  );
}

const MARK = /^\p{M}$/u;
function isOtherMark(cp: number): boolean {
  return cp >= 0x900 && cp < 0x3000 && MARK.test(String.fromCodePoint(cp));
}

/** True when NFKC leaves this single code point unchanged (fast path). */
export function isNfkcStable(cp: number): boolean {
  return (
    (cp >= 0x21 && cp <= 0x7e) ||
    (cp >= 0x3041 && cp <= 0x3096) ||
    (cp >= 0x30a1 && cp <= 0x30fa) ||
    cp === 0x30fc ||
    (cp >= 0x4e00 && cp <= 0x9fff) ||
    (cp >= 0x3001 && cp <= 0x3002) ||
    (cp >= 0x300c && cp <= 0x300f)
  );
}

/** Sentence-final or closing punctuation after which a page break ends a paragraph. */
export function endsSentence(ch: string): boolean {
  return '。．.!?！？」』)）>〉］]'.includes(ch);
}

export function isLatinLetter(ch: string): boolean {
  return /^[A-Za-z\u00c0-\u024f]$/.test(ch);
}
