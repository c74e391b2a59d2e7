import { err, ok, type Result } from '../core/result.js';
import { insertExtraction, type ExtractionCounts, type ExtractionInput } from './insert-extraction.js';
import type { Store } from './store.js';

export interface ReplaceExtractionResult extends ExtractionCounts {
  /** Events deleted because this document was their only source. */
  readonly removedEvents: number;
}

export type ReplaceExtractionError = { readonly kind: 'document-not-found'; readonly documentId: number };

/**
 * Re-extraction of a stored document, in one transaction: deletes its event
 * sources, claims and mentions, deletes the events it was the only source of,
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
      .selectFrom('event_sources')
      .select('event_id')
      .distinct()
      .where('document_id', '=', documentId)
      .execute();
    await trx.deleteFrom('event_sources').where('document_id', '=', documentId).execute();
    await trx.deleteFrom('claims').where('document_id', '=', documentId).execute();
    await trx.deleteFrom('mentions').where('document_id', '=', documentId).execute();

    let removedEvents = 0;
    const ids = linked.map((r) => r.event_id);
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
    const counts = await insertExtraction(trx, documentId, input, now);
    return ok({ ...counts, removedEvents });
  });
}
