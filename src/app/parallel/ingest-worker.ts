/**
 * Worker thread entry (compiled to dist/app/parallel/ingest-worker.js): for
 * each path it receives, reads, decodes, normalises and extracts the file, and
 * posts back a `Result<PreparedDocument>` — plain data, the offset table's
 * buffer transferred rather than copied. It never touches the database.
 * Says `{ ready: true }` once the extractor's tables are loaded.
 */
import { parentPort } from 'node:worker_threads';
import { createExtractor } from '../../extract/create-extractor.js';
import { ingestFile } from '../../ingest/ingest-file.js';
import { localPreparer } from './preparer.js';
import type { WorkerJob, WorkerMessage } from './worker-pool.js';
import type { PrepareResult } from './worker-preparer.js';

const port = parentPort;
if (port === null) throw new Error('ingest-worker.js runs only as a worker thread');
const preparer = localPreparer(createExtractor(), ingestFile);

// Jobs are run one at a time in the order they came (the pool relies on it to
// know which job a crash belongs to); the pool posts several ahead so this
// thread never waits for the writer's thread to hand it the next file.
const pending: WorkerJob<string>[] = [];
let running = false;

port.on('message', (job: WorkerJob<string>) => {
  pending.push(job);
  if (!running) void drain();
});

async function drain(): Promise<void> {
  running = true;
  for (let job = pending.shift(); job !== undefined; job = pending.shift()) {
    try {
      const value = await preparer.prepare(job.input);
      const reply: WorkerMessage<PrepareResult> = { id: job.id, ok: true, value };
      port!.postMessage(reply, value.ok ? [value.value.offsetsArray.buffer as ArrayBuffer] : []);
    } catch (e: unknown) {
      const reply: WorkerMessage<PrepareResult> = { id: job.id, ok: false, message: e instanceof Error ? e.message : String(e) };
      port!.postMessage(reply);
    }
  }
  running = false;
}
const ready: WorkerMessage<PrepareResult> = { ready: true };
port.postMessage(ready);
