/**
 * Similarity of two statements: character-bigram Dice over normalised text,
 * and Jaccard over the actors, dates and numbers they name. Pure.
 */

/** What a statement names: actor codes, ISO dates, numbers (digits only, no separators). */
export interface StatementFeatures {
  readonly actors: readonly string[];
  readonly dates: readonly string[];
  readonly numbers: readonly string[];
}

/** NFKC, lower case, without white space, punctuation or symbols. Keeps kana/kanji as they are. */
export function normaliseForComparison(text: string): string {
  return text.normalize('NFKC').toLowerCase().replace(/[\s\p{P}\p{S}]+/gu, '');
}

/** Distinct character bigrams (by code point) of the normalised text; a one-character text is its own bigram. */
export function bigrams(text: string): Set<string> {
  const chars = [...normaliseForComparison(text)];
  const out = new Set<string>();
  if (chars.length === 1) out.add(chars[0]!);
  for (let i = 0; i + 1 < chars.length; i++) out.add(chars[i]! + chars[i + 1]!);
  return out;
}

/** Dice coefficient 2|A∩B| / (|A|+|B|); 0 when both are empty. */
export function dice(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  if (a.size + b.size === 0) return 0;
  let shared = 0;
  for (const x of a) if (b.has(x)) shared++;
  return (2 * shared) / (a.size + b.size);
}

/** Jaccard |A∩B| / |A∪B|, or null when both are empty (nothing to compare). */
export function jaccard(a: ReadonlySet<string>, b: ReadonlySet<string>): number | null {
  let shared = 0;
  for (const x of a) if (b.has(x)) shared++;
  const union = a.size + b.size - shared;
  return union === 0 ? null : shared / union;
}

export function featureSet(f: StatementFeatures): Set<string> {
  return new Set([...f.actors.map((x) => `actor:${x}`), ...f.dates.map((x) => `date:${x}`), ...f.numbers.map((x) => `number:${x}`)]);
}

/** Numbers written in (normalised) text (`1,000` → `1000`), skipping the given ranges (dates). */
export function numbersIn(text: string, skip: readonly (readonly [number, number])[] = []): string[] {
  const out = new Set<string>();
  for (const m of text.matchAll(/\d[\d,]*(?:\.\d+)?/g)) {
    const start = m.index;
    if (skip.some(([s, e]) => start >= s && start < e)) continue;
    out.add(m[0].replace(/,/g, ''));
  }
  return [...out];
}

export interface PairScore {
  readonly score: number;
  readonly text: number;
  /** Null when neither statement names an actor, date or number. */
  readonly features: number | null;
}

/** Weighted: 0.6 text + 0.4 features when there are features, else the text score alone. */
export const TEXT_WEIGHT = 0.6;

export function scorePair(aBigrams: ReadonlySet<string>, bBigrams: ReadonlySet<string>, aFeatures: ReadonlySet<string>, bFeatures: ReadonlySet<string>): PairScore {
  const text = dice(aBigrams, bBigrams);
  const features = jaccard(aFeatures, bFeatures);
  const score = features === null ? text : TEXT_WEIGHT * text + (1 - TEXT_WEIGHT) * features;
  return { score, text, features };
}
