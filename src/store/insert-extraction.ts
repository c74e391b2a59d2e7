import type { Kysely } from 'kysely';
import type { ExtractedClaim, ExtractedEvent } from '../core/event.js';
import { dedupKey } from './dedup-key.js';
import type { Database, EventRow } from './schema.js';
import { SqliteExtractionWriter } from './sqlite/sqlite-extraction-writer.js';
import { sqliteHandle } from './sqlite/sqlite-handle.js';
import type { StoredMention } from './stored-mention.js';

/** What extraction found in one document. */
export interface ExtractionInput {
  readonly mentions: readonly StoredMention[];
  readonly events: readonly ExtractedEvent[];
  readonly claims: readonly ExtractedClaim[];
  readonly extractorVersion: string;
}

export interface ExtractionCounts {
  /** Event sources stored for this document (one per extracted event). */
  readonly events: number;
  /** How many of those joined an event already stated by another document. */
  readonly merged: number;
  readonly claims: number;
}

const CHUNK = 200;

/**
 * Inserts a document's mentions, events and claims. Must run inside the
 * caller's transaction. An event whose dedup key matches an event that has no
 * source from THIS document yet becomes a new source of it; otherwise a new
 * event. So events of different documents merge, but two same-key events of
 * one document stay two (the extractor already made them distinct).
 *
 * On an SQLite store opened by Sokan the rows are written with prepared
 * statements reused across calls (SqliteExtractionWriter, same rows, same
 * rule); elsewhere through the query builder.
 */
export async function insertExtraction(
  trx: Kysely<Database>,
  documentId: number,
  input: ExtractionInput,
  now: string,
): Promise<ExtractionCounts> {
  const sqlite = sqliteHandle(trx);
  if (sqlite !== undefined) return SqliteExtractionWriter.of(sqlite).insertExtraction(documentId, input, now);
  return insertExtractionPortable(trx, documentId, input, now);
}

/** The query-builder path, for any dialect. */
async function insertExtractionPortable(
  trx: Kysely<Database>,
  documentId: number,
  input: ExtractionInput,
  now: string,
): Promise<ExtractionCounts> {
  for (let i = 0; i < input.mentions.length; i += CHUNK) {
    const rows = input.mentions.slice(i, i + CHUNK).map((m) => ({
      document_id: documentId,
      actor_code: m.code,
      entity_id: m.entityId,
      surface: m.surface,
      span_start: m.span.start,
      span_end: m.span.end,
    }));
    await trx.insertInto('mentions').values(rows).execute();
  }
  let merged = 0;
  for (const event of input.events) {
    const existing = await findMergeTarget(trx, documentId, event);
    const eventId = existing?.id ?? (await insertEvent(trx, event, now));
    if (existing !== undefined) merged++;
    await trx
      .insertInto('event_sources')
      .values({
        event_id: eventId,
        document_id: documentId,
        quote: event.quote,
        span_start: event.span.start,
        span_end: event.span.end,
        rule: event.rule,
        extractor_version: input.extractorVersion,
      })
      .execute();
  }
  for (let i = 0; i < input.claims.length; i += CHUNK) {
    const rows = input.claims.slice(i, i + CHUNK).map((c) => ({
      document_id: documentId,
      subject: c.subject,
      low: c.low,
      high: c.high,
      unit: c.unit,
      claimant: c.claimant,
      claimant_name: c.claimantName,
      date: c.date,
      period: c.period,
      quote: c.quote,
      span_start: c.span.start,
      span_end: c.span.end,
      rule: c.rule,
      extractor_version: input.extractorVersion,
    }));
    await trx.insertInto('claims').values(rows).execute();
  }
  return { events: input.events.length, merged, claims: input.claims.length };
}

/** The best same-key event not yet sourced from this document: same full CAMEO, then same direction, then oldest. */
async function findMergeTarget(
  trx: Kysely<Database>,
  documentId: number,
  event: ExtractedEvent,
): Promise<EventRow | undefined> {
  const candidates = await trx
    .selectFrom('events')
    .selectAll()
    .where('dedup_key', '=', dedupKey(event))
    // The condition of the partial index events_dedup_key (migration 0009): imported events are never merge targets.
    .where('external_id', 'is', null)
    .where(({ not, exists, selectFrom }) =>
      not(
        exists(
          selectFrom('event_sources')
            .select('event_sources.id')
            .whereRef('event_sources.event_id', '=', 'events.id')
            .where('event_sources.document_id', '=', documentId),
        ),
      ),
    )
    .orderBy('id')
    .execute();
  const score = (e: EventRow) =>
    (e.cameo === event.cameo ? 2 : 0) + (e.source === event.source && e.target === event.target ? 1 : 0);
  return candidates.reduce<EventRow | undefined>(
    (best, e) => (best === undefined || score(e) > score(best) ? e : best),
    undefined,
  );
}

async function insertEvent(trx: Kysely<Database>, event: ExtractedEvent, now: string): Promise<number> {
  const row = await trx
    .insertInto('events')
    .values({
      date: event.date,
      date_end: event.dateEnd,
      precision: event.precision,
      cameo: event.cameo,
      quad_class: event.quadClass,
      goldstein: event.goldstein,
      source: event.source,
      target: event.target,
      source_name: event.sourceName,
      target_name: event.targetName,
      status: event.status,
      location: event.location,
      created_at: now,
      updated_at: now,
      dedup_key: dedupKey(event),
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}
