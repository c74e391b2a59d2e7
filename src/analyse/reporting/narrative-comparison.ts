/**
 * Two accounts of the same event side by side: both texts split into
 * statements (sentences), aligned one-to-one by similarity (best pairs first),
 * the rest marked as said only in A or only in B. Pure; O(n·m) pairs.
 */
import type { OffsetMapLike } from '../../core/document.js';
import type { Span } from '../../core/span.js';
import { splitSentences } from '../../extract/sentences.js';
import { bigrams, featureSet, numbersIn, scorePair, type PairScore, type StatementFeatures } from './statement-similarity.js';

export interface NarrativeAnnotation {
  readonly start: number;
  readonly end: number;
  readonly value: string;
}

export interface NarrativeDocument {
  readonly id: number;
  readonly fileName: string;
  /** Normalised text; annotation offsets are in it. */
  readonly text: string;
  /** Maps normalised ranges to the original text, for spans. */
  readonly offsets?: OffsetMapLike;
  /** Actor codes and ISO dates found in the text (normalised offsets). */
  readonly actors?: readonly NarrativeAnnotation[];
  readonly dates?: readonly NarrativeAnnotation[];
}

export interface Statement extends StatementFeatures {
  readonly index: number;
  readonly text: string;
  /** In the original text (normalised offsets when no offset map was given). */
  readonly span: Span;
}

export type NarrativeRow =
  | { readonly kind: 'aligned'; readonly a: Statement; readonly b: Statement; readonly score: PairScore;
      /** Actors, dates and numbers one statement names and the other does not. */
      readonly onlyInA: StatementFeatures; readonly onlyInB: StatementFeatures }
  | { readonly kind: 'only-a'; readonly a: Statement; readonly bestScore: number }
  | { readonly kind: 'only-b'; readonly b: Statement; readonly bestScore: number };

export interface NarrativeComparison {
  readonly a: { readonly id: number; readonly fileName: string; readonly statements: number };
  readonly b: { readonly id: number; readonly fileName: string; readonly statements: number };
  readonly minScore: number;
  /** In A's order, each B-only statement after the aligned pair preceding it in B. */
  readonly rows: readonly NarrativeRow[];
  readonly summary: { readonly aligned: number; readonly onlyA: number; readonly onlyB: number };
}

export interface NarrativeOptions {
  /** Pairs scoring below this are not aligned (default 0.3). */
  readonly minScore?: number;
}

export function narrativeComparison(docA: NarrativeDocument, docB: NarrativeDocument, opts: NarrativeOptions = {}): NarrativeComparison {
  const minScore = opts.minScore ?? 0.3;
  const as = statementsOf(docA);
  const bs = statementsOf(docB);
  const [aGrams, bGrams] = [as.map((s) => bigrams(s.text)), bs.map((s) => bigrams(s.text))];
  const common = commonFeatures([...as, ...bs].map(featureSet));
  const informative = (f: Set<string>): Set<string> => new Set([...f].filter((x) => !common.has(x)));
  const [aFeat, bFeat] = [as.map((s) => informative(featureSet(s))), bs.map((s) => informative(featureSet(s)))];
  const best = { a: new Array<number>(as.length).fill(0), b: new Array<number>(bs.length).fill(0) };
  const pairs: { i: number; j: number; s: PairScore }[] = [];
  for (let i = 0; i < as.length; i++) {
    for (let j = 0; j < bs.length; j++) {
      const s = scorePair(aGrams[i]!, bGrams[j]!, aFeat[i]!, bFeat[j]!);
      best.a[i] = Math.max(best.a[i]!, s.score);
      best.b[j] = Math.max(best.b[j]!, s.score);
      if (s.score >= minScore) pairs.push({ i, j, s });
    }
  }
  const drift = (p: { i: number; j: number }): number => Math.abs(p.i / Math.max(1, as.length) - p.j / Math.max(1, bs.length));
  pairs.sort((p, q) => q.s.score - p.s.score || drift(p) - drift(q) || p.i - q.i || p.j - q.j);
  const matchOfA = new Map<number, { j: number; s: PairScore }>();
  const usedB = new Set<number>();
  for (const p of pairs) {
    if (matchOfA.has(p.i) || usedB.has(p.j)) continue;
    matchOfA.set(p.i, { j: p.j, s: p.s });
    usedB.add(p.j);
  }
  const keyed: { key: number; row: NarrativeRow }[] = as.map((a, i) => {
    const m = matchOfA.get(i);
    if (m === undefined) return { key: i, row: { kind: 'only-a', a, bestScore: round(best.a[i]!) } };
    const b = bs[m.j]!;
    const score = { score: round(m.s.score), text: round(m.s.text), features: m.s.features === null ? null : round(m.s.features) };
    return { key: i, row: { kind: 'aligned', a, b, score, onlyInA: difference(a, b), onlyInB: difference(b, a) } };
  });
  const aOfB = new Map([...matchOfA].map(([i, m]) => [m.j, i]));
  bs.forEach((b, j) => {
    if (usedB.has(j)) return;
    let anchor = -1;
    for (let k = j - 1; k >= 0; k--) if (aOfB.has(k)) { anchor = aOfB.get(k)!; break; }
    keyed.push({ key: anchor + 0.5 + j / (bs.length + 1) / 2, row: { kind: 'only-b', b, bestScore: round(best.b[j]!) } });
  });
  const rows = keyed.sort((x, y) => x.key - y.key).map((k) => k.row);
  return {
    a: { id: docA.id, fileName: docA.fileName, statements: as.length },
    b: { id: docB.id, fileName: docB.fileName, statements: bs.length },
    minScore,
    rows,
    summary: { aligned: matchOfA.size, onlyA: as.length - matchOfA.size, onlyB: bs.length - usedB.size },
  };
}

/** The document's sentences with the actors, dates and numbers each names. */
export function statementsOf(doc: NarrativeDocument): Statement[] {
  return splitSentences(doc.text).map((s, index) => {
    const within = (list: readonly NarrativeAnnotation[] | undefined) => (list ?? []).filter((x) => x.start >= s.start && x.end <= s.end);
    const dates = within(doc.dates);
    const text = doc.text.slice(s.start, s.end);
    return {
      index,
      text,
      span: doc.offsets ? doc.offsets.toOriginal(s.start, s.end) : { start: s.start, end: s.end },
      actors: uniq(within(doc.actors).map((x) => x.value)),
      dates: uniq(dates.map((x) => x.value)),
      numbers: numbersIn(text, dates.map((d) => [d.start - s.start, d.end - s.start] as const)),
    };
  });
}

/**
 * Features named in more than half of all statements (with at least four):
 * the dyad's two actors in a report about them, say. They say nothing about
 * which statements correspond, so they are left out of the feature score.
 */
function commonFeatures(sets: readonly Set<string>[]): Set<string> {
  const out = new Set<string>();
  if (sets.length < 4) return out;
  const counts = new Map<string, number>();
  for (const s of sets) for (const f of s) counts.set(f, (counts.get(f) ?? 0) + 1);
  for (const [f, n] of counts) if (n > sets.length / 2) out.add(f);
  return out;
}

function difference(x: StatementFeatures, y: StatementFeatures): StatementFeatures {
  const minus = (p: readonly string[], q: readonly string[]) => p.filter((v) => !q.includes(v));
  return { actors: minus(x.actors, y.actors), dates: minus(x.dates, y.dates), numbers: minus(x.numbers, y.numbers) };
}

const uniq = (xs: readonly string[]): string[] => [...new Set(xs)];
const round = (n: number): number => Math.round(n * 1000) / 1000;
