import { createRoute, z, type OpenAPIHono } from '@hono/zod-openapi';
import type { Context } from 'hono';
import { HTTPException } from 'hono/http-exception';
import type { Result } from '../../core/result.js';
import { loadCameoTable } from '../../extract/cameo-table.js';
import {
  addManualEvent,
  documentAnnotations,
  listAudit,
  mergeEvents,
  readEvent,
  reviewEvent,
  type CameoLookup,
  type EditError,
} from '../../store/edits/index.js';
import type { StoredEvent } from '../../store/query-events.js';
import type { Store } from '../../store/store.js';

/** Header naming the analyst; `local` when absent. */
export const USER_HEADER = 'x-sokan-user';

const ErrorSchema = z.object({ error: z.object({ status: z.number(), message: z.string() }) }).openapi('Error');
const errors = {
  400: { content: { 'application/json': { schema: ErrorSchema } }, description: 'invalid request' },
  404: { content: { 'application/json': { schema: ErrorSchema } }, description: 'no such record' },
  409: { content: { 'application/json': { schema: ErrorSchema } }, description: 'stale version: `error.current` is the record as stored now' },
};
const EventSchema = z.record(z.string(), z.unknown()).openapi('StoredEvent', { description: 'an event with its sources (as GET /api/events)' });
const ok = (schema: z.ZodType, description: string) => ({ 200: { content: { 'application/json': { schema } }, description } });
const IdParam = z.object({ id: z.coerce.number().int().positive().openapi({ param: { name: 'id', in: 'path' }, example: 1 }) });
const Version = z.object({ version: z.number().int().positive().openapi({ description: 'the version the analyst saw' }) });
const actor = z.string().regex(/^[A-Z]{2,5}$/);
const isoDate = z.string().regex(/^\d{4}(?:-\d{2}(?:-\d{2})?)?$/);
const status = z.enum(['occurred', 'planned', 'cancelled', 'alleged']);
const Changes = z
  .object({
    date: isoDate,
    dateEnd: isoDate.nullable(),
    cameo: z.string().regex(/^\d{2,4}$/),
    source: actor,
    target: actor.nullable(),
    sourceName: z.string().max(200).nullable(),
    targetName: z.string().max(200).nullable(),
    status,
    location: z.string().max(200).nullable(),
  })
  .partial();
const body = <T extends z.ZodType>(schema: T) => ({ body: { content: { 'application/json': { schema } }, required: true } });
const json = (c: Context, value: unknown) => c.json(value as Record<string, unknown>, 200);

/** The analyst's name: in server mode the logged-in account (the header is ignored); in laptop mode the request header, trimmed to something safe to store. */
export function userOf(c: Context): string {
  const account = c.get('account');
  if (account !== undefined) return account.name;
  const raw = (c.req.header(USER_HEADER) ?? '').normalize('NFC').replace(/[\p{C}]/gu, '').trim().slice(0, 64);
  return raw || 'local';
}

function unwrap(r: Result<StoredEvent, EditError>): StoredEvent {
  if (r.ok) return r.value;
  const e = r.error;
  if (e.kind === 'not-found') throw new HTTPException(404, { message: e.message });
  if (e.kind === 'invalid') throw new HTTPException(400, { message: `${e.field}: ${e.message}` });
  const res = new Response(JSON.stringify({ error: { status: 409, message: e.message, current: e.current } }), {
    status: 409,
    headers: { 'Content-Type': 'application/json' },
  });
  throw new HTTPException(409, { message: e.message, res });
}

