import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { countAll } from '../../store/count-all.js';
import type { Store } from '../../store/store.js';
import { countAccounts } from '../../store/accounts/index.js';
import { isLoopbackHost, serverMode, type AuthConfig } from '../../serve/auth/index.js';
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
  /** Require server mode (accounts must exist); it is on anyway when any account exists. */
  readonly auth?: boolean;
  /** Mark the session cookie Secure (clients reach Sokan over https through a reverse proxy). */
  readonly secureCookies?: boolean;
}

/**
 * Laptop mode (no accounts): no login, loopback only. Server mode (`--auth`,
 * or automatically once any account exists, so a database with accounts is
 * never served without login): login, roles, any --host. Pure apart from the count.
 */
export async function chooseAuth(store: Store, o: Pick<ServeOptions, 'host' | 'auth' | 'secureCookies'>): Promise<AuthConfig> {
  const accounts = await countAccounts(store);
  if (o.auth === true && accounts === 0) {
    throw new CliError('--auth: there are no accounts yet; create an admin first with `sokan user add NAME --role admin`', 2);
  }
  if (accounts > 0) return serverMode({ secureCookies: o.secureCookies === true });
  if (!isLoopbackHost(o.host)) {
    throw new CliError(
      `--host ${o.host}: laptop mode has no login, so it binds to loopback (127.0.0.1) only. ` +
        'To serve other machines, turn on server mode: create an admin with `sokan user add NAME --role admin`, ' +
        `then run \`sokan serve --auth --host ${o.host}\` (see docs/security.md)`,
      2,
    );
  }
  return { mode: 'laptop' };
}

/** `sokan serve`: the web page and API on the embedded database, bound to loopback by default. */
export async function serveCommand(store: Store, o: ServeOptions): Promise<never> {
  const port = Number(o.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new CliError(`--port must be 0–65535 (got "${o.port}")`, 2);
  const auth = await chooseAuth(store, o);
  if ((await countAll(store)).documents === 0 && o.samples) {
    process.stderr.write(`empty database: ingesting the sample corpus from ${SAMPLES_DIR}\n`);
    const samples = (await readdir(SAMPLES_DIR)).filter((f) => f !== 'README.md').map((f) => join(SAMPLES_DIR, f));
    const s = await ingestPaths(store, samples, progressReporter());
    process.stderr.write(`${s.stored} sample documents stored, ${s.events} events\n`);
  }
  const { url } = await startServer(store, { host: o.host, port, auth });
  const mode = auth.mode === 'server' ? 'server mode: login required' : 'laptop mode: no login, this machine only';
  process.stdout.write(`Sokan is serving ${store.location} at ${url} (${mode})\n`);
  return new Promise<never>(() => {}); // run until interrupted
}
