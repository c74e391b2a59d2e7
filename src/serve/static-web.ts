import { existsSync, readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Hono } from 'hono';

/** Where `npm run build` puts the web workbench (dist/web), from src/serve or dist/serve alike. */
export const DEFAULT_WEB_DIR = fileURLToPath(new URL('../../dist/web/', import.meta.url));

const TYPES: Readonly<Record<string, string>> = {
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
};

/** True when a built workbench is in `dir`. */
export function hasWebApp(dir: string): boolean {
  return existsSync(join(dir, 'index.html'));
}

/**
 * Serves the built single-page app from `dir`: files by path (hashed assets
 * cached for a year), and index.html for any other GET outside /api/ without
 * an extension, so client routes like /events/12 load the app. Register after
 * every API route. Paths that would leave `dir` are not served.
 */
export function serveWebApp(app: Hono<any>, dir: string): void {
  const root = normalize(dir.endsWith(sep) ? dir : dir + sep);
  const index = readFileSync(join(root, 'index.html'), 'utf8');
  app.get('*', async (c, next) => {
    const path = decodeURIComponent(c.req.path);
    if (path.startsWith('/api/') || path === '/api') return next();
    const ext = extname(path);
    if (ext === '') return c.html(index);
    const file = normalize(join(root, path));
    const type = TYPES[ext.toLowerCase()];
    if (!file.startsWith(root) || type === undefined) return next();
    let body: Buffer;
    try {
      body = await readFile(file);
    } catch {
      return next();
    }
    const immutable = path.startsWith('/assets/');
    return c.body(new Uint8Array(body), 200, {
      'Content-Type': type,
      'Cache-Control': immutable ? 'public, max-age=31536000, immutable' : 'no-cache',
    });
  });
}
