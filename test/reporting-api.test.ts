// Integration: the reporting routes in-process (app.request) over a real SQLite store
// filled through the ingest path the CLI uses.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ingestFiles } from '../src/app/ingest-documents.js';
import { createExtractor } from '../src/extract/create-extractor.js';
import { ingestFile } from '../src/ingest/ingest-file.js';
import { createApp } from '../src/serve/create-app.js';
import { openStore } from '../src/store/open-store.js';
import { testDatabase, type TestDatabase } from '../src/store/testing/test-database.js';
import type { Store } from '../src/store/store.js';
import { REPORTING_TEXTS } from '../src/analyse/reporting/testing/reporting-texts.js';

let dir: string;
let store: Store;
let database: TestDatabase;
let app: ReturnType<typeof createApp>;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'sokan-reporting-api-'));
  const files = Object.entries(REPORTING_TEXTS).map(([name, text]) => (writeFileSync(join(dir, name), text), join(dir, name)));
  database = await testDatabase(join(dir, 'api.db')); // PostgreSQL under npm run test:pg
  store = await openStore({ path: database.location });
  const summary = await ingestFiles({ store, extractor: createExtractor(), readDocument: ingestFile }, files);
  expect(summary.failed).toEqual([]);
  app = createApp(store);
});
afterAll(async () => {
  await store.close();
  await database.drop();
  rmSync(dir, { recursive: true, force: true });
});

