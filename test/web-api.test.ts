// The workbench's API in-process (app.request) over a real SQLite store:
// annotations, analyst edits with optimistic concurrency and the audit log,
// and multipart upload with per-file outcomes (JSON and Server-Sent Events).
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ingestFiles } from '../src/app/ingest-documents.js';
import { createExtractor } from '../src/extract/create-extractor.js';
import { ingestFile } from '../src/ingest/ingest-file.js';
import { createApp } from '../src/serve/create-app.js';
import { safeFileName } from '../src/serve/routes/upload-routes.js';
import { openStore } from '../src/store/open-store.js';
import type { Store } from '../src/store/store.js';
import { testDatabase, type TestDatabase } from '../src/store/testing/test-database.js';

interface Event {
  id: number;
  version: number;
  cameo: string;
  quadClass: number;
  goldstein: number;
  reviewState: string;
  source: string;
  target: string | null;
  date: string;
  sources: { documentId: number; quote: string; span: { start: number; end: number }; rule: string }[];
}
interface Audit { user: string; action: string; entityId: number; before: Event | null; after: Event | null }

const TEXT =
  '露朝外相会談\n2023年10月20日\n\nロシアのラブロフ外相は2023年10月18日、平壌を訪問し、北朝鮮の崔善姫外相と会談した。\n' +
  '両国は2023年10月19日、軍事協力の拡大で合意した（注1）。\n\n注1　東亜タイムズ「露朝外相会談の詳報」https://www.example.org/toa/2023/10/20（2023年10月21日閲覧）\n';

let dir: string;
let store: Store;
let database: TestDatabase;
let app: ReturnType<typeof createApp>;
let docId: number;

const json = (body: unknown, user?: string) => ({
  method: 'POST',
  headers: { 'Content-Type': 'application/json', ...(user ? { 'X-Sokan-User': user } : {}) },
  body: JSON.stringify(body),
});
const events = async (): Promise<Event[]> => (await (await app.request(`/api/events?limit=1000`)).json()) as Event[];

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'sokan-web-api-'));
  const file = join(dir, 'lavrov.md');
  writeFileSync(file, TEXT);
  database = await testDatabase(join(dir, 'web.db')); // PostgreSQL under npm run test:pg
  store = await openStore({ path: database.location });
  const summary = await ingestFiles({ store, extractor: createExtractor(), readDocument: ingestFile }, [file]);
  expect(summary.failed).toEqual([]);
  app = createApp(store);
  docId = ((await (await app.request('/api/documents')).json()) as { id: number }[])[0]!.id;
});

afterAll(async () => {
  await store.close();
  await database.drop();
  rmSync(dir, { recursive: true, force: true });
});

describe('GET /api/documents/{id}/annotations', () => {
  it('gives spans of mentions, events and notes in the original text, with footnote markers', async () => {
    const res = await app.request(`/api/documents/${docId}/annotations`);
    expect(res.status).toBe(200);
    const a = (await res.json()) as {
      mentions: { surface: string; span: { start: number; end: number } }[];
      events: { eventId: number; span: { start: number; end: number } }[];
      citations: { marker: string; span: { start: number; end: number } }[];
      footnoteMarkers: { citation: number; span: { start: number; end: number } }[];
    };
    expect(a.mentions.some((m) => TEXT.slice(m.span.start, m.span.end).includes('ラブロフ'))).toBe(true);
    expect(a.events.length).toBeGreaterThan(0);
    for (const e of a.events) expect(e.span.end).toBeGreaterThan(e.span.start);
    expect(a.citations.map((c) => c.marker)).toEqual(['注1']);
    expect(a.footnoteMarkers).toHaveLength(1);
    expect(TEXT.slice(a.footnoteMarkers[0]!.span.start, a.footnoteMarkers[0]!.span.end)).toBe('（注1）');
  });

  it('answers 404 in the one error shape for a missing document', async () => {
    const res = await app.request('/api/documents/9999/annotations');
    expect(res.status).toBe(404);
    expect(await res.json()).toEqual({ error: { status: 404, message: 'no document 9999' } });
  });
});

