// Integration: `sokan report` through the built CLI (bin/sokan.js → dist/) and
// GET /api/report in-process, over real SQLite stores filled by ingest.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ingestFiles } from '../src/app/ingest-documents.js';
import { createExtractor } from '../src/extract/create-extractor.js';
import { ingestFile } from '../src/ingest/ingest-file.js';
import { createApp } from '../src/serve/create-app.js';
import { getDocument } from '../src/store/get-document.js';
import { openStore } from '../src/store/open-store.js';
import type { Store } from '../src/store/store.js';

// Short texts written for this test (own words, public events of 2023–2024).
const TEXTS: Readonly<Record<string, string>> = {
  'shoigu-visit.txt': 'ショイグ国防相の訪朝\n2023年7月28日\n\nロシアのショイグ国防相は2023年7月25日、朝鮮戦争休戦70年の記念行事に出席するため北朝鮮を訪問した。\n金正恩総書記は2023年7月26日、平壌でショイグ国防相と会談した。\n',
  'putin-pyongyang.txt': 'プーチン大統領の平壌訪問\n2024年6月20日\n\nプーチン大統領は2024年6月19日、24年ぶりに北朝鮮を訪問した。\n金正恩総書記は同日、平壌でプーチン大統領と首脳会談を行い、包括的戦略パートナーシップ条約に署名した。\n',
  'choe-moscow.txt': 'Choe Son Hui in Moscow\n4 November 2024\n\nNorth Korean Foreign Minister Choe Son Hui visited Moscow on 1 November 2024.\nRussian Foreign Minister Sergey Lavrov met Choe Son Hui in Moscow on 1 November 2024.\n',
  'shells-estimate.txt': '砲弾供与の推計\n2024年3月1日\n\n韓国の申源湜国防相は2024年2月26日、北朝鮮が2023年7月以降にロシアへ送ったコンテナは約6,700個に上ると述べた。\n',
  'zhao-pyongyang.txt': '趙楽際委員長の訪朝\n2024年4月13日\n\n中国の趙楽際全人代常務委員長は2024年4月11日、北朝鮮を訪問した。\n金正恩総書記は2024年4月13日、平壌で趙楽際委員長と会談した。\n',
};

const BIN = join(import.meta.dirname, '..', 'bin', 'sokan.js');
let dir: string;
let db: string;

