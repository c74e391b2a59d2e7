import { serve, type ServerType } from '@hono/node-server';
import type { Store } from '../store/store.js';
import { createApp } from './create-app.js';

export interface ServerOptions {
  readonly host: string;
  readonly port: number;
}

/** Starts the HTTP server; resolves once it listens, with the address it took. */
export function startServer(store: Store, opts: ServerOptions): Promise<{ server: ServerType; url: string }> {
  const app = createApp(store);
  return new Promise((resolve, reject) => {
    const server = serve({ fetch: app.fetch, hostname: opts.host, port: opts.port }, (info) => {
      resolve({ server, url: `http://${opts.host}:${info.port}/` });
    });
    server.once('error', reject);
  });
}
