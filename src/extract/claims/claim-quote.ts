/**
 * The quote of a claim: the clause around the figure, an exact substring of
 * the sentence, 5 to 120 characters. Offsets are local to `text`.
 */
const JA_BOUNDARY = /[、。「」『』]/;
const EN_BOUNDARY = /[,.;:()"“”]/;
const MIN = 5;
const MAX = 120;

export interface QuoteRange {
  readonly start: number;
  readonly end: number;
}

export function quoteAround(text: string, start: number, end: number, english: boolean): QuoteRange {
  const boundary = english ? EN_BOUNDARY : JA_BOUNDARY;
  const reach = english ? 70 : 40;
  let s = start;
  while (s > 0 && start - s < reach && !boundary.test(text[s - 1]!)) s--;
  let e = end;
  while (e < text.length && e - end < reach && !boundary.test(text[e]!) ) e++;
  if (english && e < text.length && text[e] === '.' && /\d/.test(text[e + 1] ?? '')) e = Math.min(text.length, e + 1);
  if (e - s > MAX) {
    const over = e - s - MAX;
    const cutLeft = Math.min(over, Math.max(0, start - s));
    s += cutLeft;
    e -= over - cutLeft;
  }
  while (s < start && /\s/.test(text[s]!)) s++;
  while (e > end && /\s/.test(text[e - 1]!)) e--;
  // widen last, so trimming spaces can never leave a quote under the minimum (" 3回目の")
  return atLeastMin(text, { start: s, end: e });
}

/** Widens a range (a table row like `甲4 5`) to the minimum quote length, within the text. */
export function atLeastMin(text: string, r: QuoteRange): QuoteRange {
  let { start: s, end: e } = r;
  while (e - s < MIN && (s > 0 || e < text.length)) {
    if (e < text.length) e++;
    else s--;
  }
  return { start: s, end: e };
}
