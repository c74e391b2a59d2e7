/** The STORE stage: persistence of documents, events and claims. */
export { countAll, type StoreCounts } from './count-all.js';
export { dedupKey } from './dedup-key.js';
export {
  exportClaimRecords,
  exportEventRecords,
  type ClaimRecord,
  type EventRecord,
} from './export-records.js';
export { getDocument, type StoredDocument } from './get-document.js';
export type { ExtractionCounts, ExtractionInput } from './insert-extraction.js';
export { listDocuments, type DocumentSummary } from './list-documents.js';
export { decodeOffsets, encodeOffsets, OffsetTable } from './offset-table.js';
export {
  openStore,
  StoreOpenError,
  tryOpenStore,
  type OpenStoreError,
  type OpenStoreOptions,
} from './open-store.js';
export {
  countEvents,
  queryBriefEvents,
  queryEvents,
  type BriefEvent,
  type EventQuery,
  type EventSource,
  type StoredEvent,
} from './query-events.js';
export {
  replaceExtraction,
  type ReplaceExtractionError,
  type ReplaceExtractionResult,
} from './replace-extraction.js';
export { saveDocument, type SaveDocumentInput, type SaveDocumentResult } from './save-document.js';
export { searchText, type SearchHit, type SearchOptions, type SearchResult } from './search-text.js';
export type { Store } from './store.js';
export { toStoredMentions, type StoredMention } from './stored-mention.js';
export { syncActors, type SyncActorsResult } from './sync-actors.js';
export { markSnippet, type Snippet } from './text-matches.js';
export type { TextCandidate, TextIndex } from './text-index.js';
