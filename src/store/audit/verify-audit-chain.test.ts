import Database from 'better-sqlite3';
import { Kysely, SqliteDialect } from 'kysely';
import pg from 'pg';
import { afterEach, describe, expect, it } from 'vitest';
import { mergeEvents, reviewEvent, type EditContext } from '../edits/index.js';
import { knownMigrations } from '../migrations/known-migrations.js';
import { migrateToLatest } from '../migrations/migrate-to-latest.js';
import { openStore } from '../open-store.js';
import { saveDocument } from '../save-document.js';
import { sqliteTextIndex } from '../sqlite/sqlite-text-index.js';
import type { Store } from '../store.js';
import { eventIn, makeDocument, saveInput, tempDir, tempStore } from '../testing/fixtures.js';
import { onPostgres } from '../testing/test-database.js';
import { verifyAuditChain } from './verify-audit-chain.js';

const cleanups: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  for (const c of cleanups.splice(0)) await c();
});

const cameo: EditContext['cameo'] = () => ({ quadClass: 1, goldstein: 3 });

/** A store with three events and five audited edits (confirm, correct, reject, merge → 2 rows). */
async function storeWithEdits(): Promise<{ store: Store; path: string }> {
  const { store, path, dispose } = await tempStore();
  cleanups.push(dispose);
  const doc = makeDocument('summit', 'Putin met Kim. Kim visited the base. Lavrov spoke to Choe.');
  await saveDocument(store, saveInput(doc, {
    events: [
      eventIn(doc, 'Putin met Kim', { date: '2023-09-13', cameo: '042', source: 'RUS', target: 'PRK' }),
      eventIn(doc, 'Kim visited the base', { date: '2023-09-14', cameo: '042', source: 'PRK', target: 'RUS' }),
      eventIn(doc, 'Lavrov spoke to Choe', { date: '2023-10-01', cameo: '040', source: 'RUS', target: 'PRK' }),
    ],
  }));
  const ids = (await store.db.selectFrom('events').select('id').orderBy('id').execute()).map((r) => r.id);
  const [a, b, c] = ids as [number, number, number];
  const ctx = (version: number): EditContext => ({ user: 'hanako', version, cameo });
  expect((await reviewEvent(store, a, { action: 'confirm' }, ctx(1))).ok).toBe(true);
  expect((await reviewEvent(store, b, { action: 'correct', changes: { cameo: '043' } }, ctx(1))).ok).toBe(true);
  expect((await reviewEvent(store, c, { action: 'reject' }, ctx(1))).ok).toBe(true);
  expect((await mergeEvents(store, { keepId: a, keepVersion: 2, duplicateId: b, duplicateVersion: 2, user: 'taro' })).ok).toBe(true);
  return { store, path };
}

/** Changes the database the way someone holding it could: raw SQL, the append-only triggers dropped (disabled) first. */
async function tamper(path: string, ...statements: string[]): Promise<void> {
  if (onPostgres) {
    const client = new pg.Client({ connectionString: path });
    await client.connect();
    try {
      await client.query('alter table audit_log disable trigger user');
      for (const s of statements) await client.query(s);
    } finally {
      await client.end();
    }
    return;
  }
  const db = new Database(path);
  try {
    db.exec('drop trigger if exists audit_log_no_update; drop trigger if exists audit_log_no_delete;');
    for (const s of statements) db.exec(s);
  } finally {
    db.close();
  }
}

