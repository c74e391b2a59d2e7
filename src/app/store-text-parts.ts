import type { IngestedDocument } from '../core/document.js';
import type { Extractor } from '../extract/create-extractor.js';
import { partDocument, readTextParts, type TextPart } from '../ingest/stream-large-text.js';
import { sourceFormatOf } from '../ingest/source-format.js';
import { saveDocument, type SaveDocumentResult } from '../store/save-document.js';
import type { Store } from '../store/store.js';
import { prepareDocument, toSaveInput } from './parallel/prepared-document.js';

/** What storing a large file part by part came to. */
export interface PartsResult {
  readonly parts: number;
  readonly stored: number;
  readonly duplicates: number;
  /** Every part's document (stored now or before), in part order. */
  readonly documentIds: readonly number[];
  readonly events: number;
  readonly claims: number;
  /** Reading or decoding stopped with this message (already naming the file); the parts before it are stored. */
  readonly error: string | null;
}

/**
 * A part that saveDocument failed on (a full disk, a bug). Keeps the cause's
 * message and SQLite `code`, so the caller can tell a database failure from
 * a bug, and says which part failed and what was kept.
 */
export class PartNotStored extends Error {
  readonly code: unknown;
  constructor(
    readonly part: string,
    readonly kept: string,
    /** Parts of this file stored by this run and found already stored before the failure, and their events and claims. */
    readonly before: { readonly stored: number; readonly duplicates: number; readonly events: number; readonly claims: number },
    cause: unknown,
  ) {
    super(`${part}: ${cause instanceof Error ? cause.message : String(cause)}; ${kept}`, { cause });
    this.code = (cause as { code?: unknown } | null)?.code;
  }
}

export type PartsProgress =
  | { readonly type: 'bytes'; readonly path: string; readonly done: number; readonly total: number }
  | { readonly type: 'warning'; readonly path: string; readonly message: string };

/**
 * Reads a large text file in parts (see ingest/stream-large-text.ts) and
 * stores each part as its own document, in its own transaction, one at a
 * time on this thread: only one part is in memory at once. A part already
 * stored (same content hash) is skipped before it is normalised or
 * extracted, so a re-run of a big file costs little more than reading it.
 *
 * An error thrown by saveDocument is rethrown as PartNotStored.
 */
export async function storeTextParts(
  store: Store,
  extractor: Extractor,
  path: string,
  onProgress: (p: PartsProgress) => void,
): Promise<PartsResult> {
  const format = sourceFormatOf(path) === 'md' ? 'md' : 'txt';
  let parts = 0;
  let stored = 0;
  let duplicates = 0;
  let events = 0;
  let claims = 0;
  const documentIds: number[] = [];
  let first: Pick<IngestedDocument, 'author' | 'publisher' | 'publishedDate'> | null = null;
  const result = (error: string | null): PartsResult => ({ parts, stored, duplicates, documentIds, events, claims, error });
  for await (const read of readTextParts(path)) {
    if (!read.ok) return result(parts > 0 ? `${read.error}; ${partsKept(parts)}; ingest the file again to finish it` : read.error);
    const part = read.value;
    parts++;
    if (part.warning !== null) onProgress({ type: 'warning', path, message: part.warning });
    const existing = await storedId(store, part.contentHash);
    if (existing !== null) {
      duplicates++;
      documentIds.push(existing);
      first ??= metadataOf(partDocument(part, format, null));
    } else {
      const doc = partDocument(part, format, first);
      first ??= metadataOf(doc);
      const saved = await savePart(store, extractor, doc, part, { stored, duplicates, events, claims });
      documentIds.push(saved.documentId);
      if (saved.status === 'duplicate') duplicates++;
      else {
        stored++;
        events += saved.events;
        claims += saved.claims;
      }
    }
    onProgress({ type: 'bytes', path, done: part.end, total: part.fileBytes });
  }
  return result(null);
}

async function savePart(
  store: Store,
  extractor: Extractor,
  doc: IngestedDocument,
  part: TextPart,
  before: PartNotStored['before'],
): Promise<SaveDocumentResult> {
  try {
    return await saveDocument(store, toSaveInput(prepareDocument(extractor, doc)));
  } catch (e) {
    throw new PartNotStored(`part ${part.number} (bytes ${part.start}–${part.end - 1})`, partsKept(part.number - 1), before, e);
  }
}

/** "parts 1–3 are stored and kept", for the parts before a failure. */
function partsKept(n: number): string {
  return n === 0 ? 'no part of it was stored' : n === 1 ? 'part 1 is stored and kept' : `parts 1–${n} are stored and kept`;
}

const metadataOf = (d: IngestedDocument) => ({ author: d.author, publisher: d.publisher, publishedDate: d.publishedDate });

async function storedId(store: Store, contentHash: string): Promise<number | null> {
  const row = await store.db.selectFrom('documents').select('id').where('content_hash', '=', contentHash).executeTakeFirst();
  return row?.id ?? null;
}
