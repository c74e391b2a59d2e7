import type { IngestedDocument } from '../core/document.js';
import type { Result } from '../core/result.js';
import type { Extractor } from '../extract/create-extractor.js';
import { displayPath } from '../ingest/display-path.js';
import { streamsInParts } from '../ingest/stream-large-text.js';
import { saveDocument } from '../store/save-document.js';
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
  // A large text file is never prepared ahead (nor on a worker): it is read
  // part by part below, on this thread, while workers prepare the next files.
  const prepare = async (path: string): Promise<Prepared> => ((await streamsInParts(path)) ? IN_PARTS : preparer.prepare(path));
  let done = 0;
  for await (const { item: path, result } of mapInOrder(files, preparer.inFlight, prepare)) {
    done++;
    const attempt =
      result.ok && result.value === IN_PARTS ? () => storeParts(deps, path, onProgress) : () => storePrepared(deps.store, path, result);
    const { outcome, storeFailed, counts } = await storeOne(path, attempt, files.length - done);
    stored += counts.stored;
    duplicates += counts.duplicates;
    events += counts.events;
    claims += counts.claims;
    if (outcome.kind === 'failed') failed.push(outcome);
    onProgress({ type: 'file', index: done, total: files.length, outcome });
    if (storeFailed) break; // every later file would fail the same way
  }
  return { stored, duplicates, failed, events, claims };
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

async function storeOne(
  path: string,
  attempt: () => Promise<Stored>,
  left: number,
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
    const message =
      `${displayPath(path)}: ${what}: the database could not be written (${failure}); ` +
      `ingest stopped, ${left} more file${left === 1 ? '' : 's'} not read or stored; what was stored before is intact: ` +
      'make room (or make the database writable) and run the same ingest again';
    return { outcome: { kind: 'failed', path, message }, counts: kept, storeFailed: true };
  }
}

async function storePrepared(store: Store, path: string, prepared: Settled<Prepared>): Promise<Stored> {
  if (!prepared.ok) throw prepared.error;
  const value = prepared.value as Result<PreparedDocument>;
  if (!value.ok) return { outcome: { kind: 'failed', path, message: value.error }, counts: NONE };
  const outcome = await save(store, path, value.value);
  if (outcome.kind === 'stored') return { outcome, counts: { stored: 1, duplicates: 0, events: outcome.events, claims: outcome.claims } };
  return { outcome, counts: { ...NONE, duplicates: 1 } };
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

async function save(store: Store, path: string, prepared: PreparedDocument): Promise<FileOutcome> {
  const saved = await saveDocument(store, toSaveInput(prepared));
  return saved.status === 'duplicate'
    ? { kind: 'duplicate', path, documentId: saved.documentId }
    : { kind: 'stored', path, documentId: saved.documentId, events: saved.events, claims: saved.claims };
}
