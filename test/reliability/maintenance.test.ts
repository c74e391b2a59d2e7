// Issue 7: `sokan backup` (online, consistent) and `sokan restore`; `sokan dump`
// then `sokan load` ("export all" / "import all") into an empty database gives
// the same database, compared table by table, column by column.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateDocuments } from '../../scripts/generate-corpus.mjs';
import { health, snapshot, sokan, startSokan, tempFolder, writeFiles } from './helpers.js';

let dir: string;
let remove: () => void;
let db: string;

beforeAll(() => {
  ({ dir, remove } = tempFolder('sokan-maint-'));
  const docs = generateDocuments({ count: 36, seed: 5, language: 'ja' }) as { name: string; text: string }[];
  writeFiles(join(dir, 'first'), Object.fromEntries(docs.slice(0, 12).map((d) => [d.name, d.text])));
  writeFiles(join(dir, 'more'), Object.fromEntries(docs.slice(12).map((d) => [d.name, d.text])));
  writeFiles(join(dir, 'first'), { 'en.html': '<html><head><title>Visit</title></head><body><p>On 19 June 2024 Vladimir Putin visited Pyongyang.</p></body></html>' });
  db = join(dir, 'main.db');
  expect(sokan(db, ['ingest', join(dir, 'first')]).code).toBe(0);
});
afterAll(() => remove());

describe('sokan backup / restore', () => {
  it('backs up while another process is ingesting; the backup is consistent and restores', async () => {
    const writer = startSokan(db, ['ingest', join(dir, 'more')]);
    const done = new Promise<number | null>((resolve) => writer.on('exit', (code) => resolve(code)));
    await new Promise((r) => setTimeout(r, 300));
    const backup = join(dir, 'online.db');
    const r = sokan(db, ['backup', backup]);
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/backed up .* \(\d+ pages, integrity checked\)/);
    expect(await done).toBe(0);
    expect(health(backup)).toEqual({ integrity: 'ok', foreignKeyProblems: 0, halfStored: 0 });

    const restored = join(dir, 'restored.db');
    const back = sokan(restored, ['restore', backup]);
    expect(back.code).toBe(0);
    expect(snapshot(restored)).toEqual(snapshot(backup));
    expect(sokan(restored, ['search', 'プーチン']).code).toBe(0);
  });

  it('refuses to overwrite: an existing backup file, a database holding data without --force', () => {
    const backup = join(dir, 'second.db');
    expect(sokan(db, ['backup', backup]).code).toBe(0);
    const again = sokan(db, ['backup', backup]);
    expect(again.code).toBe(1);
    expect(again.err).toMatch(/second\.db: already exists; .*--force/);
    const refused = sokan(db, ['restore', backup]);
    expect(refused.code).toBe(1);
    expect(refused.err).toMatch(/main\.db: holds \d+ rows; not replaced \(use --force/);
    expect(sokan(db, ['restore', '--force', backup]).code).toBe(0);
  });

  it('refuses a damaged backup, leaving the target untouched', () => {
    const bytes = readFileSync(join(dir, 'second.db'));
    bytes.fill(0x5a, 4096 * 3, bytes.length - 4096);
    writeFileSync(join(dir, 'damaged.db'), bytes);
    const target = join(dir, 'never.db');
    const r = sokan(target, ['restore', join(dir, 'damaged.db')]);
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/sokan: not restored: .*damaged\.db: /);
    expect(existsSync(target)).toBe(false);
  });
});

describe('sokan dump / load ("export all" / "import all")', () => {
  it('gives the same database, every table, every column, ids and storage classes', () => {
    const file = join(dir, 'all.jsonl');
    const dumped = sokan(db, ['dump', file]);
    expect(dumped.code).toBe(0);
    const empty = join(dir, 'loaded.db');
    const loaded = sokan(empty, ['load', file]);
    expect(loaded.err).toBe('');
    expect(loaded.code).toBe(0);
    expect(loaded.out.replace(/^loaded /, '').replace(/ from .*/, '')).toBe(dumped.out.replace(/^dumped /, '').replace(/ to .*/, ''));
    const a = snapshot(db);
    const b = snapshot(empty);
    expect(Object.keys(b)).toEqual(Object.keys(a));
    for (const table of Object.keys(a)) {
      expect(b[table]!.length, table).toBe(a[table]!.length);
      a[table]!.forEach((row, i) => expect({ table, row: b[table]![i] }).toEqual({ table, row }));
    }
    expect(a['documents']!.length).toBe(37);
    // Derived data is rebuilt: the same search finds the same documents.
    expect(sokan(empty, ['search', '会談', '-f', 'json']).out).toBe(sokan(db, ['search', '会談', '-f', 'json']).out);
  });

  it('refuses a database holding data, and a truncated dump, changing nothing', () => {
    const file = join(dir, 'all.jsonl');
    const full = sokan(db, ['load', file]);
    expect(full.code).toBe(1);
    expect(full.err).toMatch(/all\.jsonl: not loaded, the database is unchanged: the database already holds data/);
    const lines = readFileSync(file, 'utf8').split('\n');
    writeFileSync(join(dir, 'cut.jsonl'), lines.slice(0, Math.floor(lines.length / 2)).join('\n'));
    const target = join(dir, 'cut.db');
    const cut = sokan(target, ['load', join(dir, 'cut.jsonl')]);
    expect(cut.code).toBe(1);
    expect(cut.err).toMatch(/cut\.jsonl: not loaded, the database is unchanged: the dump is truncated/);
    expect(snapshot(target)['documents']).toEqual([]);
  });
});
