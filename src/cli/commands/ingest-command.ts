import { availableParallelism } from 'node:os';
import { ingestFiles, type IngestSummary } from '../../app/ingest-documents.js';
import { startWorkerPreparer, type WorkerPreparer } from '../../app/parallel/worker-preparer.js';
import { createExtractor } from '../../extract/create-extractor.js';
import { ingestFile, listInputFiles } from '../../ingest/ingest-file.js';
import { syncActors } from '../../store/sync-actors.js';
import type { Store } from '../../store/store.js';
import { gazetteerActors } from '../../app/gazetteer-actors.js';
import { progressReporter } from '../progress-reporter.js';

export interface IngestOptions {
  /**
   * Threads at work: jobs - 1 worker threads read and extract while this
   * thread alone writes (the writer is busy too, so it counts as one);
   * 1 = everything on this thread. Default: `defaultJobs`.
   */
  readonly jobs?: number;
}

/** Below this many files, starting worker threads costs more than it saves. */
const MANY_FILES = 8;

/** min(cores, 4) worker threads for many files, none (1) for a few. */
export function defaultJobs(files: number, cores = availableParallelism()): number {
  return files >= MANY_FILES ? Math.max(1, Math.min(cores, 4)) : 1;
}

/** `sokan ingest PATH...`: returns the exit code (1 when any file failed). */
export async function ingestCommand(store: Store, paths: readonly string[], out = process.stdout, options: IngestOptions = {}): Promise<number> {
  const summary = await ingestPaths(store, paths, progressReporter(), options);
  out.write(
    `${summary.stored} stored, ${summary.duplicates} already stored, ${summary.failed.length} failed; ` +
      `${summary.events} events, ${summary.claims} claims\n`,
  );
  return summary.failed.length > 0 ? 1 : 0;
}

/**
 * Expands folders, then reads, extracts and stores every file. With more than
 * one job, files are read and extracted on jobs - 1 worker threads while this
 * thread alone writes to the database.
 */
export async function ingestPaths(
  store: Store,
  paths: readonly string[],
  onProgress: Parameters<typeof ingestFiles>[2],
  options: IngestOptions = {},
): Promise<IngestSummary> {
  const listed = await listInputFiles([...paths]);
  const extractor = createExtractor();
  await syncActors(store, gazetteerActors(extractor.gazetteer));
  const jobs = Math.min(options.jobs ?? defaultJobs(listed.files.length), Math.max(1, listed.files.length));
  const preparer = jobs > 1 ? await startWorkers(jobs - 1) : undefined;
  let summary: IngestSummary;
  try {
    summary = await ingestFiles({ store, extractor, readDocument: ingestFile, ...(preparer ? { preparer } : {}) }, listed.files, onProgress);
  } finally {
    await preparer?.close();
  }
  const listingFailures = listed.errors.map((e) => ({ kind: 'failed' as const, path: e.path, message: e.message }));
  for (const f of listingFailures) process.stderr.write(`error: ${f.message}\n`);
  return { ...summary, failed: [...listingFailures, ...summary.failed] };
}

/** Worker threads, or none (ingest then runs on this thread) when they cannot start. */
async function startWorkers(count: number): Promise<WorkerPreparer | undefined> {
  try {
    return await startWorkerPreparer(count);
  } catch (e) {
    process.stderr.write(`warning: ${(e as Error).message}; reading files on the main thread instead\n`);
    return undefined;
  }
}
