// Server mode in-process (app.request) over a real store: every mutating
// route is refused to anonymous clients (401) and viewers (403); login,
// sessions, lockout, logout, Bearer tokens, user management, and the audit
// log naming the logged-in analyst whatever header is sent.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ingestFiles } from '../../app/ingest-documents.js';
import { createExtractor } from '../../extract/create-extractor.js';
import { ingestFile } from '../../ingest/ingest-file.js';
import { addAccount, createSession, hashPassword } from '../../store/accounts/index.js';
import { openStore } from '../../store/open-store.js';
import type { Store } from '../../store/store.js';
import { createApp } from '../create-app.js';
import { serverMode } from './auth-config.js';
import { LoginLimiter } from './login-limiter.js';
import { requiredAccess } from './route-permissions.js';

const TEXT = 'ロシアのラブロフ外相は2023年10月18日、平壌を訪問し、北朝鮮の崔善姫外相と会談した。\n';
const PASSWORD = 'a long enough password';
// Fast parameters for test accounts (the hash names them); a login re-hashes with the real ones.
const FAST = { N: 1024, r: 8, p: 1 };

let dir: string;
let store: Store;
let app: ReturnType<typeof createApp>;
const tokens: Record<'viewer' | 'analyst' | 'admin', string> = { viewer: '', analyst: '', admin: '' };

const bearer = (token: string) => ({ Authorization: `Bearer ${token}` });
const send = (method: string, path: string, headers: Record<string, string> = {}, body: unknown = {}) =>
  app.request(path, { method, headers: { 'Content-Type': 'application/json', ...headers }, ...(method === 'GET' ? {} : { body: JSON.stringify(body) }) });
const login = (name: string, password: string, headers: Record<string, string> = {}) => send('POST', '/api/login', headers, { name, password });
const cookieOf = (res: Response) => /sokan_session=([^;]+)/.exec(res.headers.get('set-cookie') ?? '')?.[1] ?? '';

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'sokan-auth-'));
  store = await openStore({ path: join(dir, 'auth.db') });
  writeFileSync(join(dir, 'lavrov.txt'), TEXT);
  await ingestFiles({ store, extractor: createExtractor(), readDocument: ingestFile }, [join(dir, 'lavrov.txt')]);
  for (const role of ['viewer', 'analyst', 'admin'] as const) {
    await addAccount(store, `${role}1`, role, await hashPassword(PASSWORD, FAST));
    tokens[role] = (await createSession(store, `${role}1`, 'api-token')).token;
  }
  app = createApp(store, { webDir: null, auth: serverMode({ loginLimiter: new LoginLimiter({ maxFailures: 3, windowMs: 60_000, lockMs: 60_000, maxEntries: 100 }) }) });
}, 60_000);

afterAll(async () => {
  await store.close();
  rmSync(dir, { recursive: true, force: true });
});

/** Every non-GET route of the app: Hono's route list (covers routes outside the OpenAPI document) and the OpenAPI paths. */
function mutatingRoutes(): { method: string; path: string }[] {
  const doc = app.getOpenAPI31Document({ openapi: '3.1.0', info: { title: 't', version: '0' } });
  const fromDoc = Object.entries(doc.paths ?? {}).flatMap(([p, item]) =>
    Object.keys(item ?? {}).filter((m) => ['post', 'put', 'patch', 'delete'].includes(m)).map((m) => ({ method: m.toUpperCase(), path: p.replace(/\{[^}]+\}/g, '1') })),
  );
  const fromHono = app.routes.filter((r) => !['GET', 'ALL', 'HEAD'].includes(r.method)).map((r) => ({ method: r.method, path: r.path.replace(/:[^/]+/g, '1') }));
  const seen = new Map([...fromDoc, ...fromHono].map((r) => [`${r.method} ${r.path}`, r]));
  return [...seen.values()];
}

