import type { Kysely } from 'kysely';
import { toStoredEvent, type EventSource, type StoredEvent } from '../query-events.js';
import type { Database } from '../schema.js';

/** One event with its sources, read inside a transaction or from the store's db; null when absent. */
export async function readEvent(db: Kysely<Database>, id: number): Promise<StoredEvent | null> {
  const row = await db.selectFrom('events').selectAll().where('id', '=', id).executeTakeFirst();
  if (row === undefined) return null;
  const sources = await db
    .selectFrom('event_sources as s')
    .innerJoin('documents as d', 'd.id', 's.document_id')
    .select(['s.document_id', 'd.file_name', 's.quote', 's.span_start', 's.span_end', 's.rule', 's.extractor_version'])
    .where('s.event_id', '=', id)
    .orderBy('d.file_name')
    .orderBy('s.span_start')
    .execute();
  return toStoredEvent(
    row,
    sources.map(
      (s): EventSource => ({
        documentId: s.document_id,
        fileName: s.file_name,
        quote: s.quote,
        span: { start: s.span_start, end: s.span_end },
        rule: s.rule,
        extractorVersion: s.extractor_version,
      }),
    ),
  );
}

