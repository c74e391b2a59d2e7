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
export function bucketOrder(b: Bucket): string {
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
  let first = o.from !== undefined ? periodOfBound(o.from, o.granularity, 'from') : undefined;
  let last = o.to !== undefined ? periodOfBound(o.to, o.granularity, 'to') : undefined;
  const trackFirst = first === undefined;
  const trackLast = last === undefined;
  for (const e of inDateOrder(events)) {
    if (!inWindow(e, o)) continue;
    const b = bucketOf(e.date, e.precision, o.granularity);
    if (b.kind === 'period') {
      if (trackFirst && (first === undefined || b.key < first)) first = b.key;
      if (trackLast && (last === undefined || b.key > last)) last = b.key;
    }
    const k = bucketOrder(b);
    const entry = byKey.get(k);
    if (entry === undefined) byKey.set(k, { bucket: b, events: [e] });
    else entry.events.push(e);
  }
  if (first !== undefined && last !== undefined) {
    for (const p of periodsBetween(first, last, o.granularity)) {
      if (!byKey.has(p)) byKey.set(p, { bucket: { kind: 'period', key: p }, events: [] });
    }
  }
  return [...byKey.entries()]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([, v]) => ({ period: v.bucket.key, bucket: v.bucket.kind, events: v.events }));
}

const byDateThenId = (a: RelationEvent, b: RelationEvent) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.id - b.id);

/** The events by date then id; events from the store already are, and are not copied. */
function inDateOrder(events: readonly RelationEvent[]): readonly RelationEvent[] {
  for (let i = 1; i < events.length; i++) {
    if (byDateThenId(events[i - 1]!, events[i]!) > 0) return [...events].sort(byDateThenId);
  }
  return events;
}
