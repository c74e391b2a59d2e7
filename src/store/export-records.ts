import type { EventStatus } from '../core/event.js';
import type { Store } from './store.js';

/** One line of `*.events.jsonl`, exactly as /work/shared/gold/SPEC.md defines it (key order included). */
export interface EventRecord {
  readonly doc: string;
  readonly date: string;
  readonly date_end: string | null;
  readonly cameo: string;
  readonly source: string;
  readonly target: string | null;
  readonly source_name: string | null;
  readonly target_name: string | null;
  readonly status: EventStatus;
  readonly location: string | null;
  readonly quote: string;
}

/** One line of `*.claims.jsonl`, exactly as SPEC.md defines it. */
export interface ClaimRecord {
  readonly doc: string;
  readonly subject: string;
  readonly low: number;
  readonly high: number | null;
  readonly unit: string;
  readonly claimant: string | null;
  readonly claimant_name: string | null;
  readonly date: string | null;
  readonly period: string | null;
  readonly quote: string;
}

/**
 * One record per (event, source document) — the gold format is per document —
 * ordered by doc then position in the document. Events an analyst rejected are
 * left out.
 */
export async function exportEventRecords(store: Store): Promise<EventRecord[]> {
  const rows = await store.db
    .selectFrom('event_sources as s')
    .innerJoin('events as e', 'e.id', 's.event_id')
    .innerJoin('documents as d', 'd.id', 's.document_id')
    .select(['d.file_name', 'e.date', 'e.date_end', 'e.cameo', 'e.source', 'e.target'])
    .select(['e.source_name', 'e.target_name', 'e.status', 'e.location', 's.quote'])
    .where('e.review_state', '!=', 'rejected')
    .orderBy('d.file_name')
    .orderBy('s.span_start')
    .orderBy('s.id')
    .execute();
  return rows.map((r) => ({
    doc: r.file_name,
    date: r.date,
    date_end: r.date_end,
    cameo: r.cameo,
    source: r.source,
    target: r.target,
    source_name: r.source_name,
    target_name: r.target_name,
    status: r.status,
    location: r.location,
    quote: r.quote,
  }));
}

/** Every claim, ordered by doc then position in the document. */
export async function exportClaimRecords(store: Store): Promise<ClaimRecord[]> {
  const rows = await store.db
    .selectFrom('claims as c')
    .innerJoin('documents as d', 'd.id', 'c.document_id')
    .select(['d.file_name', 'c.subject', 'c.low', 'c.high', 'c.unit', 'c.claimant', 'c.claimant_name'])
    .select(['c.date', 'c.period', 'c.quote'])
    .orderBy('d.file_name')
    .orderBy('c.span_start')
    .orderBy('c.id')
    .execute();
  return rows.map((r) => ({
    doc: r.file_name,
    subject: r.subject,
    low: r.low,
    high: r.high,
    unit: r.unit,
    claimant: r.claimant,
    claimant_name: r.claimant_name,
    date: r.date,
    period: r.period,
    quote: r.quote,
  }));
}
