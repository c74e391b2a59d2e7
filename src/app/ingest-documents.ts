import type { IngestedDocument } from '../core/document.js';
import type { Result } from '../core/result.js';
import type { Extractor } from '../extract/create-extractor.js';
import { EXTRACTOR_VERSION } from '../extract/extractor-version.js';
import { displayPath } from '../ingest/display-path.js';
import { saveDocument } from '../store/save-document.js';
import type { Store } from '../store/store.js';
import { toStoredMentions } from '../store/stored-mention.js';

/** What happened to one input file. */
export type FileOutcome =
  | { readonly kind: 'stored'; readonly path: string; readonly documentId: number; readonly events: number; readonly claims: number }
  | { readonly kind: 'duplicate'; readonly path: string; readonly documentId: number }
  | { readonly kind: 'failed'; readonly path: string; readonly message: string };

export type IngestProgress =
  | { readonly type: 'start'; readonly total: number }
  | { readonly type: 'file'; readonly index: number; readonly total: number; readonly outcome: FileOutcome };

export interface IngestSummary {
  readonly stored: number;
  readonly duplicates: number;
  readonly failed: readonly Extract<FileOutcome, { kind: 'failed' }>[];
  readonly events: number;
  readonly claims: number;
}

export interface IngestDeps {
  readonly store: Store;
  readonly extractor: Extractor;
  readonly readDocument: (path: string) => Promise<Result<IngestedDocument>>;
}

/**
 * Reads, extracts and stores each file in its own transaction. A bad file is
 * reported and skipped; it never stops the others or touches what is stored.
 * A database that cannot be written (disk full, read-only) stops the run at
 * the first file, with one message: the others would fail alike.
 */
export async function ingestFiles(
  deps: IngestDeps,
  files: readonly string[],
  onProgress: (p: IngestProgress) => void = () => {},
): Promise<IngestSummary> {
  onProgress({ type: 'start', total: files.length });
  let stored = 0;
  let duplicates = 0;
  let events = 0;
  let claims = 0;
  const failed: Extract<FileOutcome, { kind: 'failed' }>[] = [];
  for (const [index, path] of files.entries()) {
    const { outcome, storeFailed } = await ingestOne(deps, path, files.length - index - 1);
    if (outcome.kind === 'stored') {
      stored++;
      events += outcome.events;
      claims += outcome.claims;
    } else if (outcome.kind === 'duplicate') duplicates++;
    else failed.push(outcome);
    onProgress({ type: 'file', index: index + 1, total: files.length, outcome });
    if (storeFailed) break; // every later file would fail the same way
  }
  return { stored, duplicates, failed, events, claims };
}

async function ingestOne(deps: IngestDeps, path: string, left: number): Promise<{ outcome: FileOutcome; storeFailed: boolean }> {
  try {
    return { outcome: await readAndSave(deps, path), storeFailed: false };
  } catch (e) {
    const store = storeFailure(e);
    if (store === null) {
      // A bug or an I/O failure on this file only: report it, keep going.
      return { outcome: { kind: 'failed', path, message: `${displayPath(path)}: ${(e as Error).message}` }, storeFailed: false };
    }
    const message =
      `${displayPath(path)}: not stored: the database could not be written (${store}); ` +
      `ingest stopped, ${left} more file${left === 1 ? '' : 's'} not read; what was stored before is intact: ` +
      'make room (or make the database writable) and run the same ingest again';
    return { outcome: { kind: 'failed', path, message }, storeFailed: true };
  }
}

/**
 * Errors that concern the database, not the file: SQLite's own codes, and the
 * failed ROLLBACK that hides them when SQLite has already rolled the
 * transaction back itself (it does so on a full disk or an I/O error).
 */
function storeFailure(e: unknown): string | null {
  const code = (e as { code?: unknown }).code;
  const message = e instanceof Error ? e.message : String(e);
  if (typeof code === 'string' && /^SQLITE_(FULL|IOERR|READONLY|CANTOPEN|CORRUPT|NOTADB|NOMEM)/.test(code)) return `${message}: ${code}`;
  if (/cannot rollback - no transaction is active/.test(message)) {
    return 'SQLite abandoned the write and rolled it back: disk full, file size limit or I/O error';
  }
  return null;
}

async function readAndSave(deps: IngestDeps, path: string): Promise<FileOutcome> {
  const read = await deps.readDocument(path);
  if (!read.ok) return { kind: 'failed', path, message: read.error };
  const doc = read.value;
  const extraction = deps.extractor.extract({
    normalisedText: doc.normalisedText,
    language: doc.language,
    documentDate: doc.publishedDate,
    offsets: doc.offsets,
  });
  const offsetsArray = offsetTable(doc);
  const saved = await saveDocument(deps.store, {
    doc,
    offsetsArray,
    mentions: toStoredMentions(extraction.mentions, doc.offsets),
    events: extraction.events,
    claims: extraction.claims,
    extractorVersion: EXTRACTOR_VERSION,
  });
  return saved.status === 'duplicate'
    ? { kind: 'duplicate', path, documentId: saved.documentId }
    : { kind: 'stored', path, documentId: saved.documentId, events: saved.events, claims: saved.claims };
}

/** Normalised index → original index, for the store's compact offset table. */
function offsetTable(doc: IngestedDocument): Int32Array {
  const n = doc.normalisedText.length;
  const out = new Int32Array(n + 1);
  for (let i = 0; i < n; i++) out[i] = doc.offsets.toOriginal(i, i + 1).start;
  out[n] = doc.offsets.toOriginal(n, n).start;
  return out;
}
