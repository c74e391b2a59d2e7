import type { ExpressionBuilder } from 'kysely';
import type { ActorCode } from '../core/actor.js';
import type { EventOrigin, EventStatus, ExtractedEvent, ReviewState } from '../core/event.js';
import type { Span } from '../core/span.js';
import { coarserPrefixes, upperBound } from './date-range.js';
import type { Database, EventRow } from './schema.js';
import type { Store } from './store.js';

export interface EventQuery {
  /** Either direction. */
  readonly dyad?: readonly [ActorCode, ActorCode];
  /** As source or target. */
  readonly actor?: ActorCode;
  /** ISO partial dates, inclusive, overlap semantics (see date-range.ts). */
  readonly from?: string;
  readonly to?: string;
  /** CAMEO code prefix: `04`, `042`. */
  readonly cameo?: string;
  readonly status?: EventStatus;
  readonly reviewState?: ReviewState;
  /** Only events stated by this document. */
  readonly documentId?: number;
  readonly limit?: number;
  readonly offset?: number;
}

export interface EventSource {
  readonly documentId: number;
  readonly fileName: string;
  readonly quote: string;
  /** In the document's original text. */
  readonly span: Span;
  readonly rule: string;
  readonly extractorVersion: string;
}

/** A canonical event with every document that states it. */
export interface StoredEvent extends Omit<ExtractedEvent, 'quote' | 'span' | 'rule'> {
  readonly id: number;
  readonly reviewState: ReviewState;
  /** extracted from documents, imported (gdelt1, gdelt2, icews) or added by hand (manual). */
  readonly origin: EventOrigin;
  readonly version: number;
  readonly createdAt: string;
  readonly updatedAt: string;
  readonly sources: readonly EventSource[];
}

type EventsEb = ExpressionBuilder<Database, 'events'>;

/** Events matching every given filter, by date then id. */
export async function queryEvents(store: Store, q: EventQuery = {}): Promise<StoredEvent[]> {
  let query = store.db.selectFrom('events').selectAll().orderBy('date').orderBy('id');
  if (q.dyad !== undefined) {
    const [a, b] = q.dyad;
    query = query.where((eb) =>
      eb.or([
        eb.and([eb('source', '=', a), eb('target', '=', b)]),
        eb.and([eb('source', '=', b), eb('target', '=', a)]),
      ]),
    );
  }
  if (q.actor !== undefined) {
    const actor = q.actor;
    query = query.where((eb) => eb.or([eb('source', '=', actor), eb('target', '=', actor)]));
  }
  if (q.from !== undefined) {
    const from = q.from;
    const end = (eb: EventsEb) => eb.fn.coalesce('date_end', 'date');
    const prefixes = coarserPrefixes(from);
    query = query.where((eb) =>
      eb.or([eb(end(eb), '>=', from), ...(prefixes.length > 0 ? [eb(end(eb), 'in', prefixes)] : [])]),
    );
  }
  if (q.to !== undefined) query = query.where('date', '<=', upperBound(q.to));
  if (q.cameo !== undefined) {
    const prefix = q.cameo;
    query = query.where((eb) => eb(eb.fn('substr', ['cameo', eb.val(1), eb.val(prefix.length)]), '=', prefix));
  }
  if (q.status !== undefined) query = query.where('status', '=', q.status);
  if (q.reviewState !== undefined) query = query.where('review_state', '=', q.reviewState);
  if (q.documentId !== undefined) {
    const documentId = q.documentId;
    query = query.where(({ exists, selectFrom }) =>
      exists(
        selectFrom('event_sources')
          .select('event_sources.id')
          .whereRef('event_sources.event_id', '=', 'events.id')
          .where('event_sources.document_id', '=', documentId),
      ),
    );
  }
  if (q.limit !== undefined || q.offset !== undefined) query = query.limit(q.limit ?? 2 ** 31 - 1);
  if (q.offset !== undefined) query = query.offset(q.offset);
  const events = await query.execute();
  const sources = await sourcesOf(store, events.map((e) => e.id));
  return events.map((e) => toStoredEvent(e, sources.get(e.id) ?? []));
}

async function sourcesOf(store: Store, eventIds: readonly number[]): Promise<Map<number, EventSource[]>> {
  const byEvent = new Map<number, EventSource[]>();
  for (let i = 0; i < eventIds.length; i += 200) {
    const rows = await store.db
      .selectFrom('event_sources as s')
      .innerJoin('documents as d', 'd.id', 's.document_id')
      .select(['s.event_id', 's.document_id', 'd.file_name', 's.quote', 's.span_start', 's.span_end', 's.rule'])
      .select('s.extractor_version')
      .where('s.event_id', 'in', eventIds.slice(i, i + 200))
      .orderBy('d.file_name')
      .orderBy('s.span_start')
      .execute();
    for (const r of rows) {
      const list = byEvent.get(r.event_id) ?? [];
      list.push({
        documentId: r.document_id,
        fileName: r.file_name,
        quote: r.quote,
        span: { start: r.span_start, end: r.span_end },
        rule: r.rule,
        extractorVersion: r.extractor_version,
      });
      byEvent.set(r.event_id, list);
    }
  }
  return byEvent;
}

/** A stored event from its row and its sources: the one place rows become core events. */
export function toStoredEvent(e: EventRow, sources: readonly EventSource[]): StoredEvent {
  return {
    id: e.id,
    date: e.date,
    dateEnd: e.date_end,
    precision: e.precision,
    cameo: e.cameo,
    quadClass: e.quad_class,
    goldstein: e.goldstein,
    origin: e.origin,
    source: e.source,
    target: e.target,
    sourceName: e.source_name,
    targetName: e.target_name,
    status: e.status,
    location: e.location,
    reviewState: e.review_state,
    version: e.version,
    createdAt: e.created_at,
    updatedAt: e.updated_at,
    sources,
  };
}
