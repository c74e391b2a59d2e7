import {
  indexDyads,
  indexReport,
  leadLag,
  timelinePage,
  type IndexReport,
  type IndexRequest,
  type LeadLagRequest,
  type Timeline,
} from '../analyse/relations/index.js';
import { countEvents, queryBriefEvents, type EventQuery } from '../store/query-events.js';
import type { Store } from '../store/store.js';

/**
 * The relations analyses over a store, as the HTTP API and the CLI run them:
 * each reads only the events it can use (the dyads asked for, one page of a
 * timeline), so they stay fast on a store of a million events. The results
 * are those of the pure analyses over every event of the window.
 */

/** The relationship index report (index, asymmetry, comparison, evidence) of the request's dyads. */
export async function queryIndexReport(store: Store, req: IndexRequest): Promise<IndexReport> {
  return indexReport(await queryBriefEvents(store, { from: req.from, to: req.to, dyads: indexDyads(req) }), req);
}

/** Lead–lag of two dyads: reads the events of those two. */
export async function queryLeadLag(store: Store, req: LeadLagRequest): Promise<ReturnType<typeof leadLag>> {
  return leadLag(await queryBriefEvents(store, { from: req.from, to: req.to, dyads: [req.x, req.y] }), req.x, req.y, req);
}

/** One page of the timeline, filtered, ordered and paged in the store, with the total count. */
export async function queryTimeline(store: Store, q: EventQuery): Promise<Timeline> {
  const { limit, offset, ...filters } = q;
  const [items, total] = await Promise.all([queryBriefEvents(store, q), countEvents(store, filters)]);
  return timelinePage(items, total, offset ?? 0);
}