const get = async (path: string) => {
  const res = await app.request(path);
  return { status: res.status, body: (await res.json()) as any };
};
const send = async (method: string, path: string, body: unknown) => {
  const res = await app.request(path, { method, headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
  return { status: res.status, body: (await res.json()) as any };
};

describe('reporting API', () => {
  it('serves the summit table and exchange counts of a dyad', async () => {
    const s = await get('/api/analyses/summits?dyad=RUS,PRK&from=2023-09-13&to=2023-09-13');
    expect(s.status).toBe(200);
    expect(s.body).toHaveLength(1);
    expect(s.body[0]).toMatchObject({ date: '2023-09-13', place: 'Vostochny Cosmodrome', framework: { kind: 'bilateral-visit', host: 'RUS' } }); // talks in Russia: Kim was visiting (an implied visit)
    const x = await get('/api/analyses/exchanges?dyad=RUS,PRK&byYear=false');
    expect(x.status).toBe(200);
    expect(x.body.every((r: { year: string }) => r.year === 'all')).toBe(true);
  });

  it('answers a bad query with the one error shape naming the field', async () => {
    for (const [path, field] of [
      ['/api/analyses/summits', 'dyad'],
      ['/api/analyses/summits?dyad=RUS', 'dyad'],
      ['/api/analyses/exchanges?dyad=RUS,PRK&from=Sept', 'from'],
      ['/api/analyses/narratives?a=kcna-account&b=tass-account&minScore=3', 'minScore'],
    ] as const) {
      const r = await get(path);
      expect(r.status).toBe(400);
      expect(r.body).toEqual({ error: { status: 400, message: expect.stringMatching(new RegExp(`^${field}`)) } });
    }
  });

  it('tracks claims and draws them as SVG', async () => {
    const c = await get('/api/analyses/claims?unit=container');
    expect(c.body[0].series.map((x: { low: number }) => x.low)).toEqual([1000, 6700]);
    const res = await app.request('/api/analyses/claims/chart.svg?unit=container');
    expect(res.headers.get('content-type')).toMatch(/image\/svg\+xml/);
    expect(await res.text()).toMatch(/^<svg[\s\S]*lavrov-visit[\s\S]*<\/svg>/);
  });

  it('compares two narratives, and 404s a missing document', async () => {
    const n = await get('/api/analyses/narratives?a=kcna-account&b=tass-account');
    expect(n.status).toBe(200);
    expect(n.body.summary.aligned).toBeGreaterThanOrEqual(2);
    expect(n.body.rows.some((r: { kind: string }) => r.kind === 'only-b')).toBe(true);
    expect((await get('/api/analyses/narratives?a=kcna-account&b=missing')).status).toBe(404);
  });

  it('round-trips an ACH analysis through the database', async () => {
    const a = await send('POST', '/api/ach', { title: 'Purpose of the summit' });
    expect(a.status).toBe(201);
    const id = a.body.id as number;
    expect((await send('POST', `/api/ach/${id}/hypotheses`, { text: 'Arms deal' })).body.label).toBe('H1');
    expect((await send('POST', `/api/ach/${id}/hypotheses`, { text: 'Courtesy call', label: 'H2' })).status).toBe(201);
    const event = (await get('/api/analyses/summits?dyad=RUS,PRK&from=2023-09-13&to=2023-09-13')).body[0].eventId as number;
    const e1 = await send('POST', `/api/ach/${id}/evidence`, { text: 'Met at a launch site', eventId: event, relevance: 'high' });
    const e2 = await send('POST', `/api/ach/${id}/evidence`, { text: 'Four hours of talks', credibility: 'low' });
    expect([e1.status, e2.status]).toEqual([201, 201]);
    const rated = await send('PUT', `/api/ach/${id}/ratings`, {
      ratings: [
        { hypothesis: 'H1', evidenceId: e1.body.id, rating: 'C' }, { hypothesis: 'H2', evidenceId: e1.body.id, rating: 'II' },
        { hypothesis: 'H1', evidenceId: e2.body.id, rating: 'I' }, { hypothesis: 'H2', evidenceId: e2.body.id, rating: 'C' },
      ],
    });
    expect(rated.status).toBe(200);
    // By hand: H1 = I on e2 (1 × low ½ × medium 1) = 0.5; H2 = II on e1 (2 × medium 1 × high 2) = 4.
    const back = await get(`/api/ach/${id}`);
    expect(back.body.hypotheses.map((h: { label: string; inconsistency: number; weightedInconsistency: number }) => [h.label, h.inconsistency, h.weightedInconsistency])).toEqual([['H1', 1, 0.5], ['H2', 2, 4]]);
    expect(back.body.leaders).toEqual(['H1']);
    expect(back.body.evidence[0].event.id).toBe(event);
    // Reversing e1 (C→I, II→CC) makes H1 = 1·2 + 0.5 = 2.5 and H2 = 0: the ranking flips.
    expect(back.body.evidence[0].sensitivity).toMatchObject({ reversedChangesRanking: true, leadersIfReversed: ['H2'] });
    expect((await get('/api/ach')).body.some((x: { id: number }) => x.id === id)).toBe(true);
    expect((await send('DELETE', `/api/ach/${id}`, {})).status).toBe(200);
    expect((await get(`/api/ach/${id}`)).status).toBe(404);
  });

  it('validates ACH bodies with the one error shape', async () => {
    const a = await send('POST', '/api/ach', { title: '' });
    expect(a.status).toBe(400);
    expect(a.body.error.message).toMatch(/^title/);
    const id = (await send('POST', '/api/ach', { title: 't' })).body.id as number;
    const bad = await send('PUT', `/api/ach/${id}/ratings`, { ratings: [{ hypothesis: 'H1', evidenceId: 1, rating: 'maybe' }] });
    expect(bad.status).toBe(400);
    expect(bad.body.error.message).toMatch(/^ratings\.0\.rating/);
    expect((await send('POST', `/api/ach/${id}/evidence`, { text: 'e', eventId: 99999 })).body.error.message).toMatch(/^eventId/);
    expect((await send('POST', '/api/ach/99999/hypotheses', { text: 'x' })).status).toBe(404);
  });

  it('documents every reporting route in the OpenAPI document', async () => {
    const doc = (await get('/api/openapi.json')).body as { paths: Record<string, Record<string, unknown>> };
    for (const p of ['/api/analyses/summits', '/api/analyses/exchanges', '/api/analyses/claims', '/api/analyses/claims/chart.svg', '/api/analyses/narratives', '/api/ach', '/api/ach/{id}', '/api/ach/{id}/hypotheses', '/api/ach/{id}/evidence', '/api/ach/{id}/ratings']) {
      expect(doc.paths[p], p).toBeDefined();
    }
    expect(Object.keys(doc.paths['/api/ach/{id}']!).sort()).toEqual(['delete', 'get']);
  });
});
