import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { OpenAPIHono } from '@hono/zod-openapi';
import type { MiddlewareHandler } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { HTTPException } from 'hono/http-exception';
import { streamSSE } from 'hono/streaming';
import { gazetteerActors } from '../../app/gazetteer-actors.js';
import { ingestFiles, type FileOutcome, type IngestSummary } from '../../app/ingest-documents.js';
import { createExtractor, type Extractor } from '../../extract/create-extractor.js';
import { ingestFile } from '../../ingest/ingest-file.js';
import { sourceFormatOf, SUPPORTED_EXTENSIONS } from '../../ingest/source-format.js';
import { setSourcePath } from '../../store/edits/set-source-path.js';
import { syncActors } from '../../store/sync-actors.js';
import type { Store } from '../../store/store.js';
import { badRequest } from '../api-error.js';

export interface UploadLimits {
  /** Largest single file, in bytes. */
  readonly maxFileBytes: number;
  /** Largest request, in bytes. */
  readonly maxRequestBytes: number;
  readonly maxFiles: number;
}

export const DEFAULT_UPLOAD_LIMITS: UploadLimits = { maxFileBytes: 20 * 1024 * 1024, maxRequestBytes: 100 * 1024 * 1024, maxFiles: 500 };

/** One uploaded file's outcome, under the name the browser sent (a folder upload keeps its relative path). */
export type UploadOutcome =
  | { readonly name: string; readonly kind: 'stored'; readonly documentId: number; readonly events: number; readonly claims: number }
  | { readonly name: string; readonly kind: 'duplicate'; readonly documentId: number }
  | { readonly name: string; readonly kind: 'failed'; readonly message: string };

/**
 * A browser-sent name made safe: the last path segment, without control or
 * reserved characters, at most 120 characters, keeping the extension. Pure.
 */