describe('event edits', () => {
  it('confirms an event, bumps its version and audits who did it', async () => {
    const [e] = await events();
    const res = await app.request(`/api/events/${e!.id}/confirm`, json({ version: e!.version }, 'hanako'));
    expect(res.status).toBe(200);
    const after = (await res.json()) as Event;
    expect(after).toMatchObject({ reviewState: 'confirmed', version: e!.version + 1 });
    const { audit } = (await (await app.request(`/api/events/${e!.id}`)).json()) as { audit: Audit[] };
    expect(audit[0]).toMatchObject({ user: 'hanako', action: 'confirm', entityId: e!.id });
    expect(audit[0]!.before!.reviewState).toBe('unreviewed');
    expect(audit[0]!.after!.reviewState).toBe('confirmed');
  });

  it('corrects fields, taking QuadClass and Goldstein from the new CAMEO code', async () => {
    const [, e] = await events();
    const res = await app.request(`/api/events/${e!.id}`, { ...json({ version: e!.version, changes: { cameo: '190', status: 'alleged' } }), method: 'PATCH' });
    expect(res.status).toBe(200);
    const after = (await res.json()) as Event & { status: string };
    expect(after).toMatchObject({ cameo: '190', quadClass: 4, goldstein: -10, status: 'alleged', reviewState: 'corrected', version: e!.version + 1 });
    const { audit } = (await (await app.request(`/api/events/${e!.id}`)).json()) as { audit: Audit[] };
    expect(audit[0]).toMatchObject({ user: 'local', action: 'correct' });
    expect(audit[0]!.before!.cameo).toBe(e!.cameo);
  });

  it('refuses a stale version with 409 and the current record, changing nothing', async () => {
    const [e] = await events();
    const res = await app.request(`/api/events/${e!.id}/reject`, json({ version: e!.version - 1 }));
    expect(res.status).toBe(409);
    const body = (await res.json()) as { error: { status: number; message: string; current: Event } };
    expect(body.error.status).toBe(409);
    expect(body.error.message).toMatch(/version/);
    expect(body.error.current).toMatchObject({ id: e!.id, version: e!.version, reviewState: e!.reviewState });
    expect((await events()).find((x) => x.id === e!.id)!.reviewState).toBe(e!.reviewState);
  });

  it('rejects bad input with 400 naming the field', async () => {
    const [e] = await events();
    const bad = await app.request(`/api/events/${e!.id}`, { ...json({ version: e!.version, changes: { cameo: '999' } }), method: 'PATCH' });
    expect(bad.status).toBe(400);
    expect(((await bad.json()) as { error: { message: string } }).error.message).toMatch(/^cameo: /);
    const missing = await app.request(`/api/events/${e!.id}/confirm`, json({}));
    expect(missing.status).toBe(400);
    expect(((await missing.json()) as { error: { message: string } }).error.message).toMatch(/^version: /);
    expect((await app.request('/api/events/99999')).status).toBe(404);
  });

  it('adds an event by hand from a span, with the normalised quote, and merges a duplicate into it', async () => {
    const start = TEXT.indexOf('両国は');
    const end = TEXT.indexOf('。', start) + 1;
    const res = await app.request('/api/events', json({ documentId: docId, span: { start, end }, date: '2023-10-19', cameo: '057', source: 'RUS', target: 'PRK' }, 'taro'));
    expect(res.status).toBe(200);
    const manual = (await res.json()) as Event;
    expect(manual).toMatchObject({ reviewState: 'confirmed', quadClass: 1, version: 1, origin: 'manual' });
    expect(manual.sources[0]).toMatchObject({ documentId: docId, rule: 'manual', span: { start, end } });
    expect(manual.sources[0]!.quote).toContain('軍事協力の拡大で合意した');

    const again = (await (await app.request('/api/events', json({ documentId: docId, span: { start, end: end - 1 }, date: '2023-10-19', cameo: '057', source: 'RUS', target: 'PRK' }))).json()) as Event;
    const merged = await app.request(`/api/events/${manual.id}/merge`, json({ version: manual.version, duplicateId: again.id, duplicateVersion: again.version }, 'taro'));
    expect(merged.status).toBe(200);
    const kept = (await merged.json()) as Event;
    expect(kept.version).toBe(2);
    expect(kept.sources).toHaveLength(2);
    expect((await app.request(`/api/events/${again.id}`)).status).toBe(404);
    const recent = (await (await app.request('/api/audit?limit=3')).json()) as Audit[];
    expect(recent.map((a) => a.action)).toEqual(['merged-into', 'merge', 'create']);
  });
});

