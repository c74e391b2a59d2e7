import { getConnInfo } from '@hono/node-server/conninfo';
import type { Context } from 'hono';

/**
 * The peer address of the connection (the reverse proxy's, behind one;
 * forwarded headers are not trusted). `in-process` for requests made with
 * `app.request` in tests, which have no socket.
 */
export function clientAddress(c: Context): string {
  try {
    return getConnInfo(c).remote.address ?? 'unknown';
  } catch {
    return 'in-process';
  }
}
