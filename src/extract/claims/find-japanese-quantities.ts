import type { ClaimLexicon, CounterRule } from './claim-lexicon.js';
import { nounAfter, nounBefore } from './context-noun.js';
import { parseJapaneseNumber } from './parse-japanese-number.js';
import type { Quantity } from './quantity.js';

/**
 * Japanese number + counter expressions, one regex pass over the text. Bare
 * numbers, dates (2023年, 9月, 13日), times of day and names with ordinals
 * (第8回党大会, 第2次世界大戦) give nothing: a claim needs a counter.
 */
const NUM = String.raw`\d+(?:,\d{3})*(?:\.\d+)?`;
const ARABIC = String.raw`${NUM}(?:\s?[十百千万億兆]+(?:${NUM})?)*`;
const NUMBER_RE = new RegExp(
  String.raw`(${ARABIC}(?:\s?[~～〜\-–]\s?${ARABIC})?)|([〇一二三四五六七八九十百千万億兆]+)`,
  'g',
);
const MULTIPLIER = /[十百千万億兆]/;
const KANJI_CHAR = /[\u3400-\u9fff々]/;
const PREFIX_RE = /(?:約|およそ|凡そ|ほぼ|概ね|推定|最大|最低|少なくとも|わずか|僅か|計|合計|総計|延べ|のべ|マイナス|▲|△|[-−])\s?$/;
const SIGN_BEFORE_RE = /(?:マイナス|▲|△|[-−])$/;
const QUALIFIER_RE = /\s?(?:以上|超え|超|余り|あまり|余|強|以下|未満|弱|足らず|程度|前後|ほど|近く)/y;
const MORE_THAN_RE = /を(?:超える|超す|上回る)/y;
const HOURS_MINUTES_RE = /\s?時間\s?(\d+)\s?分/y;
const HALF_RE = /\s?(年|時間|カ月|か月|ヶ月|ヵ月)半(ぶり)?/y;
const ORDINAL_RE = /\s?(回|度)目/y;
const CHANGE_RE = /\s?の?(増加|増|上昇|拡大|プラス|減少|減|低下|下落|縮小|マイナス|落ち込)/y;
const NEGATIVE_CHANGE = /減|低下|下落|縮小|マイナス|落ち込/;
const DAY_COUNT_RE = /(?:日数|延べ|のべ)(?:は|が|:)?\s?((?:\d+\s?日(?![間曜付])\s?){1,8})/g;
const HYPOTHETICAL_RE = /可能性|場合|懸念|恐れ|おそれ|かもしれ|見通し|予想/;
const FLOW_UNITS = new Set(['cubic meter', 'ton', 'barrel']);
const PER_YEAR_RE = /(?:年間|毎年|年)\s?(?:約|およそ|最大)?\s?$/;
const PER_DAY_RE = /(?:日量|1日|一日|毎日)\s?(?:約|およそ|最大)?\s?$/;

/** `年間100億立方メートル` is a flow: cubic meter per year. */
function flowSuffix(before: string): string {
  if (PER_DAY_RE.test(before)) return ' per day';
  if (PER_YEAR_RE.test(before) && !/\d\s?年\s?$/.test(before)) return ' per year';
  return '';
}

export function findJapaneseQuantities(text: string, lex: ClaimLexicon): Quantity[] {
  const out: Quantity[] = [];
  NUMBER_RE.lastIndex = 0;
  for (let m = NUMBER_RE.exec(text); m; m = NUMBER_RE.exec(text)) {
    const q = m[1] !== undefined ? atArabic(text, m.index, m[1], lex) : atKanji(text, m.index, m[2]!, lex);
    if (q) out.push(q);
  }
  out.push(...dayCounts(text));
  return out;
}