describe('POST /api/documents (upload)', () => {
  const form = (files: [string, string][]) => {
    const f = new FormData();
    for (const [name, text] of files) f.append('files', new File([text], name, { type: 'text/plain' }), name);
    return f;
  };

  it('ingests files and reports each one, refusing unsupported types', async () => {
    const text = '中朝首脳会談\n2019年6月21日\n\n中国の習近平国家主席は2019年6月20日、平壌を訪問し、金正恩委員長と会談した。\n';
    const res = await app.request('/api/documents', { method: 'POST', body: form([['folder/xi visit.txt', text], ['notes.exe', 'x']]) });
    expect(res.status).toBe(200);
    const body = (await res.json()) as { files: { name: string; kind: string; events?: number; message?: string }[]; summary: { stored: number; failed: number } };
    expect(body.summary).toMatchObject({ stored: 1, failed: 1 });
    expect(body.files.find((f) => f.name === 'notes.exe')).toMatchObject({ kind: 'failed' });
    const broken = (await (await app.request('/api/documents', { method: 'POST', body: form([['bad.pdf', 'not a pdf']]) })).json()) as typeof body;
    expect(broken.files[0]).toMatchObject({ name: 'bad.pdf', kind: 'failed' });
    expect(broken.files[0]!.message).not.toMatch(/sokan-upload-/);
    const stored = body.files.find((f) => f.name === 'folder/xi visit.txt');
    expect(stored).toMatchObject({ kind: 'stored' });
    expect(stored!.events).toBeGreaterThan(0);
    const docs = (await (await app.request('/api/documents')).json()) as { fileName: string }[];
    expect(docs.map((d) => d.fileName)).toContain('xi visit');
  });

  it('streams per-file outcomes as Server-Sent Events when asked', async () => {
    const res = await app.request('/api/documents', { method: 'POST', headers: { Accept: 'text/event-stream' }, body: form([['again.txt', TEXT]]) });
    expect(res.headers.get('content-type')).toMatch(/text\/event-stream/);
    const text = await res.text();
    expect(text).toMatch(/event: start\ndata: \{"total":1\}/);
    expect(text).toMatch(/event: file\ndata: .*"kind":"duplicate"/);
    expect(text).toMatch(/event: done\ndata: .*"duplicates":1/);
  });

  it('names every part of a big uploaded file after the upload, not its temporary copy', async () => {
    const paragraph = 'ロシアのショイグ国防相は2023年7月26日、平壌を訪問し、北朝鮮の金正恩委員長と会談した。\n\n';
    const text = paragraph.repeat(Math.ceil((9 * 1024 * 1024) / Buffer.byteLength(paragraph))); // over the 8 MiB streaming threshold
    const res = await app.request('/api/documents', { method: 'POST', body: form([['archive/big.txt', text]]) });
    expect(res.status).toBe(200);
    const rows = await store.db.selectFrom('documents').select(['source_path']).where('file_name', '=', 'big').execute();
    expect(rows.length).toBeGreaterThan(1);
    expect(new Set(rows.map((r) => r.source_path))).toEqual(new Set(['upload/archive/big.txt']));
  }, 120_000);

  it('refuses an upload that a browser says comes from another site', async () => {
    const res = await app.request('http://127.0.0.1:8080/api/documents', { method: 'POST', headers: { Origin: 'https://evil.example' }, body: form([['x.txt', 'x']]) });
    expect(res.status).toBe(403);
    expect(((await res.json()) as { error: { status: number } }).error.status).toBe(403);
    const site = await app.request('/api/documents', { method: 'POST', headers: { 'Sec-Fetch-Site': 'cross-site' }, body: form([['x.txt', 'x']]) });
    expect(site.status).toBe(403);
  });

  it('refuses a request without files', async () => {
    const res = await app.request('/api/documents', { method: 'POST', body: new FormData() });
    expect(res.status).toBe(400);
    const plain = await app.request('/api/documents', json({}));
    expect(plain.status).toBe(400);
  });

  it('makes browser-sent names safe', () => {
    expect(safeFileName('../../etc/passwd')).toBe('passwd');
    expect(safeFileName('a/b\\c<>:"|?*.txt')).toBe('c.txt');
    expect(safeFileName('..hidden.md')).toBe('hidden.md');
    expect(safeFileName('')).toBe('upload');
    expect(safeFileName(`${'長'.repeat(300)}.txt`)).toHaveLength(120);
  });
});
