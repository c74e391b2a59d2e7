/** Pure helpers for finding a query in a text and cutting snippets around it. */

export interface Snippet {
  readonly before: string;
  readonly match: string;
  readonly after: string;
}

/**
 * Case folding that never changes the length, so offsets in the folded text
 * are offsets in the text: each UTF-16 unit is lower-cased only when its lower
 * case is one unit too (covers ASCII, Latin, Greek, Cyrillic, full-width Latin).
 */
export function foldCase(text: string): string {
  // Only characters that change when lower-cased are looked at (a Japanese
  // text has few or none); an astral one is two units, each left as it is.
  return text.replace(CHANGES_WHEN_LOWERCASED, (c) => {
    if (c.length !== 1) return c;
    const lower = c.toLowerCase();
    return lower.length === 1 ? lower : c;
  });
}

const CHANGES_WHEN_LOWERCASED = /\p{Changes_When_Lowercased}/gu;

/** Start offsets of the non-overlapping, case-folded occurrences of `query` in `text`. */
export function findMatches(text: string, query: string): number[] {
  if (query.length === 0) return [];
  const haystack = foldCase(text);
  const needle = foldCase(query);
  const found: number[] = [];
  for (let at = haystack.indexOf(needle); at !== -1; at = haystack.indexOf(needle, at + needle.length)) {
    found.push(at);
  }
  return found;
}

/** `context` characters either side of [start, end), not splitting surrogate pairs. */
export function snippetAt(text: string, start: number, end: number, context = 40): Snippet {
  let from = Math.max(0, start - context);
  let to = Math.min(text.length, end + context);
  if (from > 0 && isLowSurrogate(text.charCodeAt(from))) from--;
  if (to < text.length && isLowSurrogate(text.charCodeAt(to))) to++;
  return { before: text.slice(from, start), match: text.slice(start, end), after: text.slice(end, to) };
}

/** The snippet as one line with the match marked: `…before【match】after…`. */
export function markSnippet(snippet: Snippet): string {
  return `${snippet.before}【${snippet.match}】${snippet.after}`;
}

const isLowSurrogate = (code: number) => code >= 0xdc00 && code <= 0xdfff;