function atArabic(text: string, start: number, num: string, lex: ClaimLexicon): Quantity | null {
  const prev = text[start - 1] ?? '';
  if (/[A-Za-z_/.#]/.test(prev) || (prev === '-' && /[A-Za-z\d]/.test(text[start - 2] ?? ''))) return null;
  return withUnit(text, start, num, lex, prev === '第');
}

function atKanji(text: string, start: number, num: string, lex: ClaimLexicon): Quantity | null {
  const prev = text[start - 1] ?? '';
  if (prev === '数' || prev === '何' || prev === '幾' || text[start + num.length] === '数') return null;
  const ordinalName = prev === '第';
  if (!ordinalName && KANJI_CHAR.test(prev) && !/[約計]/.test(prev)) return null;
  const q = withUnit(text, start, num, lex, ordinalName);
  if (!q) return null;
  // A lone kanji digit (一人, 二国) is too often part of a word; keep it for ordinals and a few counters.
  if (!MULTIPLIER.test(num) && q.rule !== 'ja.ordinal' && !/country|month|year/.test(q.unit)) return null;
  return q;
}

function withUnit(text: string, start: number, num: string, lex: ClaimLexicon, afterDai: boolean): Quantity | null {
  const end = start + num.length;
  const special = hoursMinutes(text, start, num, end) ?? half(text, start, num, end) ?? ordinal(text, start, num, end, lex, afterDai);
  if (special || afterDai) return special;
  lex.counterRe.lastIndex = end;
  const c = lex.counterRe.exec(text);
  if (!c) return null;
  const rule = lex.counters.get(c[1]!)!;
  let stop = end + c[0].length;
  if (rule.notFollowedBy.some((s) => text.startsWith(s, stop))) return null;
  if (rule.unit === 'minute' && (/\d\s?時$/.test(text.slice(Math.max(0, start - 3), start)) || /^の[\d一二三四五六七八九十]/.test(text.slice(stop, stop + 2)))) return null;
  // `コンテナ約6700個分の砲弾`: with 分 ("worth of") the counted noun is the one before.
  const worth = rule.counter === '個' && text[stop] === '分';
  if (worth) stop++;
  return finish(text, start, num, stop, rule, lex, worth);
}

function finish(
  text: string,
  start: number,
  num: string,
  counterEnd: number,
  rule: CounterRule,
  lex: ClaimLexicon,
  nounFirstBefore: boolean,
): Quantity | null {
  let stop = counterEnd;
  let qualifier = '';
  QUALIFIER_RE.lastIndex = stop;
  const qm = QUALIFIER_RE.exec(text) ?? ((MORE_THAN_RE.lastIndex = stop), MORE_THAN_RE.exec(text));
  if (qm) {
    qualifier = qm[0].startsWith('を') ? '以上' : qm[0];
    stop += qm[0].length;
  }
  const pre = PREFIX_RE.exec(text.slice(Math.max(0, start - 6), start));
  const parsed = parseJapaneseNumber((pre?.[0] ?? '') + num + qualifier);
  if (!parsed || Math.abs(parsed.low) > rule.maxValue) return null;
  const found = nounFirstBefore
    ? (nounBefore(text, start, rule.nouns) ?? nounAfter(text, stop, rule.nouns))
    : (nounAfter(text, stop, rule.nouns) ?? nounBefore(text, start, rule.nouns));
  let unit = found?.[1] ?? rule.unit;
  if (unit === null) return null;
  let sign = 1;
  if (unit === 'percent' || unit === 'percentage point') {
    CHANGE_RE.lastIndex = stop;
    const ch = CHANGE_RE.exec(text);
    if (ch && NEGATIVE_CHANGE.test(ch[1]!) && parsed.low > 0) sign = -1;
    if (ch) stop += ch[0].length;
  }
  if (FLOW_UNITS.has(unit)) unit += flowSuffix(text.slice(Math.max(0, start - 6), start));
  const qStart = pre ? start - pre[0].length : start;
  const scale = rule.scale * sign;
  return {
    start: qStart,
    end: stop,
    surface: text.slice(qStart, stop),
    low: parsed.low * scale,
    high: parsed.high === null ? null : parsed.high * scale,
    approx: parsed.approx,
    unit,
    rule: 'ja.counter',
    cue: found?.[0] ?? rule.counter,
    label: null,
    context: null,
  };
}

function hoursMinutes(text: string, start: number, num: string, end: number): Quantity | null {
  HOURS_MINUTES_RE.lastIndex = end;
  const m = HOURS_MINUTES_RE.exec(text);
  if (!m) return null;
  const h = parseJapaneseNumber(num);
  if (!h) return null;
  const minutes = h.low * 60 + Number(m[1]);
  return simple(text, start, end + m[0].length, minutes, 'minute', 'ja.hours-minutes', '時間', hasApprox(text, start));
}

function half(text: string, start: number, num: string, end: number): Quantity | null {
  HALF_RE.lastIndex = end;
  const m = HALF_RE.exec(text);
  if (!m) return null;
  const n = parseJapaneseNumber(num);
  if (!n || n.low > 300) return null;
  if (!m[2] && /^[前後]/.test(text.slice(end + m[0].length))) return null;
  const unit = m[1] === '年' ? 'year' : m[1] === '時間' ? 'hour' : 'month';
  return simple(text, start, end + m[0].length, n.low + 0.5, unit, 'ja.half', m[1]!, hasApprox(text, start));
}

function ordinal(text: string, start: number, num: string, end: number, lex: ClaimLexicon, afterDai: boolean): Quantity | null {
  ORDINAL_RE.lastIndex = end;
  const m = ORDINAL_RE.exec(text);
  if (!m) return null;
  const n = parseJapaneseNumber(num);
  if (!n || n.low < 1 || n.low > 1000 || !Number.isInteger(n.low)) return null;
  const stop = end + m[0].length;
  if (HYPOTHETICAL_RE.test(text.slice(stop, stop + 25).split(/[。、]/)[0]!)) return null;
  const nouns = lex.counters.get(m[1]!)?.nouns ?? [];
  const found = nounAfter(text, stop, nouns) ?? nounBefore(text, start, nouns);
  const qStart = afterDai ? start - 1 : start;
  return simple(text, qStart, stop, n.low, found?.[1] ?? 'event', 'ja.ordinal', found?.[0] ?? m[0].trim(), false);
}

/** `報道日数9日13日`, `延べ9日`: a bare 日 counts days only after such a cue. */
function dayCounts(text: string): Quantity[] {
  const out: Quantity[] = [];
  DAY_COUNT_RE.lastIndex = 0;
  for (let m = DAY_COUNT_RE.exec(text); m; m = DAY_COUNT_RE.exec(text)) {
    const base = m.index + m[0].length - m[1]!.length;
    for (const d of m[1]!.matchAll(/(\d+)\s?日/g)) {
      const s = base + d.index;
      simpleInto(out, text, s, s + d[0].length, Number(d[1]), 'day', 'ja.day-count', '日数');
    }
  }
  return out;
}

function simpleInto(out: Quantity[], text: string, s: number, e: number, v: number, unit: string, rule: string, cue: string): void {
  if (v > 0 && v <= 366) out.push(simple(text, s, e, v, unit, rule, cue, false));
}

function hasApprox(text: string, start: number): boolean {
  return /(?:約|およそ|ほぼ|概ね)\s?$/.test(text.slice(Math.max(0, start - 4), start));
}

function simple(text: string, start: number, end: number, value: number, unit: string, rule: string, cue: string, approx: boolean): Quantity {
  const sign = SIGN_BEFORE_RE.test(text.slice(Math.max(0, start - 4), start)) && unit === 'percent' ? -1 : 1;
  return { start, end, surface: text.slice(start, end), low: value * sign, high: value * sign, approx, unit, rule, cue, label: null, context: null };
}
