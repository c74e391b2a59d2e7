import type { IngestedDocument } from '../core/document.js';
import type { Result } from '../core/result.js';
import type { Extractor } from '../extract/create-extractor.js';
import { displayPath } from '../ingest/display-path.js';
import { saveDocument } from '../store/save-document.js';
import type { Store } from '../store/store.js';
import { mapInOrder, type Settled } from './parallel/map-in-order.js';
import { toSaveInput, type PreparedDocument } from './parallel/prepared-document.js';
import { localPreparer, type Preparer } from './parallel/preparer.js';

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
  /**
   * Reads and extracts files elsewhere (a worker pool, see parallel/). Without
   * it each file is read and extracted here, one at a time. Either way this
   * thread is the only writer.
   */
  readonly preparer?: Preparer;
}

/**
 * Reads, extracts and stores each file in its own transaction, in input
 * order whether files are prepared here or on worker threads (so the store
 * ends up the same either way). A bad file is reported and skipped; it never stops the others or touches what is stored.
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
  const preparer = deps.preparer ?? localPreparer(deps.extractor, deps.readDocument);
  let done = 0;
  for await (const { item: path, result } of mapInOrder(files, preparer.inFlight, (p) => preparer.prepare(p))) {
    done++;
    const { outcome, storeFailed } = await storeOne(deps.store, path, result, files.length - done);
    if (outcome.kind === 'stored') {
      stored++;
      events += outcome.events;
      claims += outcome.claims;
    } else if (outcome.kind === 'duplicate') duplicates++;
    else failed.push(outcome);
    onProgress({ type: 'file', index: done, total: files.length, outcome });
    if (storeFailed) break; // every later file would fail the same way
  }
  return { stored, duplicates, failed, events, claims };
}

async function storeOne(
  store: Store,
  path: string,
  prepared: Settled<Result<PreparedDocument>>,
  left: number,
): Promise<{ outcome: FileOutcome; storeFailed: boolean }> {
  try {
    if (!prepared.ok) throw prepared.error;
    if (!prepared.value.ok) return { outcome: { kind: 'failed', path, message: prepared.value.error }, storeFailed: false };
    return { outcome: await save(store, path, prepared.value.value), storeFailed: false };
  } catch (e) {
    const failure = storeFailure(e);
    if (failure === null) {
      // A bug or an I/O failure on this file only: report it, keep going.
      return { outcome: { kind: 'failed', path, message: `${displayPath(path)}: ${(e as Error).message}` }, storeFailed: false };
    }
    const message =
      `${displayPath(path)}: not stored: the database could not be written (${failure}); ` +
      `ingest stopped, ${left} more file${left === 1 ? '' : 's'} not read or stored; what was stored before is intact: ` +
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

async function save(store: Store, path: string, prepared: PreparedDocument): Promise<FileOutcome> {
  const saved = await saveDocument(store, toSaveInput(prepared));
  return saved.status === 'duplicate'
    ? { kind: 'duplicate', path, documentId: saved.documentId }
    : { kind: 'stored', path, documentId: saved.documentId, events: saved.events, claims: saved.claims };
}
