import { OpenAPIHono } from '@hono/zod-openapi';
import { HTTPException } from 'hono/http-exception';
import { countAll } from '../store/count-all.js';
import { exportClaimRecords, exportEventRecords } from '../store/export-records.js';
import { getDocument } from '../store/get-document.js';
import { listDocuments } from '../store/list-documents.js';
import { queryEvents } from '../store/query-events.js';
import { searchText } from '../store/search-text.js';
import type { Store } from '../store/store.js';
import { MAX_PAGE, parseEventFilters } from '../app/parse-event-filters.js';
import { badRequest } from './api-error.js';
import { homePage } from './home-page.js';
import { registerRelationsRoutes } from './routes/relations-routes.js';
import { registerReportingRoutes } from './routes/reporting-routes.js';
import { registerEditRoutes } from './routes/edit-routes.js';
import { registerUploadRoutes } from './routes/upload-routes.js';
import { hasWebApp, serveWebApp } from './static-web.js';
import { registerReportRoutes } from './routes/report-routes.js';
import { registerPlacesRoutes } from './routes/places-routes.js';
import { authMiddleware, LAPTOP_MODE, registerAuthRoutes, registerUsersRoutes, type AuthConfig } from './auth/index.js';

export interface AppOptions {
  /** Folder of the built web workbench (dist/web); without one, `/` is the plain home page. */
  readonly webDir?: string | null;
  /** Laptop mode (no login; the default) or server mode (accounts, sessions, roles: docs/security.md). */
  readonly auth?: AuthConfig;
}

/**
 * The HTTP API and the web workbench (or, when it is not built, the plain home page), over one store. Every error leaves
 * through `onError` with one JSON shape: `{ error: { status, message } }`.
 */
export function createApp(store: Store, opts: AppOptions = {}): OpenAPIHono {
  const webDir = opts.webDir != null && hasWebApp(opts.webDir) ? opts.webDir : null;
  const app = new OpenAPIHono({
    // Schema validation failures get the one JSON error shape, naming the field.
    defaultHook: (result, c) => {
      if (!result.success) {
        const issue = result.error.issues[0];
        const field = issue?.path.join('.') || 'request';
        return c.json({ error: { status: 400, message: `${field}: ${issue?.message ?? 'invalid'}` } }, 400);
      }
      return undefined;
    },
  });

  app.onError((e, c) => {
    // A 409 carries its own response (the current record beside status and message).
    if (e instanceof HTTPException && e.status === 409 && e.res) return e.res;
    if (e instanceof HTTPException) return c.json({ error: { status: e.status, message: e.message } }, e.status);
    console.error(e);
    return c.json({ error: { status: 500, message: 'internal error; see the server log' } }, 500);
  });
  app.notFound((c) => c.json({ error: { status: 404, message: `no route ${c.req.method} ${c.req.path}` } }, 404));

  app.use('*', async (c, next) => {
    await next();
    c.header('Content-Security-Policy', "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'");
    c.header('X-Content-Type-Options', 'nosniff');
  });
  const auth = opts.auth ?? LAPTOP_MODE;
  if (auth.mode === 'server') app.use('*', authMiddleware(store, auth, { publicPages: webDir !== null }));
  registerAuthRoutes(app, store, auth);
  registerUsersRoutes(app, store, auth);

  if (webDir === null) app.get('/', async (c) => c.html(homePage(await countAll(store), await listDocuments(store))));
  app.get('/api/stats', async (c) => c.json(await countAll(store)));
  app.get('/api/documents', async (c) => c.json(await listDocuments(store)));
  app.get('/api/documents/:id', async (c) => {
    const id = Number(c.req.param('id'));
    if (!Number.isInteger(id)) throw badRequest('id', 'must be a whole number');
    const doc = await getDocument(store, id);
    if (!doc) throw new HTTPException(404, { message: `no document ${id}` });
    const { offsets: _offsets, ...rest } = doc;
    return c.json(rest);
  });
  app.get('/api/events', async (c) => {
    const q = c.req.query();
    const filters = parseEventFilters({ ...q, limit: q['limit'] ?? '500' }, { maxLimit: MAX_PAGE });
    if (!filters.ok) throw badRequest(filters.error.field, filters.error.message);
    return c.json(await queryEvents(store, filters.value));
  });
  app.get('/api/search', async (c) => {
    const query = c.req.query('q') ?? '';
    if (!query.trim()) throw badRequest('q', 'give a search text, e.g. /api/search?q=羅津港');
    return c.json(await searchText(store, query, { limit: 20 }));
  });
  app.get('/api/export/events', async (c) => c.json(await exportEventRecords(store)));
  app.get('/api/export/claims', async (c) => c.json(await exportClaimRecords(store)));
  registerRelationsRoutes(app, store);
  registerReportingRoutes(app, store);
  registerEditRoutes(app, store);
  registerUploadRoutes(app, store);
  registerReportRoutes(app, store);
  registerPlacesRoutes(app);
  app.doc31('/api/openapi.json', {
    openapi: '3.1.0',
    info: { title: 'Sokan API', version: '0.1.0', description: 'Events, claims and analyses of Northeast Asian security relations' },
  });
  if (webDir !== null) serveWebApp(app, webDir);
  return app;
}
