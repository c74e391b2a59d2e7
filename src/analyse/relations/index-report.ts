import { asymmetryOf, type AsymmetryRow } from './asymmetry.js';
import { compareDyadsOf, type ComparisonRow } from './compare-dyads.js';
import { evidenceFor, type Evidence } from './evidence.js';
import type { IndexRequest } from './parse-relations-options.js';
import type { Granularity } from './period.js';
import { dyadLabel, type Dyad, type RelationEvent } from './relation-event.js';
import { dyadIndex, dyadsOf, type IndexOf, type IndexRow } from './relationship-index.js';

/** The relationship index with its asymmetry, an optional comparison, and the evidence behind every id. */
export interface IndexReport {
  readonly dyads: readonly string[];
  readonly granularity: Granularity;
  readonly from: string | null;
  readonly to: string | null;
  readonly index: readonly IndexRow[];
  readonly asymmetry: readonly AsymmetryRow[];
  /** The dyads of the index, then the compared ones, combined directions; empty without `compare`. */
  readonly comparison: readonly ComparisonRow[];
  /**
   * The events behind every id of `index` and `comparison`, with their
   * sources. Left out by `indexTables` (a store-side index at a million
   * events: evidence is then fetched for the ids of one cell on demand).
   */
  readonly evidence?: readonly Evidence[];
}

/** Every dyad the report reads: those of the actors, then the compared ones. Events of no other dyad change it. */
export function indexDyads(r: Pick<IndexRequest, 'actors' | 'compare'>): Dyad[] {
  return [...dyadsOf(r.actors), ...r.compare];
}

export function indexReport(events: readonly RelationEvent[], r: IndexRequest): IndexReport {
  const tables = indexTables((dyads, o) => dyadIndex(events, dyads, o), r);
  const ids = [...tables.index, ...tables.comparison].flatMap((row) => row.eventIds);
  return { ...tables, evidence: evidenceFor(events, ids) };
}

/** The report without its evidence, from an index of dyads (over events, or over cells a store added up). */
export function indexTables(indexOf: IndexOf, r: IndexRequest): IndexReport {
  const opts = { from: r.from, to: r.to, granularity: r.granularity };
  const dyads = dyadsOf(r.actors);
  const index = indexOf(dyads, opts);
  const asym = dyads.flatMap((d) => asymmetryOf(indexOf, d, opts));
  const compared = [...dyads, ...r.compare.filter((c) => !dyads.some((d) => dyadLabel(d) === dyadLabel(c)))];
  const comparison = r.compare.length > 0 ? compareDyadsOf(indexOf, compared, opts) : [];
  return {
    dyads: (r.compare.length > 0 ? compared : dyads).map(dyadLabel),
    granularity: r.granularity,
    from: r.from ?? null,
    to: r.to ?? null,
    index,
    asymmetry: asym,
    comparison,
  };
}
