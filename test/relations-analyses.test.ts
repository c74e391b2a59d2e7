// Integration: the relations analyses (index, leadlag, timeline, network)
// through the HTTP API in-process and through the built CLI, each over a real
// SQLite store filled by ingesting short Japanese texts written for this test.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ingestFiles } from '../src/app/ingest-documents.js';
import { createExtractor } from '../src/extract/create-extractor.js';
import { ingestFile } from '../src/ingest/ingest-file.js';
import { createApp } from '../src/serve/create-app.js';
import { openStore } from '../src/store/open-store.js';
import { testDatabase, type TestDatabase } from '../src/store/testing/test-database.js';
import { queryEvents, type StoredEvent } from '../src/store/query-events.js';
import type { Store } from '../src/store/store.js';

const TEXTS: Record<string, string> = {
  vladivostok: '露朝首脳会談\n2019年4月26日\n\n北朝鮮の金正恩委員長は2019年4月25日、ウラジオストクでロシアのプーチン大統領と初めて会談した。\n',
  xi: '習主席の訪朝\n2019年6月21日\n\n中国の習近平国家主席は2019年6月20日、平壌を訪問し、金正恩委員長と会談した。\n',
  lavrov: 'ラブロフ外相の訪朝\n2023年10月20日\n\nロシアのラブロフ外相は2023年10月18日から19日まで北朝鮮を訪問し、崔善姫外相と会談した。\n',
  zhao: '趙楽際氏の訪朝\n2024年4月15日\n\n中国の趙楽際全人代常務委員長は2024年4月11日、北朝鮮を訪問し、金正恩総書記と会談した。\n',
  treaty: '露朝条約\n2024年6月20日\n\nロシアのプーチン大統領は2024年6月19日、平壌を訪問し、金正恩総書記と会談した。両首脳は包括的戦略パートナーシップ条約に署名した。\n',
};

const BIN = join(import.meta.dirname, '..', 'bin', 'sokan.js');
let dir: string;
let store: Store;
let database: TestDatabase;
let app: ReturnType<typeof createApp>;
let stored: StoredEvent[];

const between = (e: StoredEvent, a: string, b: string) => (e.source === a && e.target === b) || (e.source === b && e.target === a);

/** Well-formed XML without a parser: tags close in order, no bare `&` or `<` in text. */
function wellFormed(xml: string): boolean {
  const stack: string[] = [];
  const body = xml.replace(/^<\?xml[^>]*\?>\s*/, '');
  for (const m of body.matchAll(/<(\/?)([A-Za-z][\w:.-]*)((?:\s+[\w:.-]+="[^"<]*")*)\s*(\/?)>/g)) {
    if (m[1]) {
      if (stack.pop() !== m[2]) return false;
    } else if (!m[4]) stack.push(m[2]!);
  }
  const text = body.replace(/<[^>]*>/g, '');
  return stack.length === 0 && !/&(?!(amp|lt|gt|quot|apos);)/.test(text) && !/[<>]/.test(text);
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'sokan-relations-'));
  mkdirSync(join(dir, 'docs'));
  const files = Object.entries(TEXTS).map(([name, text]) => {
    const file = join(dir, 'docs', `${name}.txt`);
    writeFileSync(file, text);
    return file;
  });
  database = await testDatabase(join(dir, 'api.db')); // PostgreSQL under npm run test:pg
  store = await openStore({ path: database.location });
  const summary = await ingestFiles({ store, extractor: createExtractor(), readDocument: ingestFile }, files);
  expect(summary.failed).toEqual([]);
  stored = await queryEvents(store);
  expect(stored.filter((e) => between(e, 'RUS', 'PRK')).length).toBeGreaterThan(2);
  expect(stored.filter((e) => between(e, 'CHN', 'PRK')).length).toBeGreaterThan(1);
  app = createApp(store);
});

afterAll(async () => {
  await store.close();
  await database.drop();
  rmSync(dir, { recursive: true, force: true });
});

interface IndexBody {
  index: { period: string; flow: string; direction: string; count: number; quad1: number; quad2: number; quad3: number; quad4: number; goldsteinSum: number; eventIds: number[] }[];
  comparison: { period: string; dyad: string; count: number; eventIds: number[] }[];
  evidence: { eventId: number; sources: { fileName: string; span: { start: number; end: number } }[] }[];
}

const get = async <T>(url: string): Promise<{ status: number; body: T; type: string | null }> => {
  const res = await app.request(url);
  const type = res.headers.get('content-type');
  return { status: res.status, type, body: (type?.includes('json') ? await res.json() : await res.text()) as T };
};

