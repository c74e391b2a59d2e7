import {
  dyadIndexFromCells,
  dyadLabel,
  evidenceFor,
  indexDyads,
  indexReport,
  indexTables,
  leadLag,
  timelinePage,
  yearCells,
  type Evidence,
  type IndexReport,
  type IndexRow,
  type IndexRequest,
  type LeadLagRequest,
  type Timeline,
} from '../analyse/relations/index.js';
import { countEvents, queryBriefEvents, type BriefEvent, type EventQuery } from '../store/query-events.js';
import { queryIndexCells } from '../store/query-index-cells.js';
import type { Store } from '../store/store.js';

/**
 * The relations analyses over a store, as the HTTP API and the CLI run them:
 * each reads only the events it can use (the dyads asked for, one page of a
 * timeline), so they stay fast on a store of a million events. The results
 * are those of the pure analyses over every event of the window.
 */

export interface IndexReportOptions {
  /**
   * With `evidence`: every event behind the report's ids, with its sources
   * (reads every event of the dyads). Without (the default): the tables only,
   * added up in SQL; `queryEvidence` gives the evidence of one cell's ids.
   */
  readonly evidence?: boolean;
}

/** The relationship index report (index, asymmetry, comparison, and on request evidence) of the request's dyads. */
export async function queryIndexReport(store: Store, req: IndexRequest, o: IndexReportOptions = {}): Promise<IndexReport> {
  const window = { from: req.from, to: req.to };
  if (o.evidence === true) return indexReport(await queryBriefEvents(store, { ...window, dyads: indexDyads(req) }), req);
  const cells = await queryIndexCells(store, { ...window, dyads: indexDyads(req), granularity: req.granularity });
  const years = req.granularity === 'year' ? cells : yearCells(cells, req.granularity);
  // The index of one dyad is asked for again by its asymmetry: made once.
  const made = new Map<string, IndexRow[]>();
  return indexTables((dyads, opts) => {
    const key = `${opts.granularity} ${dyads.map(dyadLabel).join(' ')}`;
    const rows = made.get(key) ?? dyadIndexFromCells(opts.granularity === req.granularity ? cells : years, dyads, opts);
    made.set(key, rows);
    return rows;
  }, req);
}

/** Ids per SQL query when reading evidence. */
const EVIDENCE_CHUNK = 500;

/** The evidence of the given event ids (by id, unknown ids left out): what one cell of an index stands for. */
export async function queryEvidence(store: Store, ids: readonly number[]): Promise<Evidence[]> {
  const unique = [...new Set(ids)];
  const events: BriefEvent[] = [];
  for (let i = 0; i < unique.length; i += EVIDENCE_CHUNK) {
    events.push(...(await queryBriefEvents(store, { ids: unique.slice(i, i + EVIDENCE_CHUNK) })));
  }
  return evidenceFor(events, unique);
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