describe('the route table', () => {
  it('covers every mutating route with its own row, and reading needs a viewer', () => {
    const routes = mutatingRoutes();
    expect(routes.length).toBeGreaterThanOrEqual(15);
    expect(routes.map((r) => `${r.method} ${r.path}`)).toContain('POST /api/documents'); // not in the OpenAPI document, still covered
    for (const r of routes) expect(requiredAccess(r.method, r.path).rule, `${r.method} ${r.path}`).not.toBeNull();
    expect(requiredAccess('GET', '/api/events')).toEqual({ access: 'viewer', rule: 'GET *' });
    expect(requiredAccess('DELETE', '/api/unknown/thing')).toEqual({ access: 'admin', rule: null });
    expect(requiredAccess('PATCH', '/api/events/12').access).toBe('analyst');
    expect(requiredAccess('DELETE', '/api/users/bob').access).toBe('admin');
  });

  it('refuses every mutating route to an anonymous client (401) and to a viewer (403)', async () => {
    for (const r of mutatingRoutes()) {
      if (requiredAccess(r.method, r.path).access === 'public') continue;
      const anon = await send(r.method, r.path);
      expect(anon.status, `anonymous ${r.method} ${r.path}`).toBe(401);
      expect(((await anon.json()) as { error: { status: number } }).error.status).toBe(401);
      const viewer = await send(r.method, r.path, bearer(tokens.viewer));
      expect(viewer.status, `viewer ${r.method} ${r.path}`).toBe(403);
    }
  });

  it('lets a viewer read and refuses an anonymous reader', async () => {
    expect((await send('GET', '/api/events')).status).toBe(401);
    expect((await send('GET', '/')).status).toBe(401); // the plain home page lists documents
    expect((await send('GET', '/api/events', bearer(tokens.viewer))).status).toBe(200);
    expect((await send('GET', '/api/events', bearer('not-a-real-token-at-all-xxxxxxxxxx'))).status).toBe(401);
  });
});

describe('login, sessions and logout', () => {
  it('/api/me says login is needed, then who is logged in', async () => {
    expect(await (await send('GET', '/api/me')).json()).toEqual({ mode: 'server', user: null });
    expect(await (await send('GET', '/api/me', bearer(tokens.analyst))).json()).toEqual({ mode: 'server', user: { name: 'analyst1', role: 'analyst' } });
  });

  it('logs in with a HttpOnly SameSite=Strict cookie that works until logout', async () => {
    const res = await login('analyst1', PASSWORD);
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ user: { name: 'analyst1', role: 'analyst' } });
    const setCookie = res.headers.get('set-cookie') ?? '';
    expect(setCookie).toMatch(/HttpOnly/);
    expect(setCookie).toMatch(/SameSite=Strict/);
    expect(setCookie).toMatch(/Path=\//);
    expect(setCookie).not.toMatch(/Secure/);
    const cookie = { Cookie: `sokan_session=${cookieOf(res)}` };
    expect((await send('GET', '/api/stats', cookie)).status).toBe(200);
    expect((await send('POST', '/api/logout', cookie)).status).toBe(200);
    expect((await send('GET', '/api/stats', cookie)).status).toBe(401);
  });

  it('refuses a wrong password, then locks the name for that address', async () => {
    for (let i = 0; i < 3; i++) expect((await login('viewer1', 'wrong password!!')).status).toBe(401);
    const locked = await login('viewer1', PASSWORD);
    expect(locked.status).toBe(429);
    expect(Number(locked.headers.get('retry-after'))).toBeGreaterThan(0);
    expect((await login('nobody', PASSWORD)).status).toBe(401);
  });

  it('refuses a change sent by another site even with a valid cookie', async () => {
    const cookie = { Cookie: `sokan_session=${cookieOf(await login('analyst1', PASSWORD))}` };
    const [event] = (await (await send('GET', '/api/events', cookie)).json()) as { id: number; version: number }[];
    const res = await send('POST', `/api/events/${event!.id}/confirm`, { ...cookie, Origin: 'http://evil.example', 'Sec-Fetch-Site': 'cross-site' }, { version: event!.version });
    expect(res.status).toBe(403);
  });

  it('marks the cookie Secure with the __Host- prefix when asked', async () => {
    const secureApp = createApp(store, { webDir: null, auth: serverMode({ secureCookies: true }) });
    const res = await secureApp.request('/api/login', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ name: 'admin1', password: PASSWORD }) });
    expect(res.headers.get('set-cookie')).toMatch(/^__Host-sokan_session=[^;]+;.*Secure/);
  });
});

