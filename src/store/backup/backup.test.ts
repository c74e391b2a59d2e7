import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { sql } from 'kysely';
import { afterEach, describe, expect, it } from 'vitest';
import { knownMigrations } from '../migrations/known-migrations.js';
import { openStore } from '../open-store.js';
import { searchText } from '../search-text.js';
import { sqliteTextIndex } from '../sqlite/sqlite-text-index.js';
import type { Store } from '../store.js';
import { tempDir } from '../testing/fixtures.js';
import { fillStore } from '../testing/filled-store.js';
import { onPostgres } from '../testing/test-database.js';
import { backupDatabase, checkDatabaseFile, dumpDatabase, loadDump, restoreDatabase } from './index.js';

const KNOWN = Object.keys(knownMigrations(sqliteTextIndex)).sort();
const cleanups: (() => unknown)[] = [];
afterEach(async () => {
  for (const c of cleanups.splice(0).reverse()) await c();
});

async function open(path: string): Promise<Store> {
  const store = await openStore({ path });
  cleanups.push(() => store.close());
  return store;
}

function folder(): string {
  const t = tempDir();
  cleanups.push(t.remove);
  return t.dir;
}

/** A store with a row in every table, odd values included (∞, a huge number, a deleted id): testing/filled-store.ts. */
async function filledStore(path: string): Promise<Store> {
  const store = await open(path);
  await fillStore(store);
  return store;
}

/** Every row of every table (FTS tables, their shadow tables and migration bookkeeping aside), with SQLite storage classes. */
function snapshot(path: string): Record<string, unknown[]> {
  const db = new BetterSqlite3(path, { readonly: true });
  try {
    const tables = (db.prepare(`select name, sql from sqlite_master where type = 'table' order by name`).all() as { name: string; sql: string }[])
      .filter((t) => !t.name.startsWith('documents_fts') && !t.name.startsWith('documents_short') && !t.name.startsWith('sokan_migration'));
    const out: Record<string, unknown[]> = {};
    for (const { name } of tables) {
      const cols = (db.prepare(`select name from pragma_table_info(?)`).all(name) as { name: string }[]).map((c) => c.name);
      const typed = cols.map((c) => `"${c}", typeof("${c}") as "${c}:type"`).join(', ');
      out[name] = db.prepare(`select ${typed} from "${name}" order by ${cols.map((c) => `"${c}"`).join(', ')}`).safeIntegers(true).all();
    }
    return out;
  } finally {
    db.close();
  }
}

// These read SQLite files directly (storage classes, the .db file itself); under npm run test:pg
// the same dump and load are checked against PostgreSQL in copy-store.test.ts.
describe.skipIf(onPostgres)('dump and load ("export all" / "import all")', () => {
  it('round-trips every table, every column, ids and storage classes into an empty database', async () => {
    const dir = folder();
    const source = await filledStore(join(dir, 'a.db'));
    const dumped = await dumpDatabase(source, join(dir, 'all.jsonl'));
    expect(dumped.ok).toBe(true);
    await source.close();
    const target = await open(join(dir, 'b.db'));
    const loaded = await loadDump(target, join(dir, 'all.jsonl'));
    expect(loaded).toEqual(dumped);
    const hits = await searchText(target, 'プーチン');
    await target.close();
    const a = snapshot(join(dir, 'a.db'));
    const b = snapshot(join(dir, 'b.db'));
    expect(Object.keys(b)).toEqual(Object.keys(a));
    for (const table of Object.keys(a)) expect({ table, rows: b[table] }).toEqual({ table, rows: a[table] });
    // The fixtures reach every data table and the odd values survive.
    for (const table of ['documents', 'citations', 'actors', 'actor_aliases', 'mentions', 'events', 'event_sources', 'claims', 'audit_log', 'ach_analyses', 'ach_ratings']) {
      expect(a[table]?.length, table).toBeGreaterThan(0);
    }
    expect(a['claims']!.some((c) => (c as { low: unknown }).low === Infinity)).toBe(true);
    expect(a['sqlite_sequence']).toContainEqual(expect.objectContaining({ name: 'documents', seq: 3n }));
    expect(hits.length).toBeGreaterThan(0);
  });

  it('refuses a database that holds data, a truncated dump and another format, changing nothing', async () => {
    const dir = folder();
    const source = await filledStore(join(dir, 'a.db'));
    await dumpDatabase(source, join(dir, 'all.jsonl'));
    expect(await loadDump(source, join(dir, 'all.jsonl'))).toMatchObject({ ok: false, error: expect.stringMatching(/already holds data/) });
    const lines = readFileSync(join(dir, 'all.jsonl'), 'utf8').trim().split('\n');
    writeFileSync(join(dir, 'cut.jsonl'), lines.slice(0, -3).join('\n'));
    writeFileSync(join(dir, 'other.jsonl'), '{"type":"header","format":"something-else"}\n');
    const empty = await open(join(dir, 'b.db'));
    expect(await loadDump(empty, join(dir, 'cut.jsonl'))).toMatchObject({ ok: false, error: expect.stringMatching(/cut\.jsonl.*truncated/) });
    expect(await loadDump(empty, join(dir, 'other.jsonl'))).toMatchObject({ ok: false, error: expect.stringMatching(/not a Sokan dump/) });
    const count = await empty.db.selectFrom('documents').select(sql<number>`count(*)`.as('n')).executeTakeFirstOrThrow();
    expect(count.n).toBe(0);
  });
});

