/**
 * Queries of one or two characters, which trigram indexes cannot answer, as
 * terms of an index of the characters and character pairs of each text
 * (sqlite/sqlite-text-index.ts). A text contains a query of one or two
 * characters, ASCII letters compared case-insensitively (as the `instr` scan
 * over `lower(text)` it replaces), exactly when the query's term is among the
 * text's terms.
 *
 * A term is the code points of the gram, ASCII-lower-cased, in hex: `東京` →
 * `g6771g4eacg`. Terms are plain ASCII words, so FTS5's `ascii` tokenizer
 * splits them on the spaces between them and changes nothing else. Grams that
 * begin or end with white space are left out: a trimmed query never does.
 */

/** Characters of the longest query the short index answers (longer ones use the trigram index). */
export const SHORT_QUERY_MAX = 2;

const termOf = (chars: string): string => {
  let term = 'g';
  for (const ch of chars) term += `${ch.codePointAt(0)!.toString(16)}g`;
  return term;
};

const lowerAscii = (s: string): string => s.replace(/[A-Z]+/g, (m) => m.toLowerCase());

const isSpace = (ch: string): boolean => /^\s$/u.test(ch);

/** The index term of a query of one or two characters (code points). */
export function shortQueryTerm(query: string): string {
  const chars = [...query];
  if (chars.length === 0 || chars.length > SHORT_QUERY_MAX) {
    throw new Error(`short query must have 1 to ${SHORT_QUERY_MAX} characters, got ${chars.length}`);
  }
  return termOf(lowerAscii(query));
}

/** Every distinct term of a text (its characters and pairs of adjacent characters), space-separated. */
export function shortGramTerms(text: string): string {
  const chars = [...lowerAscii(text)];
  const hex = chars.map((ch) => (isSpace(ch) ? null : ch.codePointAt(0)!.toString(16)));
  const terms = new Set<string>();
  for (let i = 0; i < hex.length; i++) {
    const a = hex[i];
    if (a === null || a === undefined) continue;
    terms.add(`g${a}g`);
    const b = hex[i + 1];
    if (b !== null && b !== undefined) terms.add(`g${a}g${b}g`);
  }
  return [...terms].join(' ');
}
