import { fileURLToPath, pathToFileURL } from 'node:url';
import type { Result } from '../../core/result.js';
import type { PreparedDocument } from './prepared-document.js';
import type { Preparer } from './preparer.js';
import { WorkerPool } from './worker-pool.js';

export type PrepareResult = Result<PreparedDocument>;

/** A preparer backed by worker threads; close it when the ingest is done. */
export interface WorkerPreparer extends Preparer {
  close(): Promise<void>;
}

/**
 * Starts `workers` threads and resolves once they are ready to prepare
 * files. Up to FILES_PER_WORKER files per worker are in flight (one being
 * prepared, the others prepared and waiting for the writer), so memory stays
 * bounded for any number of files: enough that a worker keeps preparing while
 * the writer stores a whole batch (with two, it sat idle through each save).
 */
/**
 * Files one worker may have prepared ahead of the writer, and all workers
 * together (files over 8 MiB are never prepared ahead: the writer reads them
 * in parts). More than a batch (16), so a worker keeps preparing while the
 * writer stores one: with 8 the worker still idled through each save
 * (BENCHMARKS.md, "The writer").
 */
const FILES_PER_WORKER = 24;
const MAX_FILES_IN_FLIGHT = 48;

export async function startWorkerPreparer(workers: number, url: URL = ingestWorkerUrl()): Promise<WorkerPreparer> {
  const pool = new WorkerPool<string, PrepareResult>(url, workers, FILES_PER_WORKER);
  await pool.ready(); // rejects, the pool closed, if the worker module cannot start
  return {
    inFlight: Math.min(FILES_PER_WORKER * workers, MAX_FILES_IN_FLIGHT),
    prepare: (path) => pool.run(path),
    close: () => pool.close(),
  };
}

/**
 * The compiled worker module beside this one. When this module itself runs
 * from TypeScript source (tests), the worker still comes from the build:
 * src/app/parallel/… → dist/app/parallel/….
 */
export function ingestWorkerUrl(): URL {
  const here = fileURLToPath(import.meta.url);
  if (!here.endsWith('.ts')) return new URL('./ingest-worker.js', import.meta.url);
  const at = here.lastIndexOf('/src/');
  return pathToFileURL(`${here.slice(0, at)}/dist/${here.slice(at + 5).replace(/worker-preparer\.ts$/, 'ingest-worker.js')}`);
}
