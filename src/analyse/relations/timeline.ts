import type { ActorCode } from '../../core/actor.js';
import type { EventStatus, QuadClass } from '../../core/event.js';
import { inWindow, type DateWindow } from './date-window.js';
import type { Dyad, RelationEvent, RelationSource } from './relation-event.js';

export interface TimelineFilters extends DateWindow {
  /** Either direction. */
  readonly dyad?: Dyad | undefined;
  /** As source or target. */
  readonly actor?: ActorCode | undefined;
  /** CAMEO code prefix. */
  readonly cameo?: string | undefined;
  readonly status?: EventStatus | undefined;
}

export interface TimelineEntry {
  readonly id: number;
  readonly date: string;
  readonly dateEnd: string | null;
  readonly cameo: string;
  readonly quadClass: QuadClass;
  readonly goldstein: number;
  readonly source: ActorCode;
  readonly target: ActorCode | null;
  readonly status: EventStatus;
  readonly location: string | null;
  readonly sources: readonly RelationSource[];
}

export interface Timeline {
  /** Events matching the filters, before paging. */
  readonly total: number;
  readonly offset: number;
  readonly items: readonly TimelineEntry[];
}

export function matchesFilters(e: RelationEvent, f: TimelineFilters): boolean {
  if (f.dyad) {
    const [a, b] = f.dyad;
    if (!((e.source === a && e.target === b) || (e.source === b && e.target === a))) return false;
  }
  if (f.actor !== undefined && e.source !== f.actor && e.target !== f.actor) return false;
  if (f.cameo !== undefined && !e.cameo.startsWith(f.cameo)) return false;
  if (f.status !== undefined && e.status !== f.status) return false;
  return inWindow(e, f);
}

/**
 * Events in date order (a coarse date `2023` before `2023-01-05`; ties by id),
 * filtered, then paged; each with every source that states it.
 */
export function timeline(events: readonly RelationEvent[], f: TimelineFilters, page: { readonly limit?: number | undefined; readonly offset?: number | undefined } = {}): Timeline {
  const matching = events
    .filter((e) => matchesFilters(e, f))
    .sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.id - b.id));
  const offset = page.offset ?? 0;
  return timelinePage(matching.slice(offset, page.limit === undefined ? undefined : offset + page.limit), matching.length, offset);
}

/**
 * A timeline from one page of events already filtered, ordered and paged (by
 * the store, for large stores), with the total before paging; same shape as `timeline`.
 */
export function timelinePage(items: readonly RelationEvent[], total: number, offset: number): Timeline {
  return {
    total,
    offset,
    items: items.map((e) => ({
      id: e.id,
      date: e.date,
      dateEnd: e.dateEnd,
      cameo: e.cameo,
      quadClass: e.quadClass,
      goldstein: e.goldstein,
      source: e.source,
      target: e.target,
      status: e.status,
      location: e.location,
      sources: e.sources.map((s) => ({ documentId: s.documentId, fileName: s.fileName, quote: s.quote, span: s.span })),
    })),
  };
}
