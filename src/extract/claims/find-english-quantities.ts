import type { ClaimLexicon } from './claim-lexicon.js';
import type { Quantity } from './quantity.js';

/**
 * English figures: `more than 1,000 containers`, `about 6,700 containers of
 * shells`, `10,000 North Korean troops`, `$1.5 billion`, `USD 2 billion`,
 * `2 billion dollars`, `12%`, `third nuclear test`. A unit noun must follow
 * (up to two modifier words in between) or a currency sign precede.
 */
const WORD_NUMBERS: Readonly<Record<string, number>> = {
  two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17,
  eighteen: 18, nineteen: 19, twenty: 20, thirty: 30, forty: 40, fifty: 50, hundred: 100,
};
const ORDINAL_WORDS: Readonly<Record<string, number>> = {
  first: 1, second: 2, third: 3, fourth: 4, fifth: 5, sixth: 6, seventh: 7, eighth: 8, ninth: 9, tenth: 10,
};
const SCALE: Readonly<Record<string, number>> = {
  thousand: 1e3, k: 1e3, million: 1e6, mn: 1e6, m: 1e6, billion: 1e9, bn: 1e9, b: 1e9, trillion: 1e12, tn: 1e12,
};
const NUM = String.raw`\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?`;
const WORDS = Object.keys(WORD_NUMBERS).join('|');
const AMOUNT = String.raw`(?:${NUM}|(?<![A-Za-z])(?:${WORDS})(?![A-Za-z]))(?:\s?(?:thousand|million|billion|trillion|bn|mn|tn|[kmb])(?![A-Za-z]))?`;
const FIGURE_RE = new RegExp(
  String.raw`(US\$|\$|€|£|¥|₩|₽|\b(?:USD|EUR|JPY|KRW|RUB)\s?)?(${AMOUNT})(?:\s?(?:-|–|to)\s?(${AMOUNT}))?`,
  'gi',
);
const BETWEEN_BEFORE = new RegExp(String.raw`between\s(${AMOUNT})\sand\s$`, 'i');
const PERCENT_RE = /\s?(?:%|percent\b|per cent\b)/iy;
const ORDINAL_RE = new RegExp(String.raw`\b(?:(${Object.keys(ORDINAL_WORDS).join('|')})|(\d+)(?:st|nd|rd|th))\s+(?:[A-Za-z-]+\s+){0,2}?`, 'gi');
const MIN_BEFORE = /(?:more than|over|at least|upwards of|in excess of|above|exceeding)\s$/i;
const MAX_BEFORE = /(?:less than|fewer than|under|up to|as many as|at most|below)\s$/i;
const APPROX_BEFORE = /(?:about|around|approximately|roughly|some|nearly|almost|an estimated|estimated|close to|approx\.)\s$/i;
const YEAR_RE = /^(?:19|20)\d\d$/;
const PREPOSITION_BEFORE = /\b(?:in|since|by|from|until|till|to|of|during|before|after|early|late|mid|and)\s$/i;
const NEGATIVE_NEAR = /(?:fell|declined|contracted|dropped|shrank|decreased|down)\s(?:by\s)?$|^\s(?:decline|decrease|drop|fall|contraction|lower)/i;

export function findEnglishQuantities(text: string, lex: ClaimLexicon): Quantity[] {
  const out: Quantity[] = [];
  FIGURE_RE.lastIndex = 0;
  for (let m = FIGURE_RE.exec(text); m; m = FIGURE_RE.exec(text)) {
    const q = atFigure(text, m, lex);
    if (q) out.push(q);
  }
  out.push(...ordinals(text, lex));
  return out;
}

