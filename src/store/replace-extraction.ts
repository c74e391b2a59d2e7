import { err, ok, type Result } from '../core/result.js';
import { insertExtraction, type ExtractionCounts, type ExtractionInput } from './insert-extraction.js';
import { dedupKey } from './dedup-key.js';
import { lockDedupKeys } from './postgres/advisory-locks.js';
import type { Store } from './store.js';

export interface ReplaceExtractionResult extends ExtractionCounts {
  /** Events deleted because this document was their only source. */
  readonly removedEvents: number;
}

export type ReplaceExtractionError = { readonly kind: 'document-not-found'; readonly documentId: number };

/**
 * Re-extraction of a stored document, in one transaction: deletes its event
 * sources, claims and mentions (except the sources of events an analyst
 * reviewed or added, which stay as they are), deletes the events it was the
 * only source of,
 * then stores the new extraction (merging with other documents' events as
 * `saveDocument` does) and records the extractor version.
 */
export async function replaceExtraction(
  store: Store,
  documentId: number,
  input: ExtractionInput,
): Promise<Result<ReplaceExtractionResult, ReplaceExtractionError>> {
  const now = new Date().toISOString();
  return store.db.transaction().execute(async (trx) => {
    const updated = await trx
      .updateTable('documents')
      .set({ extractor_version: input.extractorVersion })
      .where('id', '=', documentId)
      .executeTakeFirst();
    if (updated.numUpdatedRows === 0n) return err({ kind: 'document-not-found', documentId });

    const linked = await trx
      .selectFrom('event_sources as s')
      .innerJoin('events as e', 'e.id', 's.event_id')
      .select(['s.event_id', 'e.review_state', 'e.origin', 'e.dedup_key'])
      .distinct()
      .where('s.document_id', '=', documentId)
      .execute();
    // An analyst's work is never undone by re-extraction: events they reviewed
    // or added keep this document as a source, and the new extraction does not
    // add them again.
    const kept = linked.filter((r) => r.review_state !== 'unreviewed' || r.origin === 'manual');
    const keptIds = kept.map((r) => r.event_id);
    const keptKeys = new Set(kept.map((r) => r.dedup_key));
    let dropSources = trx.deleteFrom('event_sources').where('document_id', '=', documentId);
    if (keptIds.length > 0) dropSources = dropSources.where('event_id', 'not in', keptIds);
    await dropSources.execute();
    await trx.deleteFrom('claims').where('document_id', '=', documentId).execute();
    await trx.deleteFrom('mentions').where('document_id', '=', documentId).execute();

    let removedEvents = 0;
    const ids = linked.filter((r) => !keptIds.includes(r.event_id)).map((r) => r.event_id);
    for (let i = 0; i < ids.length; i += 200) {
      const removed = await trx
        .deleteFrom('events')
        .where('id', 'in', ids.slice(i, i + 200))
        .where(({ not, exists, selectFrom }) =>
          not(exists(selectFrom('event_sources').select('id').whereRef('event_sources.event_id', '=', 'events.id'))),
        )
        .executeTakeFirst();
      removedEvents += Number(removed.numDeletedRows);
    }
    const fresh = { ...input, events: input.events.filter((e) => !keptKeys.has(dedupKey(e))) };
    await lockDedupKeys(trx, fresh.events.map(dedupKey)); // PostgreSQL: merge with concurrent writers (advisory-locks.ts)
    const counts = await insertExtraction(trx, documentId, fresh, now);
    return ok({ ...counts, removedEvents });
  });
}
