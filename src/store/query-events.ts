import type { ExpressionBuilder, SelectQueryBuilder } from 'kysely';
import type { ActorCode } from '../core/actor.js';
import type { EventOrigin, EventStatus, ExtractedEvent, ReviewState } from '../core/event.js';
import type { Span } from '../core/span.js';
import { coarserPrefixes, upperBound } from './date-range.js';
import type { Database, EventRow } from './schema.js';
import type { Store } from './store.js';

export interface EventQuery {
  /** Either direction. */
  readonly dyad?: readonly [ActorCode, ActorCode];
  /** Events of any of these dyads, either direction (what an index over several dyads reads). */
  readonly dyads?: readonly (readonly [ActorCode, ActorCode])[];
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
  /** Only these events (at most a few hundred: each is an SQL parameter). */
  readonly ids?: readonly number[];
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

/** The columns a stored event is made of (not the dedup key, external id or coordinates). */
const EVENT_COLUMNS = [
  'id', 'date', 'date_end', 'precision', 'cameo', 'quad_class', 'goldstein', 'origin', 'source', 'target',
  'source_name', 'target_name', 'status', 'location', 'review_state', 'version', 'created_at', 'updated_at',
] as const;
type StoredEventRow = Pick<EventRow, (typeof EVENT_COLUMNS)[number]>;

/** Above this many events, their sources are selected by repeating the filter rather than by listing ids. */
const ID_LIST_MAX = 500;

/** Events matching every given filter, by date then id; paged in SQL when `limit` or `offset` is given. */
export async function queryEvents(store: Store, q: EventQuery = {}): Promise<StoredEvent[]> {
  const events = await rowsOf(store, q, EVENT_COLUMNS);
  if (events.length === 0) return [];
  const sources = await sourcesOf(store, events.length <= ID_LIST_MAX ? events.map((e) => e.id) : pagedIds(store, q), false);
  return events.map((e) => toStoredEvent(e, sources.get(e.id) ?? []));
}

/** An event as the relations analyses read it: no review, origin or audit fields; sources without rule. */
export interface BriefEvent {
  readonly id: number;
  readonly date: string;
  readonly dateEnd: string | null;
  readonly precision: EventRow['precision'];
  readonly cameo: string;
  readonly quadClass: EventRow['quad_class'];
  readonly goldstein: number;
  readonly source: ActorCode;
  readonly target: ActorCode | null;
  readonly status: EventStatus;
  readonly location: string | null;
  readonly sources: readonly Omit<EventSource, 'rule' | 'extractorVersion'>[];
}

const BRIEF_COLUMNS = ['id', 'date', 'date_end', 'precision', 'cameo', 'quad_class', 'goldstein', 'source', 'target', 'status', 'location'] as const;

/**
 * Like `queryEvents`, with only the fields the relations analyses read: at a
 * million events a busy dyad has tens of thousands, and every column selected
 * is a value made per row.
 */
export async function queryBriefEvents(store: Store, q: EventQuery = {}): Promise<BriefEvent[]> {
  const events = await rowsOf(store, q, BRIEF_COLUMNS);
  if (events.length === 0) return [];
  const sources = await sourcesOf(store, events.length <= ID_LIST_MAX ? events.map((e) => e.id) : pagedIds(store, q), true);
  return events.map((e) => ({
    id: e.id,
    date: e.date,
    dateEnd: e.date_end,
    precision: e.precision,
    cameo: e.cameo,
    quadClass: e.quad_class,
    goldstein: e.goldstein,
    source: e.source,
    target: e.target,
    status: e.status,
    location: e.location,
    sources: sources.get(e.id) ?? [],
  }));
}

/**
 * The rows of the matching events, by date then id. A page is chosen by ids
 * first (the sort reads only the index) and then only its rows are read.
 */
function rowsOf<C extends keyof EventRow & string>(store: Store, q: EventQuery, columns: readonly C[]) {
  const paged = q.limit !== undefined || q.offset !== undefined;
  const query = paged
    ? store.db.selectFrom('events').where('events.id', 'in', pagedIds(store, q))
    : filtered(store, q);
  return query.select(columns).orderBy('events.date').orderBy('events.id').execute();
}

/** How many events match the filters (limit and offset ignored). */
export async function countEvents(store: Store, q: EventQuery = {}): Promise<number> {
  const all = { ...q, limit: undefined, offset: undefined };
  const count = async (query: SelectQueryBuilder<Database, 'events', object>) =>
    Number((await query.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()).n);
  const branches = directions(q);
  if (branches === null) return count(filtered(store, all));
  // Index ranges (see `ranges`), counted without the OR's de-duplication.
  let n = 0;
  for (const [source, target] of branches) {
    for (const range of ranges(store, all, source, target)) n += await count(range);
  }
  return n;
}

type IdsQuery = SelectQueryBuilder<any, any, { id: number }>;

/**
 * Ids of the matching events, by date then id, paged. A dyad's two directions
 * are two index ranges already in date order: each gives at most
 * offset + limit ids, and only those are merged and sorted — not the whole
 * dyad, which at a million events is tens of thousands.
 */
function pagedIds(store: Store, q: EventQuery): IdsQuery {
  const paged = q.limit !== undefined || q.offset !== undefined;
  const page = (query: IdsQuery): IdsQuery => {
    let out = query;
    if (paged) out = out.limit(q.limit ?? 2 ** 31 - 1);
    if (q.offset !== undefined) out = out.offset(q.offset);
    return out;
  };
  const branches = directions(q);
  if (branches === null || !paged) {
    return page(filtered(store, q).select('events.id').orderBy('events.date').orderBy('events.id'));
  }
  const take = q.limit === undefined ? undefined : (q.offset ?? 0) + q.limit;
  const arm = (range: SelectQueryBuilder<Database, 'events', object>) => {
    let ids = range.select(['events.id', 'events.date']).orderBy('events.date').orderBy('events.id');
    if (take !== undefined) ids = ids.limit(take);
    return store.db.selectFrom(ids.as('b')).select(['b.id', 'b.date']);
  };
  const [first, ...rest] = branches.flatMap(([source, target]) => ranges(store, q, source, target)).map(arm);
  const merged = rest.reduce((u, next) => u.unionAll(next), first!);
  return page(store.db.selectFrom(merged.as('u')).select('u.id').orderBy('u.date').orderBy('u.id'));
}

/** A lone `dyad` filter as its directions (one when both actors are the same); null otherwise. */
function directions(q: EventQuery): (readonly [ActorCode, ActorCode])[] | null {
  if (q.dyad === undefined || q.dyads !== undefined) return null;
  const [a, b] = q.dyad;
  return a === b ? [[a, b]] : [[a, b], [b, a]];
}

/**
 * The filters with the dyad as one direction, as index ranges that together
 * hold exactly its events. Without `from`, one. With `from`, two: events
 * dated from P (the year of `from`, its coarsest prefix) on, a range of
 * `events_dyad_tally` (migration 0008; `events_dyad_date` before); and events dated before P that end on or after it,
 * which must have a `date_end` (an event without one ends at its date,
 * before P, so before `from` and none of its prefixes), a range of the
 * partial `events_dyad_span`. `from` itself is still tested on each row.
 */
function ranges(store: Store, q: EventQuery, source: ActorCode, target: ActorCode): SelectQueryBuilder<Database, 'events', object>[] {
  const direction = (query: EventQuery) =>
    filtered(store, { ...query, dyad: undefined }).where('source', '=', source).where('target', '=', target);
  if (q.from === undefined) return [direction(q)];
  const p = coarserPrefixes(q.from)[0] ?? q.from;
  // `coalesce(date, '')` is `date` (never null) but no range of `events_dyad_tally`,
  // so the planner takes the range of `events_dyad_span` on date_end.
  const dateOf = (eb: EventsEb) => eb.fn.coalesce('date', eb.val(''));
  let spanning = direction({ ...q, to: undefined })
    .where('date_end', 'is not', null)
    .where('date_end', '>=', p)
    .where((eb) => eb(dateOf(eb), '<', p));
  if (q.to !== undefined) {
    const to = upperBound(q.to);
    spanning = spanning.where((eb) => eb(dateOf(eb), '<=', to));
  }
  return [direction(q).where('date', '>=', p), spanning];
}

/** `events` with every filter of the query applied (no selection, no order). */
export function filtered(store: Store, q: EventQuery): SelectQueryBuilder<Database, 'events', object> {
  let query = store.db.selectFrom('events');
  if (q.dyad !== undefined) {
    const dyad = q.dyad;
    query = query.where((eb) => eitherWay(eb, [dyad]));
  }
  if (q.dyads !== undefined) {
    const dyads = q.dyads;
    query = query.where((eb) => eitherWay(eb, dyads));
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
  if (q.ids !== undefined) {
    const ids = q.ids;
    query = ids.length === 0 ? query.where((eb) => eb.val(1), '=', 0) : query.where('events.id', 'in', ids);
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
  return query;
}

/** Source and target are the two actors of one of the dyads, either way round (no dyads: nothing matches). */
function eitherWay(eb: EventsEb, dyads: readonly (readonly [ActorCode, ActorCode])[]) {
  return eb.or(
    dyads.flatMap(([a, b]) => [
      eb.and([eb('source', '=', a), eb('target', '=', b)]),
      eb.and([eb('source', '=', b), eb('target', '=', a)]),
    ]),
  );
}

type BriefSource = BriefEvent['sources'][number];

/**
 * Sources of the given events (a list of ids, or the query selecting them) in
 * one query; each event's sources by file name then span (sorted per event
 * here, not in SQL: most events have one source). `brief`: without rule and
 * extractor version.
 */
async function sourcesOf(store: Store, ids: readonly number[] | IdsQuery, brief: true): Promise<Map<number, BriefSource[]>>;
async function sourcesOf(store: Store, ids: readonly number[] | IdsQuery, brief: false): Promise<Map<number, EventSource[]>>;
async function sourcesOf(store: Store, ids: readonly number[] | IdsQuery, brief: boolean): Promise<Map<number, BriefSource[]>> {
  const rows = await store.db
    .selectFrom('event_sources as s')
    .innerJoin('documents as d', 'd.id', 's.document_id')
    .select(['s.event_id', 's.document_id', 'd.file_name', 's.quote', 's.span_start', 's.span_end'])
    .$if(!brief, (qb) => qb.select(['s.rule', 's.extractor_version']))
    .where('s.event_id', 'in', Array.isArray(ids) ? (ids as readonly number[]) : (ids as IdsQuery))
    .execute();
  const byEvent = new Map<number, BriefSource[]>();
  for (const r of rows) {
    const span = { start: r.span_start, end: r.span_end };
    const source: BriefSource = brief
      ? { documentId: r.document_id, fileName: r.file_name, quote: r.quote, span }
      : { documentId: r.document_id, fileName: r.file_name, quote: r.quote, span, rule: r.rule!, extractorVersion: r.extractor_version! } as EventSource;
    const list = byEvent.get(r.event_id);
    if (list === undefined) byEvent.set(r.event_id, [source]);
    else list.push(source);
  }
  for (const list of byEvent.values()) {
    if (list.length > 1) list.sort((x, y) => byCodePoints(x.fileName, y.fileName) || x.span.start - y.span.start || x.span.end - y.span.end);
  }
  return byEvent;
}

/** String order by code points: what SQLite's BINARY collation gives on UTF-8 (JS `<` compares UTF-16 units). */
function byCodePoints(a: string, b: string): number {
  if (a === b) return 0;
  const x = [...a];
  const y = [...b];
  for (let i = 0; i < Math.min(x.length, y.length); i++) {
    const d = x[i]!.codePointAt(0)! - y[i]!.codePointAt(0)!;
    if (d !== 0) return d;
  }
  return x.length - y.length;
}

/** A stored event from its row and its sources: the one place rows become core events. */
export function toStoredEvent(e: StoredEventRow, sources: readonly EventSource[]): StoredEvent {
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