// SQLite's online backup of the .db file; a PostgreSQL server is backed up with pg_dump.
describe.skipIf(onPostgres)('backup and restore', () => {
  it('backs up a database in use, verified, and restores it into a new file', async () => {
    const dir = folder();
    const store = await filledStore(join(dir, 'a.db'));
    // An open read transaction and the writer's connection do not stop the backup.
    const r = await backupDatabase(join(dir, 'a.db'), join(dir, 'copy.db'), { known: KNOWN });
    expect(r.ok).toBe(true);
    expect(existsSync(join(dir, 'copy.db.partial'))).toBe(false);
    expect(checkDatabaseFile(join(dir, 'copy.db'), KNOWN).ok).toBe(true);
    await store.close();
    expect(snapshot(join(dir, 'copy.db'))).toEqual(snapshot(join(dir, 'a.db')));
    expect(await restoreDatabase(join(dir, 'copy.db'), join(dir, 'new.db'), { known: KNOWN })).toMatchObject({ ok: true });
    expect(snapshot(join(dir, 'new.db'))).toEqual(snapshot(join(dir, 'a.db')));
  });

  it('refuses to overwrite: an existing backup file, a target holding data without --force', async () => {
    const dir = folder();
    const store = await filledStore(join(dir, 'a.db'));
    await store.close();
    writeFileSync(join(dir, 'taken.db'), 'x');
    expect(await backupDatabase(join(dir, 'a.db'), join(dir, 'taken.db'), { known: KNOWN })).toMatchObject({ ok: false, error: expect.stringMatching(/already exists/) });
    await backupDatabase(join(dir, 'a.db'), join(dir, 'copy.db'), { known: KNOWN });
    expect(await restoreDatabase(join(dir, 'copy.db'), join(dir, 'a.db'), { known: KNOWN })).toMatchObject({ ok: false, error: expect.stringMatching(/holds \d+ rows.*--force/) });
    expect(await restoreDatabase(join(dir, 'copy.db'), join(dir, 'a.db'), { known: KNOWN, force: true })).toMatchObject({ ok: true });
  });

  it('refuses a backup that is damaged, not SQLite, or from an unknown version', async () => {
    const dir = folder();
    const store = await filledStore(join(dir, 'a.db'));
    await store.close();
    writeFileSync(join(dir, 'text.db'), 'not a database at all, just some text that is long enough to be read as a header maybe');
    expect(await restoreDatabase(join(dir, 'text.db'), join(dir, 'n.db'), { known: KNOWN })).toMatchObject({ ok: false, error: expect.stringMatching(/not restored: .*text\.db/) });
    expect(await restoreDatabase(join(dir, 'a.db'), join(dir, 'n.db'), { known: KNOWN.slice(0, 1) })).toMatchObject({ ok: false, error: expect.stringMatching(/another version/) });
    // Damage: overwrite pages in the middle of the file.
    const bytes = readFileSync(join(dir, 'a.db'));
    bytes.fill(0xab, 8192, bytes.length - 4096);
    writeFileSync(join(dir, 'bad.db'), bytes);
    expect(await restoreDatabase(join(dir, 'bad.db'), join(dir, 'n.db'), { known: KNOWN })).toMatchObject({ ok: false, error: expect.stringMatching(/not restored/) });
    expect(existsSync(join(dir, 'n.db'))).toBe(false);
  });
});