describe('the audit chain in the store', () => {
  it('every edit appends a sealed entry and the chain verifies', async () => {
    const { store } = await storeWithEdits();
    const rows = await store.db.selectFrom('audit_log').selectAll().orderBy('id').execute();
    expect(rows.map((r) => r.action)).toEqual(['confirm', 'correct', 'reject', 'merge', 'merged-into']);
    expect(rows.map((r) => r.id)).toEqual([1, 2, 3, 4, 5]);
    expect(rows[0]!.prev_hash).toBe('0'.repeat(64));
    for (let i = 1; i < rows.length; i++) expect(rows[i]!.prev_hash).toBe(rows[i - 1]!.hash);
    const r = await verifyAuditChain(store, { batch: 2 });
    expect(r).toEqual({ ok: true, value: { entries: 5, lastId: 5, head: rows[4]!.hash } });
    expect((await verifyAuditChain(store, { expectHash: rows[2]!.hash! })).ok).toBe(true);
  });

  it('an empty log verifies', async () => {
    const { store, dispose } = await tempStore();
    cleanups.push(dispose);
    expect(await verifyAuditChain(store)).toMatchObject({ ok: true, value: { entries: 0 } });
  });

  it('refuses UPDATE and DELETE of audit rows, even through the query builder', async () => {
    const { store } = await storeWithEdits();
    await expect(store.db.updateTable('audit_log').set({ actor_user: 'mallory' }).where('id', '=', 1).execute()).rejects.toThrow(/append-only/);
    await expect(store.db.deleteFrom('audit_log').where('id', '=', 1).execute()).rejects.toThrow(/append-only/);
    expect((await verifyAuditChain(store)).ok).toBe(true);
  });

  it('a fork (two entries after the same one) is refused by the database', async () => {
    const { store } = await storeWithEdits();
    const second = await store.db.selectFrom('audit_log').selectAll().where('id', '=', 2).executeTakeFirstOrThrow();
    await expect(store.db.insertInto('audit_log').values({ ...second, id: 99 }).execute()).rejects.toThrow(/UNIQUE|unique constraint/);
  });

  it("detects an edited after_json, naming the entry", async () => {
    const { store, path } = await storeWithEdits();
    await tamper(path, `update audit_log set after_json = replace(after_json, '"043"', '"190"') where id = 2`);
    const r = await verifyAuditChain(store);
    expect(r).toMatchObject({ ok: false, error: { kind: 'hash-mismatch', id: 2 } });
  });

  it('detects a deleted entry in the middle', async () => {
    const { store, path } = await storeWithEdits();
    await tamper(path, 'delete from audit_log where id = 3');
    expect(await verifyAuditChain(store)).toMatchObject({ ok: false, error: { kind: 'missing-entries', id: 4 } });
  });

  it('detects a deleted entry renumbered away (link mismatch)', async () => {
    const { store, path } = await storeWithEdits();
    await tamper(path, 'delete from audit_log where id = 3', 'update audit_log set id = id - 1 where id > 3');
    expect(await verifyAuditChain(store)).toMatchObject({ ok: false, error: { kind: 'hash-mismatch', id: 3 } });
  });

  // SQLite's AUTOINCREMENT counter is a high-water mark kept in the same file; a PostgreSQL
  // sequence is not transactional, so it cannot be one (see verifyAuditChain).
  it.skipIf(onPostgres)('detects entries deleted from the end', async () => {
    const { store, path } = await storeWithEdits();
    await tamper(path, 'delete from audit_log where id >= 4');
    const r = await verifyAuditChain(store);
    expect(r).toMatchObject({ ok: false, error: { kind: 'truncated', id: 3 } });
    if (!r.ok) expect(r.error.message).toMatch(/entries 4\.\.5 were deleted/);
  });

  it('detects reordered entries (ids swapped)', async () => {
    const { store, path } = await storeWithEdits();
    await tamper(path, 'update audit_log set id = 100 where id = 2', 'update audit_log set id = 2 where id = 3', 'update audit_log set id = 3 where id = 100');
    expect(await verifyAuditChain(store)).toMatchObject({ ok: false, error: { kind: 'hash-mismatch', id: 2 } });
  });

  it('detects a rewritten chain when a head noted earlier is gone', async () => {
    const { store, path } = await storeWithEdits();
    const noted = (await store.db.selectFrom('audit_log').select('hash').where('id', '=', 5).executeTakeFirstOrThrow()).hash!;
    await tamper(path, 'delete from audit_log', ...(onPostgres ? [] : ["delete from sqlite_sequence where name = 'audit_log'"]));
    expect(await verifyAuditChain(store)).toMatchObject({ ok: true });
    expect(await verifyAuditChain(store, { expectHash: noted })).toMatchObject({ ok: false, error: { kind: 'head-not-found' } });
  });
});

describe('migration 0005-audit-chain', () => {
  it('seals the rows written before it, in id order', async () => {
    const { dir, remove } = tempDir();
    cleanups.push(remove);
    const path = `${dir}/old.db`;
    const db = new Kysely<any>({ dialect: new SqliteDialect({ database: new Database(path) }) });
    const all = knownMigrations(sqliteTextIndex);
    const upTo0004 = Object.fromEntries(Object.entries(all).filter(([name]) => name < '0005'));
    expect((await migrateToLatest(db, upTo0004)).ok).toBe(true);
    for (const action of ['confirm', 'reject']) {
      await db.insertInto('audit_log').values({ at: '2026-01-01T00:00:00Z', actor_user: 'old', entity: 'events', entity_id: 1, action, before_json: null, after_json: '{}' }).execute();
    }
    await db.destroy();
    const store = await openStore({ path });
    cleanups.push(() => store.close());
    expect(await verifyAuditChain(store)).toMatchObject({ ok: true, value: { entries: 2, lastId: 2 } });
  });
});
