import { dyadIndex, type IndexOf, type IndexRow } from './relationship-index.js';
import type { BucketOptions } from './bucket-events.js';
import type { Bucket } from './period.js';
import { dyadLabel, type Dyad, type RelationEvent } from './relation-event.js';
import { tidy } from './event-tally.js';

/**
 * The 'temperature difference' of a dyad in one period: how warmly A treats B
 * (mean Goldstein of A→B events) minus how warmly B treats A.
 */
export interface AsymmetryRow {
  readonly dyad: string;
  /** A period key, or `all` for the whole window. */
  readonly period: string;
  readonly bucket: Bucket['kind'] | 'total';
  readonly countAB: number;
  readonly countBA: number;
  readonly meanAB: number | null;
  readonly meanBA: number | null;
  /** meanAB − meanBA; null unless both directions have events (an absent side is not a cold one). */
  readonly difference: number | null;
  /** sum(A→B) − sum(B→A): volume as well as tone. */
  readonly sumDifference: number;
  readonly eventIdsAB: readonly number[];
  readonly eventIdsBA: readonly number[];
}

function row(dyad: string, period: string, bucket: AsymmetryRow['bucket'], ab: IndexRow, ba: IndexRow): AsymmetryRow {
  return {
    dyad,
    period,
    bucket,
    countAB: ab.count,
    countBA: ba.count,
    meanAB: ab.goldsteinMean,
    meanBA: ba.goldsteinMean,
    difference: ab.goldsteinMean === null || ba.goldsteinMean === null ? null : tidy(ab.goldsteinMean - ba.goldsteinMean),
    sumDifference: tidy(ab.goldsteinSum - ba.goldsteinSum),
    eventIdsAB: ab.eventIds,
    eventIdsBA: ba.eventIds,
  };
}

/** Asymmetry per period, then one `all` row over every period of the window. */
export function asymmetry(events: readonly RelationEvent[], dyad: Dyad, o: BucketOptions): AsymmetryRow[] {
  return asymmetryOf((dyads, opts) => dyadIndex(events, dyads, opts), dyad, o);
}

/** `asymmetry` from an index of the dyad (by `o.granularity`, and by year for the `all` row). */
export function asymmetryOf(indexOf: IndexOf, dyad: Dyad, o: BucketOptions): AsymmetryRow[] {
  const label = dyadLabel(dyad);
  const index = indexOf([dyad], o);
  const out: AsymmetryRow[] = [];
  for (let i = 0; i + 1 < index.length; i += 3) {
    const ab = index[i]!;
    out.push(row(label, ab.period, ab.bucket, ab, index[i + 1]!));
  }
  const total = indexOf([dyad], { ...o, granularity: 'year' });
  const sumUp = (flow: IndexRow['flow']): IndexRow => {
    const rows = total.filter((r) => r.flow === flow);
    const ids = rows.flatMap((r) => r.eventIds);
    const sum = tidy(rows.reduce((s, r) => s + r.goldsteinSum, 0));
    return { ...rows[0]!, count: ids.length, goldsteinSum: sum, goldsteinMean: ids.length ? tidy(sum / ids.length) : null, eventIds: ids };
  };
  if (total.length > 0) out.push(row(label, 'all', 'total', sumUp('a-to-b'), sumUp('b-to-a')));
  return out;
}
