import type { BucketOptions } from './bucket-events.js';
import { dyadIndex, type IndexOf } from './relationship-index.js';
import type { Bucket } from './period.js';
import type { Dyad, RelationEvent } from './relation-event.js';
import type { EventTally } from './event-tally.js';

export interface ComparisonRow extends EventTally {
  readonly period: string;
  readonly bucket: Bucket['kind'];
  readonly dyad: string;
}

/**
 * Several dyads on one period axis, both directions combined: one row per
 * period and dyad (dyads in the order given), so RUS–PRK, CHN–PRK and CHN–RUS
 * can be read side by side.
 */
export function compareDyads(events: readonly RelationEvent[], dyads: readonly Dyad[], o: BucketOptions): ComparisonRow[] {
  return compareDyadsOf((ds, opts) => dyadIndex(events, ds, opts), dyads, o);
}

/** `compareDyads` from an index of the dyads. */
export function compareDyadsOf(indexOf: IndexOf, dyads: readonly Dyad[], o: BucketOptions): ComparisonRow[] {
  const combined = indexOf(dyads, o).filter((r) => r.flow === 'combined');
  const perDyad = combined.length / Math.max(1, dyads.length);
  const out: ComparisonRow[] = [];
  for (let p = 0; p < perDyad; p++) {
    for (let d = 0; d < dyads.length; d++) {
      const { flow: _flow, direction: _direction, ...row } = combined[d * perDyad + p]!;
      out.push(row);
    }
  }
  return out;
}
