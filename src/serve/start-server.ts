import { serve, type ServerType } from '@hono/node-server';
import type { Store } from '../store/store.js';
import type { AuthConfig } from './auth/index.js';
import { createApp } from './create-app.js';
import { DEFAULT_WEB_DIR } from './static-web.js';

export interface ServerOptions {
  readonly host: string;
  readonly port: number;
  /** The built web workbench; defaults to dist/web. */
  readonly webDir?: string;
  /** Laptop mode when absent. */
  readonly auth?: AuthConfig;
}

/** Starts the HTTP server; resolves once it listens, with the address it took. */
export function startServer(store: Store, opts: ServerOptions): Promise<{ server: ServerType; url: string }> {
  const app = createApp(store, { webDir: opts.webDir ?? DEFAULT_WEB_DIR, ...(opts.auth === undefined ? {} : { auth: opts.auth }) });
  return new Promise((resolve, reject) => {
    const server = serve({ fetch: app.fetch, hostname: opts.host, port: opts.port }, (info) => {
      resolve({ server, url: `http://${opts.host}:${info.port}/` });
    });
    server.once('error', reject);
  });
}
