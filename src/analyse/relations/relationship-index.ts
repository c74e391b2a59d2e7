import type { ActorCode } from '../../core/actor.js';
import { bucketEvents, type BucketOptions } from './bucket-events.js';
import type { Bucket } from './period.js';
import { dyadLabel, isDirected, type Dyad, type RelationEvent } from './relation-event.js';
import { tally, type EventTally } from './event-tally.js';

/** `a-to-b`: events A→B; `b-to-a`: B→A; `combined`: both. */
export type Flow = 'a-to-b' | 'b-to-a' | 'combined';

export interface IndexRow extends EventTally {
  /** `RUS-PRK`. */
  readonly dyad: string;
  readonly period: string;
  readonly bucket: Bucket['kind'];
  readonly flow: Flow;
  /** `RUS→PRK`, `PRK→RUS` or `RUS↔PRK`. */
  readonly direction: string;
}

export interface IndexOptions extends BucketOptions {
  /** Two actors: that dyad. Three or more: every pair of them, in the order given. */
  readonly actors: readonly ActorCode[];
}

/** The pairs a set of actors stands for: `[A,B]` → A-B; `[A,B,C]` → A-B, A-C, B-C. */
export function dyadsOf(actors: readonly ActorCode[]): Dyad[] {
  const out: Dyad[] = [];
  for (let i = 0; i < actors.length; i++) {
    for (let j = i + 1; j < actors.length; j++) out.push([actors[i]!, actors[j]!]);
  }
  return out;
}

/** Events between the two actors, either way (events without a target are never in a dyad). */
export function dyadEvents(events: readonly RelationEvent[], [a, b]: Dyad): RelationEvent[] {
  return events.filter((e) => isDirected(e, a, b) || isDirected(e, b, a));
}

/**
 * The relationship index: for each dyad and each period, counts by QuadClass
 * and the sum and mean of Goldstein scores, A→B, B→A and combined. All dyads
 * share one period axis (the window, or the span of their events).
 */
export function relationshipIndex(events: readonly RelationEvent[], o: IndexOptions): IndexRow[] {
  return dyadIndex(events, dyadsOf(o.actors), o);
}

/** Something that computes `dyadIndex` (over events, or over cells a store added up). */
export type IndexOf = (dyads: readonly Dyad[], o: BucketOptions) => IndexRow[];

/** The index of the given dyads (rows dyad by dyad, then period by period). */
export function dyadIndex(events: readonly RelationEvent[], dyads: readonly Dyad[], o: BucketOptions): IndexRow[] {
  // One pass over the events and one over each bucket: at a million stored
  // events a busy dyad has tens of thousands, so no per-direction re-filtering.
  const inSomeDyad = (e: RelationEvent) => dyads.some(([a, b]) => isDirected(e, a, b) || isDirected(e, b, a));
  const buckets = bucketEvents(events.filter(inSomeDyad), o);
  const rows: IndexRow[] = [];
  for (const d of dyads) {
    const [a, b] = d;
    for (const { period, bucket, events: inBucket } of buckets) {
      const ab: RelationEvent[] = [];
      const ba: RelationEvent[] = [];
      const both: RelationEvent[] = [];
      for (const e of inBucket) {
        const isAB = isDirected(e, a, b);
        const isBA = isDirected(e, b, a);
        if (isAB) ab.push(e);
        if (isBA) ba.push(e);
        if (isAB || isBA) both.push(e);
      }
      const base = { dyad: dyadLabel(d), period, bucket };
      rows.push({ ...base, flow: 'a-to-b', direction: `${a}→${b}`, ...tally(ab) });
      rows.push({ ...base, flow: 'b-to-a', direction: `${b}→${a}`, ...tally(ba) });
      rows.push({ ...base, flow: 'combined', direction: `${a}↔${b}`, ...tally(both) });
    }
  }
  return rows;
}