function sokan(...args: string[]) {
  const r = spawnSync(process.execPath, [BIN, '--db', db, ...args], { cwd: dir, encoding: 'utf8', env: { ...process.env, CI: '1' } });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

/** The rows of the Markdown table under `**caption…**`, as cells. */
function mdTable(md: string, caption: string): string[][] {
  const start = md.indexOf(`**${caption}`);
  expect(start).toBeGreaterThan(-1);
  const lines = md.slice(start).split('\n').slice(2);
  const rows: string[][] = [];
  for (const line of lines.slice(2)) {
    if (!line.startsWith('|')) break;
    rows.push(line.slice(2, -2).split(' | '));
  }
  return rows;
}

interface Note { n: number; file: string; start: number; end: number; quote: string }
const notesOf = (md: string): Note[] =>
  [...md.matchAll(/^\[\^(\d+)\]: (\S+) .*?\[(\d+)–(\d+)\) 「(.*)」$/gm)].map((m) => ({ n: Number(m[1]), file: m[2]!, start: Number(m[3]), end: Number(m[4]), quote: m[5]! }));

/** Every footnote points at a real span: the original text there holds the quote's first characters. */
async function expectRealSpans(store: Store, notes: readonly Note[]): Promise<void> {
  expect(notes.length).toBeGreaterThan(0);
  for (const f of notes) {
    const doc = await getDocument(store, f.file);
    expect(doc, f.file).not.toBeNull();
    expect(doc!.originalText.slice(f.start, f.end).replace(/\s/g, ''), `[^${f.n}]`).toContain(f.quote.replace(/\s/g, '').slice(0, 4));
  }
}

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'sokan-report-'));
  db = join(dir, 'r.db');
  mkdirSync(join(dir, 'docs'));
  for (const [name, text] of Object.entries(TEXTS)) writeFileSync(join(dir, 'docs', name), text);
  expect(sokan('ingest', join(dir, 'docs')).code).toBe(0);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('sokan report', () => {
  let md: string;
  let html: string;
  beforeAll(() => {
    const r = sokan('report', '--dyad', 'RUS,PRK', '--from', '2023', '--to', '2025', '--markdown', 'r.md');
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    const out = join(dir, 'sokan-report-RUS-PRK-2023-2025.html');
    expect(r.out).toContain(`wrote ${out}`);
    expect(r.out).toContain(`wrote ${join(dir, 'r.md')}`);
    html = readFileSync(out, 'utf8');
    md = readFileSync(join(dir, 'r.md'), 'utf8');
  });

  it('writes one self-contained HTML page with charts and no external reference', () => {
    expect(html).toMatch(/^<!DOCTYPE html>\n<html lang="ja">/);
    expect(html).toContain('<svg');
    expect(html).not.toMatch(/https?:\/\//);
    expect(html).not.toMatch(/<script|<link|<img/i);
    // The same footnotes in both files.
    expect([...html.matchAll(/<li id="fn-(\d+)">/g)].map((m) => Number(m[1]))).toEqual(notesOf(md).map((f) => f.n));
  });

  it('has the timeline, summit, exchange and claims rows the texts state', () => {
    const timeline = mdTable(md, 'Events');
    expect(timeline.map((r) => `${r[0]} ${r[1]} ${r[2]}`)).toEqual(expect.arrayContaining([
      '2023-07-25 042 RUS→PRK', '2023-07-26 046 RUS→PRK', '2024-06-19 046 RUS→PRK', '2024-06-19 057 PRK→RUS', '2024-11-01 042 PRK→RUS', '2024-11-01 040 PRK→RUS',
    ]));
    expect(timeline.every((r) => /^(?:\[\^\d+\])+$/.test(r[7]!))).toBe(true);
    expect(timeline.map((r) => r[0])).toEqual([...timeline.map((r) => r[0])].sort());
    expect(mdTable(md, 'Summits').map((r) => r.slice(0, 6))).toEqual([['2024-06-19', '046', 'Vladimir Putin – Kim Jong Un', 'Pyongyang', 'bilateral visit (host PRK)', 'leader-names']]);
    const exchanges = mdTable(md, 'Visits and contacts').map((r) => r.slice(0, 4).join(' '));
    expect(exchanges).toEqual(expect.arrayContaining(['2023 visit minister RUS→PRK', '2024 contact leader RUS→PRK', '2024 visit minister PRK→RUS']));
    const claims = mdTable(md, 'Claims');
    expect(claims.find((r) => r[1] === 'containers (PRK to RUS)')?.slice(2, 6)).toEqual(['2024-02-26', '6700', 'container', 'Shin Won-sik']);
  });

  it('has the index, asymmetry and comparison rows, counts citing their events', () => {
    const index = mdTable(md, '関係指数 Relationship index');
    expect(index.filter((r) => r[1] === 'RUS↔PRK').map((r) => [r[0], r[2]!.replace(/\[.*$/, '')])).toEqual([['2023-Q3', '2'], ['2024-Q2', '3'], ['2024-Q4', '2']]); // the texts' acts (a headline over its date line tells none)
    const asym = mdTable(md, '非対称性');
    expect(asym.at(-1)!.slice(0, 1)).toEqual(['全期間 all']);
    const compare = mdTable(md, 'Dyads compared');
    expect(compare.some((r) => r[0] === '2024-Q2' && r[1] === 'CHN-PRK')).toBe(true);
    // A count of n events cites at least one footnote per event's document span; the combined row cites both directions' notes.
    for (const r of index.filter((x) => x[2] !== '0')) expect(r[2]).toMatch(/^\d+(?:\[\^\d+\])+$/);
  });

  it('points every footnote at a real span of the original text', async () => {
    const store = await openStore({ path: db });
    try {
      await expectRealSpans(store, notesOf(md));
    } finally {
      await store.close();
    }
  });

  it('names the bad option and exits 2', () => {
    expect(sokan('report').err).toMatch(/--dyad/);
    const bad = sokan('report', '--dyad', 'RUS');
    expect(bad.code).toBe(2);
    expect(bad.err).toMatch(/--dyad/);
    expect(sokan('report', '--dyad', 'RUS,PRK', '--by', 'week').err).toMatch(/--by/);
    expect(sokan('report', '--dyad', 'RUS,PRK', '--from', 'Sept').err).toMatch(/--from/);
    expect(sokan('report', '--dyad', 'RUS,PRK', '--compare', 'CHN').err).toMatch(/--compare/);
    expect(sokan('report', '--dyad', 'RUS,PRK', '--from', '2025', '--to', '2023').code).toBe(2);
  });
});

describe('GET /api/report', () => {
  let store: Store;
  let app: ReturnType<typeof createApp>;
  beforeAll(async () => {
    const apiDir = join(dir, 'api');
    mkdirSync(apiDir);
    const files = Object.entries(TEXTS).map(([name, text]) => (writeFileSync(join(apiDir, name), text), join(apiDir, name)));
    store = await openStore({ path: join(apiDir, 'api.db') });
    const summary = await ingestFiles({ store, extractor: createExtractor(), readDocument: ingestFile }, files);
    expect(summary.failed).toEqual([]);
    app = createApp(store);
  });
  afterAll(async () => store.close());

  it('returns the HTML report', async () => {
    const res = await app.request('/api/report?dyad=RUS,PRK&from=2023&to=2025');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^text\/html/);
    const body = await res.text();
    expect(body).toContain('<html lang="ja">');
    expect(body).toContain('<svg');
    expect(body).toContain('id="timeline"');
    expect(body).not.toMatch(/https?:\/\//);
  });

  it('returns the Markdown report, whose footnotes point at real spans', async () => {
    const res = await app.request('/api/report?dyad=RUS,PRK&from=2023&to=2025&format=md&by=year');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^text\/markdown/);
    const body = await res.text();
    expect(mdTable(body, '関係指数 Relationship index').filter((r) => r[1] === 'RUS↔PRK').map((r) => r[0])).toEqual(['2023', '2024']);
    await expectRealSpans(store, notesOf(body));
  });

  it('answers a bad parameter with 400 naming it, and is in the OpenAPI document', async () => {
    const res = await app.request('/api/report?dyad=RUS&from=2023');
    expect(res.status).toBe(400);
    expect(((await res.json()) as { error: { message: string } }).error.message).toMatch(/^dyad/);
    expect((await app.request('/api/report?dyad=RUS,PRK&format=pdf')).status).toBe(400);
    const doc = (await (await app.request('/api/openapi.json')).json()) as { paths: Record<string, unknown> };
    expect(Object.keys(doc.paths)).toContain('/api/report');
  });
});