/** Event review, merges, hand-made events, the audit log and document annotations. */
export function registerEditRoutes(app: OpenAPIHono, store: Store): void {
  let table: ReturnType<typeof loadCameoTable> | undefined;
  const cameo: CameoLookup = (code) => (table ??= loadCameoTable()).get(code) ?? null;

  app.openapi(
    createRoute({ method: 'get', path: '/api/events/{id}', tags: ['edits'], summary: 'One event with its sources and audit history', request: { params: IdParam }, responses: { ...ok(z.object({ event: EventSchema, audit: z.array(z.unknown()) }), 'the event'), ...errors } }),
    async (c) => {
      const { id } = c.req.valid('param');
      const event = await readEvent(store.db, id);
      if (event === null) throw new HTTPException(404, { message: `no event ${id}` });
      return json(c, { event, audit: await listAudit(store, { entity: 'events', entityId: id }) });
    },
  );
  for (const action of ['confirm', 'reject'] as const) {
    app.openapi(
      createRoute({ method: 'post', path: `/api/events/{id}/${action}`, tags: ['edits'], summary: `${action === 'confirm' ? 'Confirm' : 'Reject'} an event`, request: { params: IdParam, ...body(Version) }, responses: { ...ok(EventSchema, 'the event after the edit'), ...errors } }),
      async (c) => {
        const { id } = c.req.valid('param');
        const { version } = c.req.valid('json');
        return json(c, unwrap(await reviewEvent(store, id, { action }, { user: userOf(c), version, cameo })));
      },
    );
  }
  app.openapi(
    createRoute({ method: 'patch', path: '/api/events/{id}', tags: ['edits'], summary: 'Correct fields of an event (QuadClass and Goldstein follow the CAMEO code)', request: { params: IdParam, ...body(Version.extend({ changes: Changes })) }, responses: { ...ok(EventSchema, 'the event after the edit'), ...errors } }),
    async (c) => {
      const { id } = c.req.valid('param');
      const { version, changes } = c.req.valid('json');
      return json(c, unwrap(await reviewEvent(store, id, { action: 'correct', changes }, { user: userOf(c), version, cameo })));
    },
  );
  app.openapi(
    createRoute({ method: 'post', path: '/api/events/{id}/merge', tags: ['edits'], summary: 'Merge a duplicate into this event', request: { params: IdParam, ...body(Version.extend({ duplicateId: z.number().int().positive(), duplicateVersion: z.number().int().positive() })) }, responses: { ...ok(EventSchema, 'the kept event'), ...errors } }),
    async (c) => {
      const { id } = c.req.valid('param');
      const b = c.req.valid('json');
      return json(c, unwrap(await mergeEvents(store, { keepId: id, keepVersion: b.version, duplicateId: b.duplicateId, duplicateVersion: b.duplicateVersion, user: userOf(c) })));
    },
  );
  const Manual = Changes.required({ date: true, cameo: true, source: true }).extend({
    documentId: z.number().int().positive(),
    span: z.object({ start: z.number().int().nonnegative(), end: z.number().int().positive() }).openapi({ description: 'the selected text, in the ORIGINAL text' }),
  });
  app.openapi(
    createRoute({ method: 'post', path: '/api/events', tags: ['edits'], summary: 'Add an event by hand from a span of a document', request: body(Manual), responses: { ...ok(EventSchema, 'the new event'), ...errors } }),
    async (c) => json(c, unwrap(await addManualEvent(store, c.req.valid('json'), { user: userOf(c), cameo }))),
  );
  app.openapi(
    createRoute({ method: 'get', path: '/api/audit', tags: ['edits'], summary: 'Recent analyst edits, newest first', request: { query: z.object({ limit: z.coerce.number().int().min(1).max(1000).optional(), entity: z.string().optional(), entityId: z.coerce.number().int().optional() }) }, responses: { ...ok(z.array(z.unknown()), 'audit entries'), ...errors } }),
    async (c) => json(c, await listAudit(store, c.req.valid('query'))),
  );
  app.openapi(
    createRoute({ method: 'get', path: '/api/documents/{id}/annotations', tags: ['documents'], summary: 'Spans of mentions, events, claims and notes in the original text', request: { params: IdParam }, responses: { ...ok(z.record(z.string(), z.unknown()), 'annotations'), ...errors } }),
    async (c) => {
      const { id } = c.req.valid('param');
      const found = await documentAnnotations(store, id);
      if (found === null) throw new HTTPException(404, { message: `no document ${id}` });
      return json(c, found);
    },
  );
}
