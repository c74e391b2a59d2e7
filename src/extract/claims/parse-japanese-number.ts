/**
 * Parses the number part of a Japanese (or plain Arabic) quantity expression:
 * `1,000`, `1.20`, `1万6,000`, `2,449億`, `二千`, `420～580万`, `約1万`,
 * `1000以上`, `9割`. Qualifiers around the number set `approx` and `bound`;
 * vague forms (`数百`, `十数`) and anything that does not parse to a finite
 * number give null. Never throws.
 */
export type NumberBound = 'exact' | 'min' | 'max';

export interface ParsedNumber {
  readonly low: number;
  /** Equal to `low` for a point value; null for "more than low". */
  readonly high: number | null;
  readonly approx: boolean;
  /** `min` for 以上/超/余り, `max` for 以下/未満. */
  readonly bound: NumberBound;
}

const KANJI_DIGIT: Readonly<Record<string, number>> = {
  〇: 0, 零: 0, 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9, 壱: 1, 弐: 2, 参: 3,
};
const SMALL_UNIT: Readonly<Record<string, number>> = { 十: 10, 百: 100, 千: 1000 };
const BIG_UNIT: Readonly<Record<string, number>> = { 万: 1e4, 億: 1e8, 兆: 1e12 };

const PREFIX_RE = /^(?:約|およそ|凡そ|おおよそ|ほぼ|概ね|おおむね|推定|最大|最多|最低|少なくとも|わずか|僅か|計|合計|総計|延べ|実に)+/;
const APPROX_PREFIX_RE = /約|およそ|凡そ|おおよそ|ほぼ|概ね|おおむね|推定/;
const SIGN_RE = /^(?:マイナス|▲|△|-|−|–)/;
const MIN_SUFFIX_RE = /(?:以上|超え|超|余り|あまり|余|強)$/;
const MAX_SUFFIX_RE = /(?:以下|未満|弱|足らず|足らず)$/;
const APPROX_SUFFIX_RE = /(?:程度|前後|ほど|近く|ばかり)$/;
const RANGE_RE = /^(.+?)(?:~|～|〜|-|–|—|から)(.+)$/;
const BIG_SUFFIX_RE = /[万億兆]+$/;
const PLAIN_RE = /^\d+(?:,\d{3})*(?:\.\d+)?$|^\d+(?:\.\d+)?$/;
const TOKEN_RE = /\d+(?:,\d{3})*(?:\.\d+)?|[〇零一二三四五六七八九壱弐参]|[十百千]|[万億兆]|./gy;

export function parseJapaneseNumber(surface: string): ParsedNumber | null {
  let s = surface.normalize('NFKC').replace(/\s+/g, '');
  let approx = false;
  let bound: NumberBound = 'exact';
  let sign = 1;
  const pre = PREFIX_RE.exec(s);
  if (pre) {
    approx = APPROX_PREFIX_RE.test(pre[0]);
    s = s.slice(pre[0].length);
  }
  const neg = SIGN_RE.exec(s);
  if (neg) {
    sign = -1;
    s = s.slice(neg[0].length);
  }
  let changed = true;
  while (changed) {
    changed = false;
    for (const [re, apply] of SUFFIXES) {
      const m = re.exec(s);
      if (m && m.index > 0) {
        s = s.slice(0, m.index);
        ({ approx, bound } = apply(approx, bound));
        changed = true;
      }
    }
  }
  let scale = 1;
  if (s.endsWith('割')) {
    scale = 10;
    s = s.slice(0, -1);
  }
  const range = parseRange(s);
  if (!range) return null;
  const low = sign * range[0] * scale;
  const high = range[1] === null ? null : sign * range[1] * scale;
  if (!Number.isFinite(low) || (high !== null && !Number.isFinite(high))) return null;
  if (bound === 'min') return { low, high: high === low ? null : high, approx, bound };
  return { low, high: high ?? low, approx, bound };
}

type SuffixApply = (approx: boolean, bound: NumberBound) => { approx: boolean; bound: NumberBound };
const SUFFIXES: ReadonlyArray<readonly [RegExp, SuffixApply]> = [
  [MIN_SUFFIX_RE, (approx) => ({ approx, bound: 'min' })],
  [MAX_SUFFIX_RE, (approx) => ({ approx, bound: 'max' })],
  [APPROX_SUFFIX_RE, (_approx, bound) => ({ approx: true, bound })],
];

/** `[low, high]`; a range shares a trailing 万/億 multiplier (`420～580万`). */
function parseRange(s: string): [number, number | null] | null {
  const single = parseSingle(s);
  if (single !== null) return [single, single];
  const m = RANGE_RE.exec(s);
  if (!m) return null;
  let left = m[1]!;
  const right = m[2]!;
  const big = BIG_SUFFIX_RE.exec(right);
  if (big && PLAIN_RE.test(left)) left += big[0];
  const a = parseSingle(left);
  const b = parseSingle(right);
  if (a === null || b === null) return null;
  return a <= b ? [a, b] : [b, a];
}

/** One number: Arabic, kanji, or mixed (`1万6,000`, `二千`, `3千`). */
export function parseSingle(s: string): number | null {
  if (s.length === 0 || s.length > 60) return null;
  if (PLAIN_RE.test(s)) return finite(Number(s.replace(/,/g, '')));
  let total = 0;
  let section = 0;
  let current: number | null = null;
  let lastBig = Infinity;
  let lastSmall = Infinity;
  let seen = false;
  TOKEN_RE.lastIndex = 0;
  for (let m = TOKEN_RE.exec(s); m; m = TOKEN_RE.exec(s)) {
    const t = m[0];
    if (/^\d/.test(t) || KANJI_DIGIT[t] !== undefined) {
      if (current !== null) return null; // two digits in a row (一二) or 1二
      current = /^\d/.test(t) ? Number(t.replace(/,/g, '')) : KANJI_DIGIT[t]!;
      seen = true;
    } else if (SMALL_UNIT[t] !== undefined) {
      const u = SMALL_UNIT[t]!;
      if (u >= lastSmall) return null;
      lastSmall = u;
      section += (current ?? 1) * u;
      current = null;
      seen = true;
    } else if (BIG_UNIT[t] !== undefined) {
      const u = BIG_UNIT[t]!;
      if (u >= lastBig || (current === null && section === 0)) return null;
      lastBig = u;
      total += (section + (current ?? 0)) * u;
      section = 0;
      current = null;
      lastSmall = Infinity;
    } else {
      return null;
    }
  }
  if (!seen) return null;
  return finite(total + section + (current ?? 0));
}

function finite(n: number): number | null {
  return Number.isFinite(n) ? n : null;
}
