import type { Language } from '../core/document.js';
import type { Store } from './store.js';

export interface DocumentSummary {
  readonly id: number;
  readonly fileName: string;
  readonly title: string | null;
  readonly language: Language;
  readonly publishedDate: string | null;
  /** Length of the original text in UTF-16 code units. */
  readonly charCount: number;
  /** Distinct events this document is a source of. */
  readonly eventCount: number;
  readonly claimCount: number;
  readonly ingestedAt: string;
}

/** All documents, by file name then id. */
export async function listDocuments(store: Store): Promise<DocumentSummary[]> {
  const rows = await store.db
    .selectFrom('documents as d')
    .select((eb) => [
      'd.id',
      'd.file_name',
      'd.title',
      'd.language',
      'd.published_date',
      'd.ingested_at',
      eb.fn<number>('length', ['d.original_text']).as('char_count'),
      eb
        .selectFrom('event_sources as s')
        .select((e) => e.fn.count<number>('s.event_id').distinct().as('n'))
        .whereRef('s.document_id', '=', 'd.id')
        .as('event_count'),
      eb
        .selectFrom('claims as c')
        .select((e) => e.fn.countAll<number>().as('n'))
        .whereRef('c.document_id', '=', 'd.id')
        .as('claim_count'),
    ])
    .orderBy('d.file_name')
    .orderBy('d.id')
    .execute();
  return rows.map((r) => ({
    id: r.id,
    fileName: r.file_name,
    title: r.title,
    language: r.language,
    publishedDate: r.published_date,
    charCount: Number(r.char_count),
    eventCount: Number(r.event_count ?? 0),
    claimCount: Number(r.claim_count ?? 0),
    ingestedAt: r.ingested_at,
  }));
}
