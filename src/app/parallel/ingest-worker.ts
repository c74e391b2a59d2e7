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
import type { WorkerMessage } from './worker-pool.js';
import type { PrepareResult } from './worker-preparer.js';

const port = parentPort;
if (port === null) throw new Error('ingest-worker.js runs only as a worker thread');
const preparer = localPreparer(createExtractor(), ingestFile);

port.on('message', (path: string) => {
  preparer.prepare(path).then(
    (value) => {
      const reply: WorkerMessage<PrepareResult> = { ok: true, value };
      port.postMessage(reply, value.ok ? [value.value.offsetsArray.buffer as ArrayBuffer] : []);
    },
    (e: unknown) => {
      const reply: WorkerMessage<PrepareResult> = { ok: false, message: e instanceof Error ? e.message : String(e) };
      port.postMessage(reply);
    },
  );
});
const ready: WorkerMessage<PrepareResult> = { ready: true };
port.postMessage(ready);
