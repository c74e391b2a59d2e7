import type { Citation, IngestedDocument } from '../core/document.js';
import { OffsetTable } from './offset-table.js';
import type { Store } from './store.js';

/** A stored document: what ingest produced, with its id and provenance. */
export interface StoredDocument extends IngestedDocument {
  readonly id: number;
  readonly offsets: OffsetTable;
  readonly ingestedAt: string;
  readonly extractorVersion: string;
}

/**
 * One document by id, or by file name (the gold `doc` key). Several documents
 * can share a file name (edited re-ingests); the most recently stored wins.
 */
export async function getDocument(store: Store, idOrFileName: number | string): Promise<StoredDocument | null> {
  let query = store.db.selectFrom('documents').selectAll();
  query =
    typeof idOrFileName === 'number'
      ? query.where('id', '=', idOrFileName)
      : query.where('file_name', '=', idOrFileName).orderBy('id', 'desc').limit(1);
  const row = await query.executeTakeFirst();
  if (row === undefined) return null;
  const citations = await store.db
    .selectFrom('citations')
    .selectAll()
    .where('document_id', '=', row.id)
    .orderBy('span_start')
    .orderBy('id')
    .execute();
  return {
    id: row.id,
    contentHash: row.content_hash,
    sourcePath: row.source_path,
    fileName: row.file_name,
    format: row.format,
    encoding: row.encoding,
    title: row.title,
    author: row.author,
    publisher: row.publisher,
    publishedDate: row.published_date,
    language: row.language,
    originalText: row.original_text,
    normalisedText: row.normalised_text,
    offsets: OffsetTable.fromBytes(row.offsets),
    citations: citations.map(
      (c): Citation => ({
        marker: c.marker,
        text: c.text,
        url: c.url,
        accessDate: c.access_date,
        publisher: c.publisher,
        span: { start: c.span_start, end: c.span_end },
      }),
    ),
    ingestedAt: row.ingested_at,
    extractorVersion: row.extractor_version,
  };
}

/**
 * A document named on a command line or in a URL: a file name first (corpus
 * documents are called 000, 001…, which look like ids), then a numeric id.
 */
export async function findDocument(store: Store, ref: string): Promise<StoredDocument | null> {
  return (await getDocument(store, ref)) ?? (/^\d+$/.test(ref) ? getDocument(store, Number(ref)) : null);
}
