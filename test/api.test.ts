// Integration: the HTTP API in-process (app.request), over a real SQLite store
// filled through the same ingest path the CLI uses.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ingestFiles } from '../src/app/ingest-documents.js';
import { createExtractor } from '../src/extract/create-extractor.js';
import { ingestFile } from '../src/ingest/ingest-file.js';
import { createApp } from '../src/serve/create-app.js';
import { openStore } from '../src/store/open-store.js';
import type { Store } from '../src/store/store.js';
import { testDatabase, type TestDatabase } from '../src/store/testing/test-database.js';

let dir: string;
let store: Store;
let database: TestDatabase;
let app: ReturnType<typeof createApp>;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'sokan-api-'));
  const file = join(dir, 'visit.txt');
  writeFileSync(
    file,
    '中国外相の訪朝\n2024年4月15日\n\n中国の趙楽際全人代常務委員長は2024年4月11日、北朝鮮を訪問し、金正恩総書記と会談した。平壌での会談では中朝友好年の開幕が宣言された。\n',
  );
  database = await testDatabase(join(dir, 'api.db')); // PostgreSQL under npm run test:pg
  store = await openStore({ path: database.location });
  const summary = await ingestFiles({ store, extractor: createExtractor(), readDocument: ingestFile }, [file]);
  expect(summary.failed).toEqual([]);
  app = createApp(store);
});

afterAll(async () => {
  await store.close();
  await database.drop();
  rmSync(dir, { recursive: true, force: true });
});

describe('HTTP API', () => {
  it('serves a plain home page with counts, escaping document text', async () => {
    const res = await app.request('/');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-security-policy')).toMatch(/default-src 'self'/);
    expect(await res.text()).toMatch(/1 documents/);
  });

  it('lists documents', async () => {
    const res = await app.request('/api/documents');
    const docs = (await res.json()) as { fileName: string }[];
    expect(docs.map((d) => d.fileName)).toEqual(['visit']);
  });

  it('filters events by dyad', async () => {
    const res = await app.request('/api/events?dyad=CHN,PRK&from=2024&to=2024');
    expect(res.status).toBe(200);
    const events = (await res.json()) as { source: string; target: string; cameo: string }[];
    expect(events.length).toBeGreaterThan(0);
    expect(events.every((e) => [e.source, e.target].sort().join() === 'CHN,PRK')).toBe(true);
  });

  it('searches Japanese text and reports original positions', async () => {
    const res = await app.request(`/api/search?q=${encodeURIComponent('中朝友好年')}`);
    const results = (await res.json()) as { hits: { position: number; snippet: { match: string } }[] }[];
    expect(results[0]!.hits[0]!.snippet.match).toBe('中朝友好年');
  });

  it('answers a bad request with one JSON error shape naming the field', async () => {
    const res = await app.request('/api/events?from=yesterday');
    expect(res.status).toBe(400);
    const body = (await res.json()) as { error: { status: number; message: string } };
    expect(body.error.status).toBe(400);
    expect(body.error.message).toMatch(/^from: /);
    const missing = await app.request('/api/nothing');
    expect(((await missing.json()) as { error: { status: number } }).error.status).toBe(404);
  });
});
