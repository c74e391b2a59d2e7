import type { IngestedDocument } from '../core/document.js';
import { insertExtraction, type ExtractionInput } from './insert-extraction.js';
import { dedupKey } from './dedup-key.js';
import { encodeOffsets } from './offset-table.js';
import { lockDedupKeys } from './postgres/advisory-locks.js';
import { SqliteExtractionWriter } from './sqlite/sqlite-extraction-writer.js';
import { sqliteHandle } from './sqlite/sqlite-handle.js';
import { sqliteTextIndex } from './sqlite/sqlite-text-index.js';
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
 * On an SQLite store the rows go through SqliteExtractionWriter's prepared
 * statements (the same rows as the query-builder path below).
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
  const sqlite = sqliteHandle(store.db);
  if (sqlite !== undefined && store.textIndex === sqliteTextIndex) {
    const writer = SqliteExtractionWriter.of(sqlite);
    // The query builder's transaction holds the one connection; the writer's statements run inside it.
    return store.db.transaction().execute(async () => saveWithWriter(writer, input, now));
  }
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
    await lockDedupKeys(trx, input.events.map(dedupKey)); // PostgreSQL: merge with concurrent writers (advisory-locks.ts)
    const counts = await insertExtraction(trx, documentId, input, now);
    return { status: 'stored', documentId, ...counts };
  });
}

/** saveDocument's rows through the SQLite fast path (same rows, same order). */
export function saveWithWriter(writer: SqliteExtractionWriter, input: SaveDocumentInput, now: string): SaveDocumentResult {
  const { doc } = input;
  const documentId = writer.insertDocument({
    contentHash: doc.contentHash,
    sourcePath: doc.sourcePath,
    fileName: doc.fileName,
    format: doc.format,
    encoding: doc.encoding,
    title: doc.title,
    author: doc.author,
    publisher: doc.publisher,
    publishedDate: doc.publishedDate,
    language: doc.language,
    originalText: doc.originalText,
    normalisedText: doc.normalisedText,
    offsets: encodeOffsets(input.offsetsArray),
    ingestedAt: now,
    extractorVersion: input.extractorVersion,
  });
  if (documentId === undefined) {
    return { status: 'duplicate', documentId: writer.documentIdByHash(doc.contentHash), events: 0, merged: 0, claims: 0 };
  }
  writer.insertCitations(documentId, doc.citations);
  writer.indexText(documentId, doc.normalisedText);
  const counts = writer.insertExtraction(documentId, input, now);
  return { status: 'stored', documentId, ...counts };
}