function atFigure(text: string, m: RegExpExecArray, lex: ClaimLexicon): Quantity | null {
  const start = m.index;
  const prev = text[start - 1] ?? '';
  if (/[A-Za-z\d]/.test(prev) || (prev === '-' && /[A-Za-z]/.test(text[start - 2] ?? ''))) return null;
  const between = m[3] === undefined ? BETWEEN_BEFORE.exec(text.slice(Math.max(0, start - 40), start)) : null;
  const hi = m[3] !== undefined ? amount(m[3]) : between ? amount(m[2]!) : amount(m[2]!);
  const low = shareScale(amount(between?.[1] ?? m[2]!), hi);
  if (low === null || hi === null) return null;
  if (!m[1] && (low.abbrev || hi.abbrev)) return null;
  if (!m[1] && YEAR_RE.test(m[2]!) && PREPOSITION_BEFORE.test(text.slice(Math.max(0, start - 10), start))) return null;
  // "the two countries", "both three sides": a number word after a definite article refers back, it counts nothing new
  if (!m[1] && m[3] === undefined && /^[a-z]+$/i.test(m[2]!) && /\bthe\s$/i.test(text.slice(Math.max(0, start - 4), start))) return null;
  let end = start + m[0].length;
  let unit: string | null = m[1] ? (lex.currencyPrefixes.get(m[1].trim().toUpperCase()) ?? lex.currencyPrefixes.get(m[1].trim()) ?? null) : null;
  let cue = m[1]?.trim() ?? '';
  let scale = 1;
  PERCENT_RE.lastIndex = end;
  const pct = unit ? null : PERCENT_RE.exec(text);
  if (pct) {
    unit = 'percent';
    cue = '%';
    end += pct[0].length;
  } else {
    lex.englishNounRe.lastIndex = end;
    const n = lex.englishNounRe.exec(text);
    const rule = n ? lex.englishNouns.get(n[1]!.toLowerCase()) : undefined;
    const talks = n && /^\s(?:of\s)?(?:talks|negotiations|voting|consultations)/i.test(text.slice(start + m[0].length + n[0].length, start + m[0].length + n[0].length + 20));
    if (n && rule && !talks && (unit === null || rule.unit === unit)) {
      unit = rule.unit;
      cue = n[1]!;
      scale = rule.scale;
      end += n[0].length;
    }
  }
  if (unit === null) return null;
  if (unit === 'year' && low.value > 300) return null;
  const before = text.slice(Math.max(0, start - 16), start);
  const bound = MIN_BEFORE.test(before) ? 'min' : MAX_BEFORE.test(before) ? 'max' : 'exact';
  const approx = APPROX_BEFORE.test(before);
  const sign = unit === 'percent' && (NEGATIVE_NEAR.test(before) || NEGATIVE_NEAR.test(text.slice(end, end + 14))) ? -1 : 1;
  const lowV = sign * low.value * scale;
  const highV = bound === 'min' && hi.value === low.value ? null : sign * hi.value * scale;
  if (!Number.isFinite(lowV) || (highV !== null && !Number.isFinite(highV))) return null;
  const qStart = between ? start - between[0].length : start;
  return { start: qStart, end, surface: text.slice(qStart, end), low: lowV, high: highV, approx, unit, rule: 'en.noun', cue, label: null, context: null };
}

interface Amount {
  readonly value: number;
  /** Scaled by a bare abbreviation (`300m`, `1.5bn`): an amount only after a currency sign. */
  readonly abbrev: boolean;
  readonly scale: number;
}

/** `2 to 3 billion`: the low end takes the high end's multiplier. */
function shareScale(low: Amount | null, high: Amount | null): Amount | null {
  if (!low || !high || low.scale !== 1 || high.scale === 1) return low;
  return { value: low.value * high.scale, abbrev: high.abbrev, scale: high.scale };
}

function amount(s: string): Amount | null {
  const m = /^([\d,.]+|[A-Za-z]+)\s?([A-Za-z]+)?$/.exec(s.trim());
  if (!m) return null;
  const base = /^\d/.test(m[1]!) ? Number(m[1]!.replace(/,/g, '')) : WORD_NUMBERS[m[1]!.toLowerCase()];
  if (base === undefined || !Number.isFinite(base)) return null;
  const scale = m[2] ? SCALE[m[2].toLowerCase()] : 1;
  if (scale === undefined) return null;
  const v = base * scale;
  return Number.isFinite(v) ? { value: v, abbrev: m[2] !== undefined && m[2].length <= 2, scale } : null;
}

/** `the third nuclear test`, `his 2nd visit`: an ordinal of a countable event noun. */
function ordinals(text: string, lex: ClaimLexicon): Quantity[] {
  const out: Quantity[] = [];
  ORDINAL_RE.lastIndex = 0;
  for (let m = ORDINAL_RE.exec(text); m; m = ORDINAL_RE.exec(text)) {
    const value = m[1] ? ORDINAL_WORDS[m[1].toLowerCase()] : Number(m[2]);
    const after = /^([A-Za-z]+(?:\s[A-Za-z]+)?)/.exec(text.slice(m.index + m[0].length));
    const phrase = after?.[1]?.toLowerCase();
    const singular = [phrase, phrase?.split(' ')[0]].find((p) => p !== undefined && EVENT_UNITS.has(lex.englishNouns.get(p)?.unit ?? ''));
    if (!value || !singular) continue;
    const end = m.index + m[0].length + singular.length;
    const unit = lex.englishNouns.get(singular)!.unit;
    out.push({ start: m.index, end, surface: text.slice(m.index, end), low: value, high: value, approx: false, unit, rule: 'en.ordinal', cue: singular, label: null, context: null });
    ORDINAL_RE.lastIndex = end;
  }
  return out;
}

const EVENT_UNITS = new Set(['nuclear test', 'visit', 'meeting', 'launch', 'resolution', 'broadcast']);
