/** Cell builders and event citations shared by the section builders. Pure. */
import type { FootnoteRegistry } from './footnote-registry.js';
import type { ReportInputEvent } from './report-input.js';
import type { Cell } from './report-model.js';

export const text = (t: string | number | null | undefined, cites: readonly number[] = []): Cell => ({ text: t === null || t === undefined ? '' : String(t), cites, numeric: false });

/** A number, rounded to two decimals; empty when null. */
export const num = (v: number | null | undefined, cites: readonly number[] = []): Cell => ({
  text: v === null || v === undefined ? '' : String(Math.round(v * 100) / 100),
  cites,
  numeric: true,
});

/** Cites every source of the events with these ids. */
export type EventCiter = (ids: readonly number[]) => number[];

/**
 * Cites the events' sources in a fixed order whatever order the ids or the
 * events come in: events by date then id, sources by document then position.
 */
export function eventCiter(registry: FootnoteRegistry, events: readonly ReportInputEvent[]): EventCiter {
  const byId = new Map(events.map((e) => [e.id, e]));
  return (ids) =>
    registry.cite(
      ids
        .flatMap((id) => byId.get(id) ?? [])
        .sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.id - b.id))
        .flatMap((e) => [...e.sources].sort((s, t) => s.fileName.localeCompare(t.fileName) || s.documentId - t.documentId || s.span.start - t.span.start || s.span.end - t.span.end)),
    );
}

/** `2023 (undated)` for a year-only event in a month or quarter view. */
export const periodText = (period: string, bucket: string): string => (bucket === 'undated-within-year' ? `${period} (年のみ / year only)` : period);