describe('edits in server mode', () => {
  it('records the logged-in analyst in the audit log and ignores X-Sokan-User', async () => {
    const [event] = (await (await send('GET', '/api/events', bearer(tokens.analyst))).json()) as { id: number; version: number }[];
    const now = (await (await send('GET', `/api/events/${event!.id}`, bearer(tokens.analyst))).json()) as { event: { version: number } };
    const res = await send('POST', `/api/events/${event!.id}/reject`, { ...bearer(tokens.analyst), 'X-Sokan-User': 'someone-else' }, { version: now.event.version });
    expect(res.status).toBe(200);
    const audit = (await (await send('GET', `/api/audit?entity=events&entityId=${event!.id}`, bearer(tokens.viewer))).json()) as { user: string; action: string }[];
    expect(audit[0]).toMatchObject({ user: 'analyst1', action: 'reject' });
  });
});

describe('user management over the API', () => {
  it('lets an admin add, change and remove accounts, and nobody else', async () => {
    const admin = bearer(tokens.admin);
    expect((await send('POST', '/api/users', bearer(tokens.analyst), { name: 'x', role: 'viewer', password: PASSWORD })).status).toBe(403);
    expect((await send('POST', '/api/users', admin, { name: 'hanako', role: 'viewer', password: 'short' })).status).toBe(400);
    const added = await send('POST', '/api/users', admin, { name: 'hanako', role: 'viewer', password: PASSWORD });
    expect(added.status).toBe(201);
    expect(await added.json()).toMatchObject({ name: 'hanako', role: 'viewer' });
    expect((await send('POST', '/api/users', admin, { name: 'hanako', role: 'viewer', password: PASSWORD })).status).toBe(409);
    expect(await (await send('PATCH', '/api/users/hanako', admin, { role: 'analyst' })).json()).toMatchObject({ role: 'analyst' });
    const list = (await (await send('GET', '/api/users', admin)).json()) as Record<string, unknown>[];
    expect(list.map((a) => a['name'])).toContain('hanako');
    expect(JSON.stringify(list)).not.toMatch(/scrypt|password/);
    expect((await send('PATCH', '/api/users/admin1', admin, { role: 'viewer' })).status).toBe(409); // the only admin
    expect((await send('DELETE', '/api/users/hanako', admin)).status).toBe(200);
    expect((await send('DELETE', '/api/users/hanako', admin)).status).toBe(404);
  });
});

describe('laptop mode', () => {
  it('needs no login and takes the analyst name from the header', async () => {
    const laptop = createApp(store, { webDir: null });
    expect(await (await laptop.request('/api/me')).json()).toEqual({ mode: 'laptop' });
    expect((await laptop.request('/api/events')).status).toBe(200);
    expect((await laptop.request('/api/users')).status).toBe(403);
    const [event] = (await (await laptop.request('/api/events')).json()) as { id: number; version: number }[];
    const res = await laptop.request(`/api/events/${event!.id}/confirm`, { method: 'POST', headers: { 'Content-Type': 'application/json', 'X-Sokan-User': 'taro' }, body: JSON.stringify({ version: event!.version }) });
    expect(res.status).toBe(200);
    const audit = (await (await laptop.request(`/api/audit?entity=events&entityId=${event!.id}`)).json()) as { user: string }[];
    expect(audit[0]!.user).toBe('taro');
  });
});
