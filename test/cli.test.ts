// Integration: the built CLI (bin/sokan.js → dist/) against a real SQLite file (a PostgreSQL database under npm run test:pg).
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Encoding from 'encoding-japanese';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openStore } from '../src/store/open-store.js';
import { testDatabase, type TestDatabase } from '../src/store/testing/test-database.js';

const BIN = join(import.meta.dirname, '..', 'bin', 'sokan.js');
let dir: string;
let db: string;
let database: TestDatabase;

function sokan(...args: string[]) {
  const r = spawnSync(process.execPath, [BIN, '--db', db, ...args], { encoding: 'utf8', env: { ...process.env, CI: '1' } });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

const SUMMIT_JA = [
  'ロシアと北朝鮮の首脳会談',
  '2023年9月14日',
  '',
  '北朝鮮の金正恩総書記は2023年9月13日、ロシア極東アムール州のボストーチヌイ宇宙基地でプーチン大統領と会談した。',
  '金総書記は同月12日に専用列車でロシアに到着しており、訪露は2019年以来となる。',
  '米政府は、北朝鮮がロシアに砲弾を供与していると非難した。',
].join('\n');

const LAVROV_SJIS = [
  'ラブロフ外相の訪朝',
  '2023年10月20日',
  '',
  'ロシアのラブロフ外相は2023年10月18日から19日まで北朝鮮を訪問し、崔善姫外相と会談した。羅津港を経由した物資輸送も話題になった。',
].join('\n');

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'sokan-cli-'));
  database = await testDatabase(join(dir, 'test.db')); // PostgreSQL under npm run test:pg
  db = database.location;
  const docs = join(dir, 'docs');
  mkdirSync(docs);
  writeFileSync(join(docs, 'summit.txt'), SUMMIT_JA);
  writeFileSync(join(docs, 'lavrov.txt'), Uint8Array.from(Encoding.convert(Encoding.stringToCode(LAVROV_SJIS), { to: 'SJIS', from: 'UNICODE' })));
  writeFileSync(join(docs, 'page.html'), `<html><head><title>Treaty</title><script>alert("x")</script></head><body><p>On 19 June 2024, Vladimir Putin visited Pyongyang and signed a treaty on comprehensive strategic partnership with Kim Jong Un.</p></body></html>`);
  writeFileSync(join(docs, 'broken.txt'), Uint8Array.from([0, 1, 2, 0, 0, 255, 0, 7, 0, 0, 0, 3]));
});

afterAll(async () => {
  await database.drop();
  rmSync(dir, { recursive: true, force: true });
});

describe('sokan CLI', () => {
  it('ingests a folder, reports the bad file by name and exits 1', () => {
    const r = sokan('ingest', join(dir, 'docs'));
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/broken\.txt/);
    expect(r.out).toMatch(/3 stored, 0 already stored, 1 failed/);
  });

  it('is idempotent: the same files again are stored once', () => {
    const r = sokan('ingest', join(dir, 'docs', 'summit.txt'));
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/0 stored, 1 already stored, 0 failed/);
  });

  it('lists documents with their titles', () => {
    const r = sokan('docs', '--format', 'json');
    expect(r.code).toBe(0);
    const docs = JSON.parse(r.out) as { fileName: string }[];
    expect(docs.map((d) => d.fileName).sort()).toEqual(['lavrov', 'page', 'summit']);
  });

  it('finds Japanese text in a Shift_JIS file with its snippet', () => {
    const r = sokan('search', '羅津港');
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/lavrov/);
    expect(r.out).toMatch(/【羅津港】/);
  });

  it('lists events of a dyad in a period', () => {
    const r = sokan('events', '--dyad', 'RUS,PRK', '--from', '2023-01', '--to', '2023-12', '--format', 'json');
    expect(r.code).toBe(0);
    const events = JSON.parse(r.out) as { date: string; cameo: string; source: string; target: string }[];
    expect(events.length).toBeGreaterThan(0);
    for (const e of events) {
      expect([e.source, e.target].sort()).toEqual(['PRK', 'RUS']);
      expect(e.date.startsWith('2023')).toBe(true);
    }
    expect(events.some((e) => e.cameo.startsWith('04') && e.date === '2023-09-13')).toBe(true);
  });

  it('rejects a malformed filter naming the option, exit 2', () => {
    const r = sokan('events', '--dyad', 'RUS');
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/--dyad/);
  });

  it('exports events in the gold record shape', () => {
    const r = sokan('export', 'events', '--format', 'jsonl');
    expect(r.code).toBe(0);
    const lines = r.out.trim().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(lines.length).toBeGreaterThan(0);
    for (const e of lines) {
      expect(Object.keys(e).sort()).toEqual(
        ['cameo', 'date', 'date_end', 'doc', 'location', 'quote', 'source', 'source_name', 'status', 'target', 'target_name'].sort(),
      );
    }
  });

  it('explains a document: the rule behind each event', () => {
    const r = sokan('explain', 'summit');
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/EVENT .*rule ja\./s);
  });
});

describe('sokan reextract', () => {
  it('runs the rules again over stored documents and keeps what an analyst confirmed', async () => {
    const before = JSON.parse(sokan('events', '--format', 'json').out) as { id: number }[];
    expect(before.length).toBeGreaterThan(0);
    // an analyst confirms one event (as the workbench does), then the rules run again
    const store = await openStore({ path: db });
    await store.db.updateTable('events').set({ review_state: 'confirmed' }).where('id', '=', before[0]!.id).execute();
    await store.close();
    const r = sokan('reextract');
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/3 documents re-extracted/);
    const after = JSON.parse(sokan('events', '--format', 'json').out) as { id: number; reviewState: string }[];
    expect(after.find((e) => e.id === before[0]!.id)?.reviewState).toBe('confirmed');
    expect(after.length).toBe(before.length);
    expect(sokan('reextract', 'nothing-here').code).toBe(1);
  });
});
