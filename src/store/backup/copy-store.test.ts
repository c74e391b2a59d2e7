import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { verifyAuditChain } from '../audit/verify-audit-chain.js';
import { reviewEvent } from '../edits/index.js';
import { openStore } from '../open-store.js';
import { saveDocument } from '../save-document.js';
import { searchText } from '../search-text.js';
import type { Store } from '../store.js';
import { fillStore } from '../testing/filled-store.js';
import { makeDocument, saveInput, tempDir } from '../testing/fixtures.js';
import { testDatabase } from '../testing/test-database.js';
import type { DumpLine } from './dump-format.js';
import { copyStore, dumpDatabase, loadDump } from './index.js';

/**
 * `sokan migrate`: an SQLite store copied into an empty store — a PostgreSQL
 * database when SOKAN_TEST_DATABASE_URL is set (npm run test:pg), else
 * another SQLite file — then both dumped and compared field by field.
 */
const cleanups: (() => unknown)[] = [];
afterEach(async () => {
  for (const c of cleanups.splice(0).reverse()) await c();
});

async function open(path: string): Promise<Store> {
  const store = await openStore({ path });
  cleanups.push(() => store.close());
  return store;
}

async function emptyTarget(dir: string): Promise<Store> {
  const database = await testDatabase(join(dir, 'target.db'));
  cleanups.push(database.drop);
  return open(database.location);
}

/** A dump as comparable data: rows per table as objects (sorted), id counters, migrations. */
async function dumped(store: Store, file: string) {
  const r = await dumpDatabase(store, file);
  if (!r.ok) throw new Error(r.error);
  const lines = readFileSync(file, 'utf8').trim().split('\n').map((l) => JSON.parse(l) as DumpLine);
  const header = lines[0] as Extract<DumpLine, { type: 'header' }>;
  const columns = new Map(header.tables.map((t) => [t.name, t.columns]));
  const rows: Record<string, string[]> = {};
  for (const line of lines) {
    if (line.type !== 'row') continue;
    const cols = columns.get(line.table)!;
    const record = Object.fromEntries([...cols.keys()].sort((a, b) => cols[a]!.localeCompare(cols[b]!)).map((i) => [cols[i]!, line.values[i]]));
    (rows[line.table] ??= []).push(JSON.stringify(record));
  }
  for (const list of Object.values(rows)) list.sort();
  const sequences = lines.filter((l) => l.type === 'sequence').map((l) => JSON.stringify(l)).sort();
  return { migrations: header.migrations, tables: [...columns.keys()].sort(), rows, sequences, footer: lines.at(-1) };
}

describe('copyStore (sokan migrate)', () => {
  it('copies an SQLite store into an empty store without loss: every field, ids, id counters, audit chain, search', async () => {
    const { dir, remove } = tempDir();
    cleanups.push(remove);
    const source = await open(join(dir, 'source.db'));
    await fillStore(source);
    const target = await emptyTarget(dir);

    const copied = await copyStore(source, target);
    expect(copied).toMatchObject({ ok: true, value: { rows: { documents: 2, events: 2, audit_log: 2, ach_ratings: 1 }, auditEntries: 2 } });

    const a = await dumped(source, join(dir, 'source.jsonl'));
    const b = await dumped(target, join(dir, 'target.jsonl'));
    expect(b.migrations).toEqual(a.migrations);
    expect(b.tables).toEqual(a.tables);
    for (const table of a.tables) expect({ table, rows: b.rows[table] }).toEqual({ table, rows: a.rows[table] });
    expect(b.sequences).toEqual(a.sequences);
    expect(b.footer).toEqual(a.footer);
    expect(a.rows['claims']!.some((c) => c.includes('"$real":"Infinity"'))).toBe(true);

    // The copy works as a store: search (trigram and short queries), new ids above the old counters, the chain goes on.
    expect((await searchText(target, 'プーチン大統領')).map((r) => r.fileName)).toEqual(['summit']);
    expect((await searchText(target, '会談')).map((r) => r.fileName)).toEqual(['summit']);
    expect((await searchText(target, 'PYONGYANG')).map((r) => r.fileName)).toEqual(['visit']);
    const added = await saveDocument(target, saveInput(makeDocument('later', '後日、別の文書が加わった。')));
    expect(added.documentId).toBe(4); // 2 was deleted in the source: its counter stood at 3
    const edit = await reviewEvent(target, 1, { action: 'reject' }, { user: 'ken', version: 2, cameo: () => null });
    expect(edit.ok).toBe(true);
    expect(await verifyAuditChain(target)).toMatchObject({ ok: true, value: { entries: 3, lastId: 3 } });
  });

  it('a dump of the SQLite store loads into the empty store the same, field by field (sokan dump / load)', async () => {
    const { dir, remove } = tempDir();
    cleanups.push(remove);
    const source = await open(join(dir, 'source.db'));
    await fillStore(source);
    const a = await dumped(source, join(dir, 'source.jsonl'));
    const target = await emptyTarget(dir);
    const loaded = await loadDump(target, join(dir, 'source.jsonl'));
    expect(loaded).toMatchObject({ ok: true, value: { documents: 2, audit_log: 2 } });
    const b = await dumped(target, join(dir, 'target.jsonl'));
    for (const table of a.tables) expect({ table, rows: b.rows[table] }).toEqual({ table, rows: a.rows[table] });
    expect(b.sequences).toEqual(a.sequences);
    expect((await searchText(target, '砲弾')).map((r) => r.fileName)).toEqual(['summit']);
    expect((await saveDocument(target, saveInput(makeDocument('later', '後日の文書。')))).documentId).toBe(4);
    expect(await verifyAuditChain(target)).toMatchObject({ ok: true, value: { entries: 2 } });
  });

  it('refuses a target that holds data, naming the table, and changes nothing', async () => {
    const { dir, remove } = tempDir();
    cleanups.push(remove);
    const source = await open(join(dir, 'source.db'));
    await fillStore(source);
    const target = await emptyTarget(dir);
    await saveDocument(target, saveInput(makeDocument('mine', '既にある文書。')));
    const r = await copyStore(source, target);
    expect(r).toMatchObject({ ok: false, error: expect.stringMatching(/already holds data \(table documents: 1 rows\).*EMPTY/) });
    const docs = await target.db.selectFrom('documents').select('file_name').execute();
    expect(docs).toEqual([{ file_name: 'mine' }]);
  });
});
