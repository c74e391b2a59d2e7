/**
 * Every estimate of the same quantity across sources and time: claims grouped
 * by a normalised subject key, each group's series ordered by claim date. Pure.
 */
import type { StoredClaim } from '../../core/stored-claim.js';

/** A stored claim with the document it comes from. */
export type TrackedClaim = StoredClaim;

export interface ClaimGroup {
  /** `unit|subject words|actors`, e.g. `container|container|PRK>RUS`. */
  readonly key: string;
  readonly unit: string;
  /** Subject words as normalised (plurals folded). */
  readonly words: string;
  /** `PRK>RUS` for a direction, `KOR,PRK,USA` for a set, `` when none. */
  readonly actors: string;
  /** The subject text most claims of the group use. */
  readonly label: string;
  /** By claim date (undated last), then document and position. */
  readonly series: readonly TrackedClaim[];
  readonly min: number;
  /** Largest value stated (low or high); for open "more than" claims, the low. */
  readonly max: number;
  readonly documents: readonly string[];
}

export interface ClaimsTrackerOptions {
  /** Group across actors (key = unit + subject words only). */
  readonly ignoreActors?: boolean;
  /** Keep groups with at least this many claims (default 1). */
  readonly minClaims?: number;
}

export function claimsTracker(claims: readonly TrackedClaim[], opts: ClaimsTrackerOptions = {}): ClaimGroup[] {
  const byKey = new Map<string, TrackedClaim[]>();
  for (const c of claims) {
    const key = subjectKey(c, opts.ignoreActors ?? false).key;
    byKey.set(key, [...(byKey.get(key) ?? []), c]);
  }
  const groups: ClaimGroup[] = [];
  for (const [key, list] of byKey) {
    if (list.length < (opts.minClaims ?? 1)) continue;
    const series = [...list].sort(byClaimDate);
    const parts = subjectKey(series[0]!, opts.ignoreActors ?? false);
    const values = series.flatMap((c) => (c.high === null ? [c.low] : [c.low, c.high]));
    groups.push({
      key, unit: series[0]!.unit, words: parts.words, actors: parts.actors, label: mostCommon(series.map((c) => c.subject)),
      series, min: Math.min(...values), max: Math.max(...values),
      documents: [...new Set(series.map((c) => c.fileName))].sort(),
    });
  }
  return groups.sort((a, b) => b.series.length - a.series.length || a.key.localeCompare(b.key));
}

/** Splits `containers (PRK to RUS)` into folded words and an actor key. */
export function subjectKey(c: Pick<TrackedClaim, 'subject' | 'unit'>, ignoreActors: boolean): { key: string; words: string; actors: string } {
  const text = c.subject.normalize('NFKC').trim();
  const paren = /\(([^()]*)\)\s*$/.exec(text);
  const wordsText = paren ? text.slice(0, paren.index) : text;
  const words = wordsText
    .toLowerCase()
    .split(/[\s:;,、・]+/)
    .filter((w) => w.length > 0)
    .map((w) => (/[a-z]{3,}s$/.test(w) && !w.endsWith('ss') ? w.slice(0, -1) : w))
    .join(' ');
  const actors = ignoreActors || !paren ? '' : actorKey(paren[1]!);
  return { key: `${c.unit.toLowerCase()}|${words}|${actors}`, words, actors };
}

function actorKey(inside: string): string {
  const directed = /^\s*([A-Z]{2,5})\s+to\s+([A-Z]{2,5})\s*$/.exec(inside);
  if (directed) return `${directed[1]}>${directed[2]}`;
  return inside.split(/[,\s]+/).filter((s) => /^[A-Z]{2,5}$/.test(s)).sort().join(',');
}

function byClaimDate(a: TrackedClaim, b: TrackedClaim): number {
  if (a.date !== b.date) {
    if (a.date === null) return 1;
    if (b.date === null) return -1;
    return a.date.localeCompare(b.date);
  }
  return a.fileName.localeCompare(b.fileName) || a.span.start - b.span.start || a.id - b.id;
}

function mostCommon(values: readonly string[]): string {
  const counts = new Map<string, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  let best = values[0]!;
  for (const [v, n] of counts) if (n > counts.get(best)!) best = v;
  return best;
}
