import type { IngestedDocument } from '../core/document.js';
import type { Result } from '../core/result.js';
import type { Extractor } from '../extract/create-extractor.js';
import { displayPath } from '../ingest/display-path.js';
import { streamsInParts } from '../ingest/stream-large-text.js';
import { saveDocument, type SaveDocumentResult } from '../store/save-document.js';
import { sqliteBatchWriter, type BatchItem, type SaveDocumentBatch } from '../store/save-document-batch.js';
import type { Store } from '../store/store.js';
import { mapInOrder, type Settled } from './parallel/map-in-order.js';
import { toSaveInput, type PreparedDocument } from './parallel/prepared-document.js';
import { localPreparer, type Preparer } from './parallel/preparer.js';
import { PartNotStored, storeTextParts, type PartsProgress } from './store-text-parts.js';

/**
 * What happened to one input file. A large text file is stored as several
 * documents (`parts`, see store-text-parts.ts); `documentId` is then its
 * first part's.
 */
export type FileOutcome =
  | {
      readonly kind: 'stored';
      readonly path: string;
      readonly documentId: number;
      readonly events: number;
      readonly claims: number;
      /** For a file stored in parts: how many were stored now and before, and every part's document id. */
      readonly parts?: { readonly stored: number; readonly duplicates: number; readonly documentIds: readonly number[] };
    }
  | { readonly kind: 'duplicate'; readonly path: string; readonly documentId: number }
  | { readonly kind: 'failed'; readonly path: string; readonly message: string };

export type IngestProgress =
  | { readonly type: 'start'; readonly total: number }
  | { readonly type: 'file'; readonly index: number; readonly total: number; readonly outcome: FileOutcome }
  /** Bytes of a large text file stored so far (after each part), and warnings about it. */
  | PartsProgress;

export interface IngestSummary {
  /** Documents stored and found already stored: a large text file counts once per part. */
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
 * Reads, extracts and stores each file, in input order whether files are
 * prepared here or on worker threads (so the store ends up the same either
 * way). On SQLite, up to BATCH_DOCUMENTS documents are stored in one
 * transaction (see save-document-batch.ts); a file is reported only once its
 * transaction has committed. A bad file is reported and skipped; it never
 * stops the others or touches what is stored.
 * A database that cannot be written (disk full, read-only) stops the run at
 * the first failed transaction, with every file of it reported not stored:
 * the others would fail alike.
 */
export async function ingestFiles(
  deps: IngestDeps,
  files: readonly string[],
  onProgress: (p: IngestProgress) => void = () => {},
): Promise<IngestSummary> {
  onProgress({ type: 'start', total: files.length });
  const totals = { stored: 0, duplicates: 0, events: 0, claims: 0 };
  const failed: Extract<FileOutcome, { kind: 'failed' }>[] = [];
  const preparer = deps.preparer ?? localPreparer(deps.extractor, deps.readDocument);
  // A large text file is never prepared ahead (nor on a worker): it is read
  // part by part below, on this thread, while workers prepare the next files.
  const prepare = async (path: string): Promise<Prepared> => ((await streamsInParts(path)) ? IN_PARTS : preparer.prepare(path));
  const saveBatch = sqliteBatchWriter(deps.store);
  // Files prepared on this thread are worth waiting for (nothing else would run meanwhile); a worker's are not.
  const batches = inBatches(mapInOrder(files, preparer.inFlight, prepare), saveBatch === undefined ? 1 : BATCH_DOCUMENTS, deps.preparer === undefined);
  let done = 0;
  for await (const batch of batches) {
    const left = files.length - done - batch.length;
    const results = await storeBatch(deps, batch, saveBatch, left, onProgress);
    for (const { outcome, counts } of results) {
      done++;
      totals.stored += counts.stored;
      totals.duplicates += counts.duplicates;
      totals.events += counts.events;
      totals.claims += counts.claims;
      if (outcome.kind === 'failed') failed.push(outcome);
      onProgress({ type: 'file', index: done, total: files.length, outcome });
    }
    if (results.some((r) => r.storeFailed)) break; // every later file would fail the same way
  }
  return { ...totals, failed };
}

/** Documents stored in one transaction at most, and their text (UTF-8 bytes) at most. */
const BATCH_DOCUMENTS = 16;
const BATCH_BYTES = 8 * 1024 * 1024;

type Item = { readonly item: string; readonly result: Settled<Prepared> };

/**
 * Groups the prepared files into batches of up to `size` files and
 * BATCH_BYTES of text, in order. A file read in parts is a batch of its own.
 * Without `wait` (files prepared on workers), a batch ends when the next file
 * is not prepared within BATCH_WAIT_MS.
 */
async function* inBatches(items: AsyncGenerator<Item>, size: number, wait: boolean): AsyncGenerator<Item[]> {
  let ahead: Promise<IteratorResult<Item>> | undefined;
  for (;;) {
    const first = await (ahead ?? items.next());
    ahead = undefined;
    if (first.done === true) return;
    const batch = [first.value];
    let bytes = textBytes(first.value);
    while (batch.length < size && bytes > 0) {
      const pending = items.next();
      const next = wait ? await pending : await readyWithin(pending, BATCH_WAIT_MS);
      if (next === NOT_READY || next.done === true || textBytes(next.value) === 0 || bytes + textBytes(next.value) > BATCH_BYTES) {
        ahead = next === NOT_READY ? pending : Promise.resolve(next);
        break;
      }
      batch.push(next.value);
      bytes += textBytes(next.value);
    }
    yield batch;
  }
}

const NOT_READY = Symbol('not ready');

/**
 * How long the writer waits for a worker's next file before committing the
 * batch it has. Committing at once whenever the next file is not ready made
 * batches of 1–2 documents with `--jobs 2` (the worker is the slower side), so
 * the writer spent a third of its time in commits and wrote twice the WAL
 * bytes of `--jobs 1`; a file the worker is about to finish is worth a short
 * wait, a slow one (a large file) is not.
 */
const BATCH_WAIT_MS = 50;

/** The promise's value if it settles within `ms`, else NOT_READY. */
function readyWithin<T>(p: Promise<T>, ms: number): Promise<T | typeof NOT_READY> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<typeof NOT_READY>((resolve) => { timer = setTimeout(() => resolve(NOT_READY), ms); });
  return Promise.race([p, late]).finally(() => clearTimeout(timer));
}