describe('relations API', () => {
  it('index: per-year counts and Goldstein sums match the stored events of the dyad, each direction', async () => {
    const { status, body } = await get<IndexBody>('/api/analyses/index?dyad=RUS,PRK&by=year');
    expect(status).toBe(200);
    for (const year of ['2019', '2023', '2024']) {
      const inYear = stored.filter((e) => e.date.startsWith(year));
      const ab = inYear.filter((e) => e.source === 'RUS' && e.target === 'PRK');
      const both = inYear.filter((e) => between(e, 'RUS', 'PRK'));
      const row = (flow: string) => body.index.find((r) => r.period === year && r.flow === flow)!;
      expect(row('a-to-b').count).toBe(ab.length);
      expect([...row('a-to-b').eventIds].sort()).toEqual(ab.map((e) => e.id).sort());
      expect(row('combined').count).toBe(both.length);
      expect(row('combined').goldsteinSum).toBeCloseTo(both.reduce((s, e) => s + e.goldstein, 0), 9);
      expect(row('combined').quad1 + row('combined').quad2 + row('combined').quad3 + row('combined').quad4).toBe(both.length);
    }
    // 2020–2022 have no events but are on the axis.
    expect(body.index.filter((r) => r.flow === 'combined').map((r) => r.period)).toEqual(['2019', '2020', '2021', '2022', '2023', '2024']);
  });

  it('index: every event id is traced to a document span', async () => {
    const { body } = await get<IndexBody>('/api/analyses/index?dyad=RUS,PRK&compare=CHN,PRK&by=quarter&from=2024&to=2024&evidence=all');
    const cited = new Set([...body.index, ...body.comparison].flatMap((r) => r.eventIds));
    expect(body.evidence.map((e) => e.eventId).sort()).toEqual([...cited].sort());
    // Without evidence=all the tables are the same and the evidence is fetched by ids, per cell.
    const { body: tables } = await get<IndexBody>('/api/analyses/index?dyad=RUS,PRK&compare=CHN,PRK&by=quarter&from=2024&to=2024');
    expect(tables).toEqual({ ...body, evidence: undefined });
    const { status, body: byIds } = await get<IndexBody['evidence']>(`/api/analyses/evidence?ids=${[...cited].join(',')}`);
    expect(status).toBe(200);
    expect(byIds).toEqual(body.evidence);
    expect((await get('/api/analyses/evidence?ids=1,x')).status).toBe(400);
    for (const e of body.evidence) {
      expect(e.sources.length).toBeGreaterThan(0);
      const original = TEXTS[e.sources[0]!.fileName]!;
      expect(original.slice(e.sources[0]!.span.start, e.sources[0]!.span.end).length).toBeGreaterThan(0);
    }
    const q2 = body.comparison.filter((r) => r.period === '2024-Q2');
    expect(q2.map((r) => r.dyad)).toEqual(['RUS-PRK', 'CHN-PRK']);
    expect(q2[1]!.count).toBe(stored.filter((e) => between(e, 'CHN', 'PRK') && e.date >= '2024-04' && e.date < '2024-07').length);
  });

  it('leadlag: refuses short series with 422 and a message that says why', async () => {
    const { status, body } = await get<{ error: { status: number; message: string } }>('/api/analyses/leadlag?x=CHN,PRK&y=RUS,PRK&by=quarter&from=2023&to=2024');
    expect(status).toBe(422);
    expect(body.error.message).toMatch(/^cannot test lead–lag: the series of CHN-PRK and RUS-PRK by quarter have 8 periods; a Granger test with 1 lag needs at least 9$/);
  });

  it('leadlag: monthly series are long enough to test, and come back with both directions', async () => {
    const { status, body } = await get<{ points: unknown[]; xToY: { ok: boolean }; yToX: { ok: boolean }; crossCorrelation: { lags: unknown[] } }>(
      '/api/analyses/leadlag?x=CHN,PRK&y=RUS,PRK&by=month&lags=1',
    );
    expect(status).toBe(200);
    // 2019-04 … 2024-06: 63 months.
    expect(body.points).toHaveLength(63);
    expect(body.crossCorrelation.lags).toHaveLength(7);
    expect(typeof body.xToY.ok).toBe('boolean');
  });

  it('timeline: all events of a dyad in order, paged, each with its sources', async () => {
    const dyad = stored.filter((e) => between(e, 'RUS', 'PRK'));
    const { body } = await get<{ total: number; items: { id: number; date: string; sources: { fileName: string; quote: string }[] }[] }>(
      '/api/analyses/timeline?dyad=PRK,RUS&limit=2&offset=1',
    );
    expect(body.total).toBe(dyad.length);
    expect(body.items.map((e) => e.id)).toEqual(dyad.slice(1, 3).map((e) => e.id));
    for (const e of body.items) expect(TEXTS[e.sources[0]!.fileName]).toContain(e.sources[0]!.quote.slice(0, 5));
  });

  it('network: JSON edges add up to the events with a counterpart; GraphML is well-formed', async () => {
    const { body } = await get<{ nodes: { code: string; name: string }[]; edges: { count: number }[] }>('/api/analyses/network');
    expect(body.edges.reduce((s, e) => s + e.count, 0)).toBe(stored.filter((e) => e.target !== null).length);
    expect(body.nodes.find((n) => n.code === 'PRK')!.name).not.toBe('');
    const xml = await get<string>('/api/analyses/network?format=graphml');
    expect(xml.type).toMatch(/^application\/graphml\+xml/);
    expect(wellFormed(xml.body)).toBe(true);
    expect(xml.body).toMatch(/<edge id="e\d+" source="RUS" target="PRK">/);
  });

  it('answers bad parameters with 400 naming the parameter, and documents every route', async () => {
    for (const [url, field] of [
      ['/api/analyses/index?dyad=RUS&by=year', 'dyad'],
      ['/api/analyses/index?dyad=RUS,PRK&by=week', 'by'],
      ['/api/analyses/index?dyad=RUS,PRK&compare=CHN', 'compare'],
      ['/api/analyses/leadlag?x=CHN,PRK&y=RUS,PRK&lags=0', 'lags'],
      ['/api/analyses/timeline?from=soon', 'from'],
      ['/api/analyses/network?to=2024-13', 'to'],
    ] as const) {
      const { status, body } = await get<{ error: { status: number; message: string } }>(url);
      expect([url, status]).toEqual([url, 400]);
      expect(body.error.message.startsWith(`${field}: `)).toBe(true);
    }
    const doc = (await get<{ paths: Record<string, unknown> }>('/api/openapi.json')).body;
    for (const p of ['index', 'evidence', 'leadlag', 'timeline', 'network']) expect(doc.paths).toHaveProperty(`/api/analyses/${p}`);
  });
});

