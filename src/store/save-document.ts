import type { IngestedDocument } from '../core/document.js';
import { insertExtraction, type ExtractionInput } from './insert-extraction.js';
import { encodeOffsets } from './offset-table.js';
import type { Store } from './store.js';

export interface SaveDocumentInput extends ExtractionInput {
  readonly doc: IngestedDocument;
  /** Normalised offset → original offset, length normalisedText.length + 1 (see offset-table.ts). */
  readonly offsetsArray: Int32Array;
}

export interface SaveDocumentResult {
  /** `duplicate`: a document with the same content hash was already stored; nothing changed. */
  readonly status: 'stored' | 'duplicate';
  readonly documentId: number;
  /** Event sources stored by this call (0 for a duplicate). */
  readonly events: number;
  /** How many of those joined an event already stated by another document. */
  readonly merged: number;
  /** Claims stored by this call (0 for a duplicate). */
  readonly claims: number;
}

/**
 * Stores a document with its citations, full-text index entry, mentions,
 * events and claims in ONE transaction: either all of it is stored or none.
 * Idempotent on the content hash. Invalid input (an offset table of the wrong
 * length, a span with end < start) is a bug in the caller and throws.
 */
export async function saveDocument(store: Store, input: SaveDocumentInput): Promise<SaveDocumentResult> {
  const { doc, offsetsArray } = input;
  if (offsetsArray.length !== doc.normalisedText.length + 1) {
    throw new RangeError(
      `offset table of ${doc.fileName} has ${offsetsArray.length} entries; expected normalised length + 1 = ${
        doc.normalisedText.length + 1
      }`,
    );
  }
  const now = new Date().toISOString();
  return store.db.transaction().execute(async (trx) => {
    const inserted = await trx
      .insertInto('documents')
      .values({
        content_hash: doc.contentHash,
        source_path: doc.sourcePath,
        file_name: doc.fileName,
        format: doc.format,
        encoding: doc.encoding,
        title: doc.title,
        author: doc.author,
        publisher: doc.publisher,
        published_date: doc.publishedDate,
        language: doc.language,
        original_text: doc.originalText,
        normalised_text: doc.normalisedText,
        offsets: encodeOffsets(offsetsArray),
        ingested_at: now,
        extractor_version: input.extractorVersion,
      })
      .onConflict((oc) => oc.column('content_hash').doNothing())
      .returning('id')
      .executeTakeFirst();
    if (inserted === undefined) {
      const existing = await trx
        .selectFrom('documents')
        .select('id')
        .where('content_hash', '=', doc.contentHash)
        .executeTakeFirstOrThrow();
      return { status: 'duplicate', documentId: existing.id, events: 0, merged: 0, claims: 0 };
    }
    const documentId = inserted.id;
    if (doc.citations.length > 0) {
      await trx
        .insertInto('citations')
        .values(
          doc.citations.map((c) => ({
            document_id: documentId,
            marker: c.marker,
            text: c.text,
            url: c.url,
            access_date: c.accessDate,
            publisher: c.publisher,
            span_start: c.span.start,
            span_end: c.span.end,
          })),
        )
        .execute();
    }
    await store.textIndex.add(trx, documentId, doc.normalisedText);
    const counts = await insertExtraction(trx, documentId, input, now);
    return { status: 'stored', documentId, ...counts };
  });
}
