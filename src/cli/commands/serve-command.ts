import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { countAll } from '../../store/count-all.js';
import type { Store } from '../../store/store.js';
import { startServer } from '../../serve/start-server.js';
import { CliError } from '../cli-context.js';
import { ingestPaths } from './ingest-command.js';
import { progressReporter } from '../progress-reporter.js';

/** The sample corpus shipped with Sokan (samples/), ingested into an empty database. */
export const SAMPLES_DIR = fileURLToPath(new URL('../../../samples/', import.meta.url));

export interface ServeOptions {
  readonly host: string;
  readonly port: string;
  readonly samples: boolean;
}

/** `sokan serve`: the web page and API on the embedded database, bound to loopback by default. */
export async function serveCommand(store: Store, o: ServeOptions): Promise<never> {
  const port = Number(o.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new CliError(`--port must be 0–65535 (got "${o.port}")`, 2);
  if ((await countAll(store)).documents === 0 && o.samples) {
    process.stderr.write(`empty database: ingesting the sample corpus from ${SAMPLES_DIR}\n`);
    const samples = (await readdir(SAMPLES_DIR)).filter((f) => f !== 'README.md').map((f) => join(SAMPLES_DIR, f));
    const s = await ingestPaths(store, samples, progressReporter());
    process.stderr.write(`${s.stored} sample documents stored, ${s.events} events\n`);
  }
  const { url } = await startServer(store, { host: o.host, port });
  process.stdout.write(`Sokan is serving ${store.location} at ${url}\n`);
  return new Promise<never>(() => {}); // run until interrupted
}
