import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { sql } from 'kysely';
import { afterEach, describe, expect, it } from 'vitest';
import { MIGRATION_TABLE } from './migrations/migrate-to-latest.js';
import { openStore, StoreOpenError, tryOpenStore } from './open-store.js';
import { tempDir } from './testing/fixtures.js';

const cleanups: (() => unknown)[] = [];
afterEach(async () => {
  for (const f of cleanups.splice(0).reverse()) await f();
});

function dbPath(): string {
  const { dir, remove } = tempDir();
  cleanups.push(remove);
  return join(dir, 'a', 'b', 'sokan.db');
}

describe('openStore', () => {
  it('creates the parent folder and applies all migrations', async () => {
    const path = dbPath();
    const store = await openStore({ path });
    cleanups.push(() => store.close());
    expect(existsSync(path)).toBe(true);
    const applied = await store.db
      .selectFrom(MIGRATION_TABLE as never)
      .select(sql<string>`name`.as('name'))
      .orderBy(sql`name`)
      .execute();
    expect(applied.map((r) => r.name)).toEqual(['0001-initial', '0002-text-index', '0003-ach', '0004-event-origin', '0005-audit-chain', '0006-accounts', '0007-query-indexes', '0008-tally-and-short-search', '0009-partial-event-indexes']);
    const tables = (await store.db.introspection.getTables()).map((t) => t.name);
    for (const t of ['documents', 'citations', 'actors', 'actor_aliases', 'mentions', 'events', 'event_sources', 'claims', 'audit_log', 'documents_fts']) {
      expect(tables).toContain(t);
    }
  });

  it('sets WAL, foreign keys, busy timeout and synchronous=NORMAL', async () => {
    const store = await openStore({ path: dbPath() });
    cleanups.push(() => store.close());
    const pragma = async (name: string) =>
      Object.values((await sql.raw(`pragma ${name}`).execute(store.db)).rows[0] as object)[0];
    expect(await pragma('journal_mode')).toBe('wal');
    expect(await pragma('foreign_keys')).toBe(1);
    expect(await pragma('busy_timeout')).toBe(5000);
    expect(await pragma('synchronous')).toBe(1); // NORMAL
  });

  it('enforces foreign keys', async () => {
    const store = await openStore({ path: dbPath() });
    cleanups.push(() => store.close());
    await expect(
      store.db
        .insertInto('claims')
        .values({ document_id: 999, subject: 'x', low: 1, high: 1, unit: 'shell', claimant: null, claimant_name: null, date: null, period: null, quote: 'q', span_start: 0, span_end: 1, rule: 'r', extractor_version: 'v' })
        .execute(),
    ).rejects.toThrow(/FOREIGN KEY/);
  });

  it('reopens an up-to-date database without changes', async () => {
    const path = dbPath();
    await (await openStore({ path })).close();
    const again = await tryOpenStore({ path });
    expect(again.ok).toBe(true);
    if (again.ok) await again.value.close();
  });

  it('refuses a database whose applied migrations are not a prefix of the known ones', async () => {
    const path = dbPath();
    const store = await openStore({ path });
    await store.db
      .insertInto(MIGRATION_TABLE as never)
      .values({ name: '0003-from-the-future', timestamp: new Date().toISOString() } as never)
      .execute();
    await store.close();

    const opened = await tryOpenStore({ path });
    expect(opened.ok).toBe(false);
    if (!opened.ok) {
      expect(opened.error.kind).toBe('unknown-migrations');
      expect(opened.error.message).toMatch(/0003-from-the-future.*not a prefix/);
    }
    await expect(openStore({ path })).rejects.toBeInstanceOf(StoreOpenError);
  });

  it('reports a file it cannot open as a value', async () => {
    const { dir, remove } = tempDir();
    cleanups.push(remove);
    const opened = await tryOpenStore({ path: dir }); // a folder, not a file
    expect(opened.ok).toBe(false);
  });
});