/** Bytes of text a file brings to a batch: 0 for a file read in parts (never batched); 1 at least for a failed file. */
function textBytes({ result }: Item): number {
  if (!result.ok) return 1;
  if (result.value === IN_PARTS) return 0;
  return result.value.ok ? Math.max(1, Buffer.byteLength(result.value.value.doc.originalText)) : 1;
}

/** Stores one batch; a batch of one file takes the one-transaction-per-document path (and reads a large file in parts). */
async function storeBatch(
  deps: IngestDeps,
  batch: readonly Item[],
  saveBatch: SaveDocumentBatch | undefined,
  left: number,
  onProgress: (p: IngestProgress) => void,
): Promise<(Stored & { storeFailed: boolean })[]> {
  const [only] = batch;
  if (only !== undefined && (batch.length === 1 || saveBatch === undefined)) {
    const { item: path, result } = only;
    const attempt =
      result.ok && result.value === IN_PARTS ? () => storeParts(deps, path, onProgress) : () => storePrepared(deps.store, path, result);
    return [await storeOne(path, attempt, left)];
  }
  return storeTogether(batch, saveBatch!, left);
}

/**
 * Stores the batch's documents in one transaction. A file that failed before
 * (reading, extraction) or in its savepoint is reported alone; when the
 * transaction fails, every document of it is reported not stored.
 */
async function storeTogether(batch: readonly Item[], saveBatch: SaveDocumentBatch, left: number): Promise<(Stored & { storeFailed: boolean })[]> {
  const prepared = batch.map(({ result }) => (result.ok && result.value !== IN_PARTS && result.value.ok ? result.value.value : undefined));
  const ready = prepared.filter((p): p is PreparedDocument => p !== undefined);
  let saved: BatchItem[] | undefined;
  let batchError: unknown;
  try {
    saved = await saveBatch(ready.map(toSaveInput), (e) => storeFailure(e) !== null);
  } catch (e) {
    batchError = e;
  }
  let next = 0;
  return Promise.all(
    batch.map(({ item: path, result }, i) => {
      if (prepared[i] === undefined) return storeOne(path, () => storePrepared(undefined, path, result), left);
      const s = saved?.[next];
      next++;
      if (s === undefined) return storeOne(path, () => Promise.reject(batchError), left, ready.length - next); // the transaction's files after it
      return storeOne(path, async () => (s.ok ? stored(path, s.value) : Promise.reject(s.error)), left);
    }),
  );
}

