import type { EventStatus, QuadClass, ReviewState } from '../../core/event.js';
import type { Span } from '../../core/span.js';
import type { Store } from '../store.js';
import { findFootnoteMarkers, type FootnoteMarker } from './find-footnote-markers.js';

/** Everything the reader highlights in one document; every span is in the ORIGINAL text. */
export interface DocumentAnnotations {
  readonly documentId: number;
  readonly mentions: readonly { readonly id: number; readonly code: string; readonly entityId: string; readonly surface: string; readonly span: Span }[];
  readonly events: readonly {
    readonly eventId: number;
    readonly date: string;
    readonly cameo: string;
    readonly quadClass: QuadClass;
    readonly source: string;
    readonly target: string | null;
    readonly status: EventStatus;
    readonly reviewState: ReviewState;
    readonly quote: string;
    readonly rule: string;
    readonly span: Span;
  }[];
  readonly claims: readonly {
    readonly id: number;
    readonly subject: string;
    readonly low: number;
    readonly high: number | null;
    readonly unit: string;
    readonly claimant: string | null;
    readonly date: string | null;
    readonly quote: string;
    readonly span: Span;
  }[];
  readonly citations: readonly { readonly marker: string; readonly text: string; readonly url: string | null; readonly span: Span }[];
  readonly footnoteMarkers: readonly FootnoteMarker[];
}

/** The spans of a document's mentions, events, claims and notes; null when there is no such document. */
export async function documentAnnotations(store: Store, documentId: number): Promise<DocumentAnnotations | null> {
  const doc = await store.db.selectFrom('documents').select(['id', 'original_text']).where('id', '=', documentId).executeTakeFirst();
  if (doc === undefined) return null;
  const mentions = await store.db.selectFrom('mentions').selectAll().where('document_id', '=', documentId).orderBy('span_start').execute();
  const events = await store.db
    .selectFrom('event_sources as s')
    .innerJoin('events as e', 'e.id', 's.event_id')
    .select(['e.id', 'e.date', 'e.cameo', 'e.quad_class', 'e.source', 'e.target', 'e.status', 'e.review_state', 's.quote', 's.rule', 's.span_start', 's.span_end'])
    .where('s.document_id', '=', documentId)
    .orderBy('s.span_start')
    .execute();
  const claims = await store.db.selectFrom('claims').selectAll().where('document_id', '=', documentId).orderBy('span_start').execute();
  const citationRows = await store.db.selectFrom('citations').selectAll().where('document_id', '=', documentId).orderBy('span_start').orderBy('id').execute();
  const citations = citationRows.map((c) => ({ marker: c.marker, text: c.text, url: c.url, span: { start: c.span_start, end: c.span_end } }));
  return {
    documentId,
    mentions: mentions.map((m) => ({ id: m.id, code: m.actor_code, entityId: m.entity_id, surface: m.surface, span: { start: m.span_start, end: m.span_end } })),
    events: events.map((e) => ({
      eventId: e.id,
      date: e.date,
      cameo: e.cameo,
      quadClass: e.quad_class,
      source: e.source,
      target: e.target,
      status: e.status,
      reviewState: e.review_state,
      quote: e.quote,
      rule: e.rule,
      span: { start: e.span_start, end: e.span_end },
    })),
    claims: claims.map((c) => ({ id: c.id, subject: c.subject, low: c.low, high: c.high, unit: c.unit, claimant: c.claimant, date: c.date, quote: c.quote, span: { start: c.span_start, end: c.span_end } })),
    citations,
    footnoteMarkers: findFootnoteMarkers(doc.original_text, citations),
  };
}
