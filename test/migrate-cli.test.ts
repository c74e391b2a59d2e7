// Integration: `sokan migrate --to …` with the built CLI: an SQLite file copied into an empty
// database — PostgreSQL under npm run test:pg (SOKAN_TEST_DATABASE_URL), else another SQLite file.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDatabase, type TestDatabase } from '../src/store/testing/test-database.js';

const BIN = join(import.meta.dirname, '..', 'bin', 'sokan.js');
let dir: string;
let target: TestDatabase;

function sokan(args: string[], env: Record<string, string> = {}) {
  const r = spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8', env: { ...process.env, CI: '1', SOKAN_DATABASE_URL: '', ...env } });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'sokan-migrate-'));
  mkdirSync(join(dir, 'docs'));
  writeFileSync(join(dir, 'docs', 'summit.txt'), '露朝首脳会談\n2023年9月14日\n\n北朝鮮の金正恩総書記は2023年9月13日、ボストーチヌイ宇宙基地でプーチン大統領と会談した。\n');
  writeFileSync(join(dir, 'docs', 'visit.txt'), 'On 19 June 2024, Vladimir Putin visited Pyongyang and met Kim Jong Un.\n');
  target = await testDatabase(join(dir, 'target.db'));
});

afterAll(async () => {
  await target.drop();
  rmSync(dir, { recursive: true, force: true });
});

describe('sokan migrate', () => {
  it('copies the database into an empty one, verified, and the copy answers the same queries', () => {
    const source = join(dir, 'source.db');
    expect(sokan(['--db', source, 'ingest', join(dir, 'docs')]).code).toBe(0);
    const r = sokan(['--db', source, 'migrate', '--to', target.location]);
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/migrated \d+ rows \(.*documents 2.*\) from .*source\.db to /);
    expect(r.out).toMatch(/verified: row counts equal in every table; audit chain of 0 entries intact/);
    for (const query of [['docs', '--format', 'json'], ['events', '--format', 'json'], ['search', 'プーチン', '--format', 'json']]) {
      const [a, b] = [sokan(['--db', source, ...query]), sokan(query, { SOKAN_DATABASE_URL: target.location })];
      expect(b.code).toBe(0);
      expect(JSON.parse(b.out)).toEqual(JSON.parse(a.out));
    }
  });

  it('refuses a target that holds data (exit 1) and a --to naming the source (exit 2)', () => {
    const source = join(dir, 'source.db');
    const again = sokan(['--db', source, 'migrate', '--to', target.location]);
    expect(again.code).toBe(1);
    expect(again.err).toMatch(/already holds data \(table \w+: \d+ rows\)/);
    expect(sokan(['--db', source, 'migrate', '--to', source]).code).toBe(2);
  });
});