const NONE: Counts = { stored: 0, duplicates: 0, events: 0, claims: 0 };

/** Marks a file to be read in parts by the writer instead of prepared whole. */
const IN_PARTS = Symbol('in parts');
type Prepared = Result<PreparedDocument> | typeof IN_PARTS;

interface Stored {
  readonly outcome: FileOutcome;
  /** Documents stored and already stored (several for a file read in parts), events and claims stored. */
  readonly counts: Counts;
}

interface Counts {
  readonly stored: number;
  readonly duplicates: number;
  readonly events: number;
  readonly claims: number;
}

/**
 * Stores one file with `attempt` and turns what it throws into the file's
 * outcome. `sharedWith` > 0: the file is not the last of a batch that
 * failed as a whole, whose last file carries the "ingest stopped" message.
 */
async function storeOne(
  path: string,
  attempt: () => Promise<Stored>,
  left: number,
  sharedWith = 0,
): Promise<Stored & { storeFailed: boolean }> {
  try {
    return { ...(await attempt()), storeFailed: false };
  } catch (e) {
    const kept = e instanceof PartNotStored ? e.before : NONE; // a file in parts keeps the parts before it
    const failure = storeFailure(e);
    if (failure === null) {
      // A bug or an I/O failure on this file only: report it, keep going.
      return { outcome: { kind: 'failed', path, message: `${displayPath(path)}: ${(e as Error).message}` }, counts: kept, storeFailed: false };
    }
    const what = e instanceof PartNotStored ? `${e.part} not stored (${e.kept})` : 'not stored';
    if (sharedWith > 0) {
      const message = `${displayPath(path)}: ${what}: the database could not be written (${failure}); it was in one transaction with the next ${sharedWith} file${sharedWith === 1 ? '' : 's'}`;
      return { outcome: { kind: 'failed', path, message }, counts: kept, storeFailed: true };
    }
    const message =
      `${displayPath(path)}: ${what}: the database could not be written (${failure}); ` +
      `ingest stopped, ${left} more file${left === 1 ? '' : 's'} not read or stored; what was stored before is intact: ` +
      'make room (or make the database writable) and run the same ingest again';
    return { outcome: { kind: 'failed', path, message }, counts: kept, storeFailed: true };
  }
}

/** Stores a prepared file in its own transaction; `store` undefined: the file is known not to be prepared. */
async function storePrepared(store: Store | undefined, path: string, prepared: Settled<Prepared>): Promise<Stored> {
  if (!prepared.ok) throw prepared.error;
  const value = prepared.value as Result<PreparedDocument>;
  if (!value.ok) return { outcome: { kind: 'failed', path, message: value.error }, counts: NONE };
  if (store === undefined) throw new Error(`${path} was prepared but not stored`); // cannot happen: see storeTogether
  return stored(path, await saveDocument(store, toSaveInput(value.value)));
}

/** The outcome of a file saved as one document. */
function stored(path: string, saved: SaveDocumentResult): Stored {
  if (saved.status === 'duplicate') return { outcome: { kind: 'duplicate', path, documentId: saved.documentId }, counts: { ...NONE, duplicates: 1 } };
  const outcome: FileOutcome = { kind: 'stored', path, documentId: saved.documentId, events: saved.events, claims: saved.claims };
  return { outcome, counts: { stored: 1, duplicates: 0, events: saved.events, claims: saved.claims } };
}

async function storeParts(deps: IngestDeps, path: string, onProgress: (p: IngestProgress) => void): Promise<Stored> {
  const r = await storeTextParts(deps.store, deps.extractor, path, onProgress);
  const counts = { stored: r.stored, duplicates: r.duplicates, events: r.events, claims: r.claims };
  if (r.error !== null) return { outcome: { kind: 'failed', path, message: r.error }, counts };
  const first = r.documentIds[0];
  if (first === undefined) throw new Error('a file read in parts gave no part'); // cannot happen: the file is over the streaming threshold
  const outcome: FileOutcome =
    r.stored > 0
      ? { kind: 'stored', path, documentId: first, events: r.events, claims: r.claims, parts: { stored: r.stored, duplicates: r.duplicates, documentIds: r.documentIds } }
      : { kind: 'duplicate', path, documentId: first };
  return { outcome, counts };
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