describe('relations CLI', () => {
  let db: string;
  const sokan = (...args: string[]) => {
    const r = spawnSync(process.execPath, [BIN, '--db', db, ...args], { encoding: 'utf8', env: { ...process.env, CI: '1' } });
    return { code: r.status, out: r.stdout, err: r.stderr };
  };

  beforeAll(() => {
    db = join(dir, 'cli.db');
    expect(sokan('ingest', join(dir, 'docs')).code).toBe(0);
  });

  it('index --format json: counts match the events command for the dyad', () => {
    const events = JSON.parse(sokan('events', '--dyad', 'RUS,PRK', '-f', 'json').out) as unknown[];
    const r = sokan('index', '--dyad', 'RUS,PRK', '--by', 'year', '-f', 'json');
    expect(r.code).toBe(0);
    const report = JSON.parse(r.out) as IndexBody;
    expect(report.index.filter((x) => x.flow === 'combined').reduce((s, x) => s + x.count, 0)).toBe(events.length);
  });

  it('index prints titled tables, or one section as CSV', () => {
    const table = sokan('index', '--dyad', 'RUS,PRK', '--compare', 'CHN,PRK;CHN,RUS', '--from', '2024', '--to', '2024');
    expect(table.code).toBe(0);
    expect(table.out).toMatch(/^Relationship index by quarter\n/);
    expect(table.out).toMatch(/\nAsymmetry .*\n/);
    expect(table.out).toMatch(/\nComparison of dyads .*\n/);
    const csv = sokan('index', '--dyad', 'RUS,PRK', '--by', 'year', '--view', 'asymmetry', '-f', 'csv');
    expect(csv.out.split('\r\n')[0]).toBe('dyad,period,countAB,countBA,meanAB,meanBA,difference,sumDifference,eventIds');
  });

  it('leadlag refuses a short series: exit 1 and a clear message', () => {
    const r = sokan('leadlag', '--x', 'CHN,PRK', '--y', 'RUS,PRK', '--by', 'quarter', '--from', '2023', '--to', '2024');
    expect(r.code).toBe(1);
    expect(r.out).toBe('');
    expect(r.err).toBe('sokan: cannot test lead–lag: the series of CHN-PRK and RUS-PRK by quarter have 8 periods; a Granger test with 1 lag needs at least 9\n');
  });

  it('bad options exit 2 naming the option', () => {
    for (const [args, option] of [
      [['index'], '--dyad'],
      [['index', '--dyad', 'RUS,PRK', '--by', 'week'], '--by'],
      [['leadlag', '--x', 'CHN,PRK'], '--y'],
      [['leadlag', '--x', 'CHN,PRK', '--y', 'RUS,PRK', '--lags', 'two'], '--lags'],
      [['timeline', '-n', '0'], '--limit'],
      [['network', '--from', '20X4'], '--from'],
    ] as const) {
      const r = sokan(...args);
      expect([args.join(' '), r.code]).toEqual([args.join(' '), 2]);
      expect(r.err).toContain(option);
    }
  });

  it('timeline -n 2 --format json: the first two events with their sources', () => {
    const r = sokan('timeline', '--actor', 'CHN', '-n', '2', '-f', 'json');
    const t = JSON.parse(r.out) as { total: number; items: { source: string; target: string; sources: unknown[] }[] };
    expect(t.items).toHaveLength(2);
    expect(t.total).toBe(stored.filter((e) => e.source === 'CHN' || e.target === 'CHN').length);
    expect(t.items.every((e) => e.sources.length > 0)).toBe(true);
  });

  it('network --format graphml is well-formed; table lists edges', () => {
    const xml = sokan('network', '-f', 'graphml');
    expect(xml.code).toBe(0);
    expect(wellFormed(xml.out)).toBe(true);
    expect(sokan('network').out).toMatch(/^Edges\nsource {2}target {2}count {2}meanGoldstein {2}lastContact {2}eventIds\n/);
  });
});