export function safeFileName(name: string): string {
  const base = name.split(/[\\/]/).pop() ?? '';
  const cleaned = base.normalize('NFC').replace(/[\p{C}<>:"|?*]/gu, '').replace(/^\.+/, '').trim();
  const dot = cleaned.lastIndexOf('.');
  const ext = dot > 0 ? cleaned.slice(dot).slice(0, 10) : '';
  const stem = (dot > 0 ? cleaned.slice(0, dot) : cleaned).slice(0, 120 - ext.length);
  return stem ? stem + ext : `upload${ext}`;
}

/** The relative name to record as the document's source: slashes kept, the rest made safe. */
const sourceName = (name: string) => `upload/${name.split(/[\\/]/).filter((p) => p && p !== '.' && p !== '..').map(safeFileName).join('/')}`;

function outcomeOf(name: string, o: FileOutcome): UploadOutcome {
  // messages name the temporary copy: name the file as the browser sent it
  if (o.kind === 'failed') return { name, kind: 'failed', message: o.message.split(o.path).join(name) };
  return o.kind === 'stored' ? { name, kind: 'stored', documentId: o.documentId, events: o.events, claims: o.claims } : { name, kind: 'duplicate', documentId: o.documentId };
}

/**
 * A multipart POST is a "simple" request that any web page may send to
 * 127.0.0.1 without a preflight; refuse one that a browser says comes from
 * another site. Clients that send neither header (curl, tests) are let through.
 */
export const sameOriginOnly: MiddlewareHandler = async (c, next) => {
  const origin = c.req.header('origin');
  const site = c.req.header('sec-fetch-site');
  const foreignOrigin = origin !== undefined && origin !== new URL(c.req.url).origin;
  const foreignSite = site !== undefined && site !== 'same-origin' && site !== 'none';
  if (foreignOrigin || foreignSite) throw new HTTPException(403, { message: 'uploads are accepted only from the workbench itself (same origin)' });
  await next();
};

/**
 * `POST /api/documents`: multipart `files` (one or many; a folder upload sends
 * each file's relative path as its name). Files are written to a private temp
 * folder, ingested through the same path as `sokan ingest`, and removed. With
 * `Accept: text/event-stream` each file's outcome is sent as an SSE `file`
 * event as soon as it is stored, then a `done` event with the summary;
 * otherwise the answer is `{ files, summary }`.
 */
export function registerUploadRoutes(app: OpenAPIHono, store: Store, limits: UploadLimits = DEFAULT_UPLOAD_LIMITS): void {
  let extractor: Extractor | undefined;
  const ready = async (): Promise<Extractor> => {
    if (extractor === undefined) {
      const created = createExtractor();
      await syncActors(store, gazetteerActors(created.gazetteer));
      extractor = created;
    }
    return extractor;
  };

  app.post(
    '/api/documents',
    sameOriginOnly,
    bodyLimit({ maxSize: limits.maxRequestBytes, onError: () => { throw new HTTPException(413, { message: `upload larger than ${limits.maxRequestBytes} bytes` }); } }),
    async (c) => {
      const type = c.req.header('content-type') ?? '';
      if (!type.startsWith('multipart/form-data')) throw badRequest('body', 'send multipart/form-data with one or more `files` parts');
      const form = await c.req.parseBody({ all: true });
      const parts = ([] as unknown[]).concat(form['files'] ?? []).filter((f): f is File => f instanceof File);
      if (parts.length === 0) throw badRequest('files', 'no file parts named `files`');
      if (parts.length > limits.maxFiles) throw badRequest('files', `at most ${limits.maxFiles} files per upload`);

      const dir = await mkdtemp(join(tmpdir(), 'sokan-upload-'));
      const early: UploadOutcome[] = [];
      const accepted: { name: string; path: string }[] = [];
      for (const [i, f] of parts.entries()) {
        const safe = safeFileName(f.name);
        if (f.size > limits.maxFileBytes) early.push({ name: f.name, kind: 'failed', message: `larger than ${limits.maxFileBytes} bytes` });
        else if (sourceFormatOf(safe) === null) early.push({ name: f.name, kind: 'failed', message: `not a supported file type (${SUPPORTED_EXTENSIONS.join(' ')})` });
        else {
          await mkdir(join(dir, String(i)));
          const path = join(dir, String(i), safe);
          await writeFile(path, new Uint8Array(await f.arrayBuffer()));
          accepted.push({ name: f.name, path });
        }
      }
      const nameOf = new Map(accepted.map((a) => [a.path, a.name]));
      const run = async (emit: (o: UploadOutcome) => Promise<void>): Promise<IngestSummary & { readonly rejected: number }> => {
        try {
          for (const o of early) await emit(o);
          const pending: Promise<void>[] = [];
          const summary = await ingestFiles({ store, extractor: await ready(), readDocument: ingestFile }, accepted.map((a) => a.path), (p) => {
            if (p.type !== 'file') return;
            const name = nameOf.get(p.outcome.path) ?? p.outcome.path;
            const o = outcomeOf(name, p.outcome);
            // A big file stored in parts (see store-text-parts.ts) names every part after the upload, not the temp path.
            const ids = p.outcome.kind === 'stored' ? (p.outcome.parts?.documentIds ?? [p.outcome.documentId]) : [];
            pending.push(Promise.all(ids.map((id) => setSourcePath(store, id, sourceName(name)))).then(() => emit(o)));
          });
          await Promise.all(pending);
          return { ...summary, rejected: early.length };
        } finally {
          await rm(dir, { recursive: true, force: true });
        }
      };

      if ((c.req.header('accept') ?? '').includes('text/event-stream')) {
        return streamSSE(c, async (stream) => {
          await stream.writeSSE({ event: 'start', data: JSON.stringify({ total: parts.length }) });
          const summary = await run((o) => stream.writeSSE({ event: 'file', data: JSON.stringify(o) }));
          await stream.writeSSE({ event: 'done', data: JSON.stringify(summaryOf(summary)) });
        });
      }
      const files: UploadOutcome[] = [];
      const summary = await run(async (o) => void files.push(o));
      return c.json({ files, summary: summaryOf(summary) }, 200);
    },
  );
}

const summaryOf = (s: IngestSummary & { readonly rejected: number }) => ({
  stored: s.stored,
  duplicates: s.duplicates,
  failed: s.failed.length + s.rejected,
  events: s.events,
  claims: s.claims,
});
