// Integration: `sokan audit verify` / `sokan audit list` through the built CLI (bin/sokan.js → dist/) on a real SQLite file,
// edited through the store's edit functions and then tampered with directly (better-sqlite3), as someone holding the file could.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { reviewEvent } from '../src/store/edits/index.js';
import { openStore } from '../src/store/open-store.js';
import { saveDocument } from '../src/store/save-document.js';
import { eventIn, makeDocument, saveInput } from '../src/store/testing/fixtures.js';

const BIN = join(import.meta.dirname, '..', 'bin', 'sokan.js');
let dir: string;
let db: string;

function sokan(...args: string[]) {
  const r = spawnSync(process.execPath, [BIN, '--db', db, ...args], { encoding: 'utf8', env: { ...process.env, CI: '1' } });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'sokan-audit-'));
  db = join(dir, 'test.db');
  const store = await openStore({ path: db });
  try {
    const doc = makeDocument('summit', 'Putin met Kim. Lavrov spoke to Choe.');
    await saveDocument(store, saveInput(doc, {
      events: [
        eventIn(doc, 'Putin met Kim', { date: '2023-09-13', cameo: '042', source: 'RUS', target: 'PRK' }),
        eventIn(doc, 'Lavrov spoke to Choe', { date: '2023-10-01', cameo: '040', source: 'RUS', target: 'PRK' }),
      ],
    }));
    const [a, b] = (await store.db.selectFrom('events').select('id').orderBy('id').execute()).map((r) => r.id) as [number, number];
    const cameo = () => ({ quadClass: 1 as const, goldstein: 3 });
    await reviewEvent(store, a, { action: 'confirm' }, { user: 'hanako', version: 1, cameo });
    await reviewEvent(store, b, { action: 'correct', changes: { cameo: '043' } }, { user: '太郎', version: 1, cameo });
    await reviewEvent(store, a, { action: 'reject' }, { user: 'hanako', version: 2, cameo });
  } finally {
    await store.close();
  }
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('sokan audit', () => {
  it('verify exits 0 on an untouched log and prints the head hash', () => {
    const r = sokan('audit', 'verify');
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/^audit log OK: 3 entries, last 3, head [0-9a-f]{64}\n$/);
  });

  it('list shows who changed what, newest first, filtered, as a table, JSON or CSV', () => {
    const table = sokan('audit', 'list');
    expect(table.code).toBe(0);
    expect(table.out.split('\n')[0]).toMatch(/id\s+at\s+user\s+entity\s+entityId\s+action\s+changed/);
    expect(table.out).toMatch(/太郎\s+events\s+2\s+correct\s+.*cameo/);
    const json = JSON.parse(sokan('audit', 'list', '--entity', 'events', '--id', '1', '-f', 'json').out) as { id: number; action: string; user: string; before: { reviewState: string }; after: { reviewState: string } }[];
    expect(json.map((e) => [e.id, e.action])).toEqual([[3, 'reject'], [1, 'confirm']]);
    expect(json[0]!.before.reviewState).toBe('confirmed');
    expect(json[0]!.after.reviewState).toBe('rejected');
    const csv = sokan('audit', 'list', '-n', '1', '-f', 'csv').out.split('\r\n');
    expect(csv[0]).toBe('id,at,user,entity,entityId,action,before,after');
    expect(csv[1]).toMatch(/^3,/);
    expect(csv[2]).toBe('');
  });

  it('list refuses a bad -n with exit 2', () => {
    const r = sokan('audit', 'list', '-n', 'zero');
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/-n must be a positive whole number/);
  });

  it('verify --expect fails on a hash that is not in the chain', () => {
    const r = sokan('audit', 'verify', '--expect', 'f'.repeat(64));
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/FAILED \(head-not-found\)/);
  });

  it('verify exits 1 naming the first bad entry after the file is tampered with', () => {
    const raw = new Database(db);
    try {
      raw.exec('drop trigger audit_log_no_update');
      raw.prepare(`update audit_log set after_json = replace(after_json, '"043"', '"190"') where id = 2`).run();
    } finally {
      raw.close();
    }
    const r = sokan('audit', 'verify');
    expect(r.code).toBe(1);
    expect(r.out).toBe('');
    expect(r.err).toBe('sokan: audit log verification FAILED (hash-mismatch): audit entry 2 was altered: its content does not match its hash\n');
  });
});
