import { inWindow, type DateWindow } from './date-window.js';
import { bucketOf, periodOfBound, periodsBetween, type Bucket, type Granularity } from './period.js';
import type { RelationEvent } from './relation-event.js';

export interface BucketOptions extends DateWindow {
  readonly granularity: Granularity;
}

/** One bucket of a series with the events that fall in it. */
export interface BucketedEvents {
  readonly period: string;
  readonly bucket: Bucket['kind'];
  readonly events: readonly RelationEvent[];
}

/** Sort key: the undated-within-year bucket of a year comes after that year's periods. */
function order(b: Bucket): string {
  return b.kind === 'period' ? b.key : `${b.key}-~`;
}

/**
 * Puts events in window into buckets by their start date. Every period from
 * the window's first to its last (or, for an open end, the events' first or
 * last period) is present, empty or not, so series line up; undated-within-year
 * buckets appear only for years that have such events.
 */
export function bucketEvents(events: readonly RelationEvent[], o: BucketOptions): BucketedEvents[] {
  const byKey = new Map<string, { bucket: Bucket; events: RelationEvent[] }>();
  const dated: string[] = [];
  for (const e of [...events].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.id - b.id))) {
    if (!inWindow(e, o)) continue;
    const b = bucketOf(e.date, e.precision, o.granularity);
    if (b.kind === 'period') dated.push(b.key);
    const k = order(b);
    const entry = byKey.get(k) ?? { bucket: b, events: [] };
    entry.events.push(e);
    byKey.set(k, entry);
  }
  const sortedDated = [...dated].sort();
  const first = o.from !== undefined ? periodOfBound(o.from, o.granularity, 'from') : sortedDated[0];
  const last = o.to !== undefined ? periodOfBound(o.to, o.granularity, 'to') : sortedDated.at(-1);
  if (first !== undefined && last !== undefined) {
    for (const p of periodsBetween(first, last, o.granularity)) {
      if (!byKey.has(p)) byKey.set(p, { bucket: { kind: 'period', key: p }, events: [] });
    }
  }
  return [...byKey.entries()]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([, v]) => ({ period: v.bucket.key, bucket: v.bucket.kind, events: v.events }));
}
