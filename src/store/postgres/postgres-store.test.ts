import { sql, type Kysely } from 'kysely';
import { afterEach, describe, expect, it } from 'vitest';
import { MIGRATION_TABLE } from '../migrations/migrate-to-latest.js';
import { openStore, tryOpenStore } from '../open-store.js';
import { saveDocument } from '../save-document.js';
import type { Store } from '../store.js';
import { makeDocument, saveInput, tempDir } from '../testing/fixtures.js';
import { onPostgres, testDatabase } from '../testing/test-database.js';

/** What the PostgreSQL schema looks like after the migrations (the SQLite side: open-store.test.ts). */
const cleanups: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  for (const c of cleanups.splice(0).reverse()) await c();
});

async function fresh(): Promise<{ store: Store; url: string }> {
  const { dir, remove } = tempDir();
  cleanups.push(remove);
  const database = await testDatabase(`${dir}/unused.db`);
  cleanups.push(database.drop);
  const store = await openStore({ path: database.location });
  cleanups.push(() => store.close());
  return { store, url: database.location };
}

const columnType = async (store: Store, table: string, column: string) =>
  (
    await sql<{ type: string; collation: string | null; identity: string }>`
      select data_type as type, collation_name as collation, is_identity as identity
      from information_schema.columns where table_name = ${table} and column_name = ${column}`.execute(store.db)
  ).rows[0];

describe.skipIf(!onPostgres)('a PostgreSQL store', () => {
  it('gets the schema from the same migrations: identity ids, bytea, double precision, byte-order text, the trigram index', async () => {
    const { store } = await fresh();
    const applied = await (store.db as Kysely<any>).selectFrom(MIGRATION_TABLE).select('name').execute();
    expect(applied.length).toBeGreaterThanOrEqual(5);
    expect(await columnType(store, 'documents', 'id')).toMatchObject({ type: 'integer', identity: 'YES' });
    expect(await columnType(store, 'documents', 'offsets')).toMatchObject({ type: 'bytea' });
    expect(await columnType(store, 'events', 'goldstein')).toMatchObject({ type: 'double precision' });
    expect(await columnType(store, 'events', 'date')).toMatchObject({ type: 'text', collation: 'C' });
    expect(await columnType(store, 'documents', 'normalised_text')).toMatchObject({ type: 'text', collation: null });
    const index = await sql<{ indexdef: string }>`select indexdef from pg_indexes where indexname = 'documents_normalised_trgm'`.execute(store.db);
    expect(index.rows[0]?.indexdef).toMatch(/gin \(normalised_text gin_trgm_ops\)/);
    // Byte order: the date-range filters compare `2023-12-31 <= 2023-12~`.
    const order = await sql<{ ok: boolean }>`select ('2023-12-31' collate "C") <= '2023-12~' as ok`.execute(store.db);
    expect(order.rows[0]?.ok).toBe(true);
  });

  it('cascades deletes through the (deferrable) foreign keys and returns counts as numbers', async () => {
    const { store } = await fresh();
    const saved = await saveDocument(store, saveInput(makeDocument('a', '金正恩はプーチンと会談した。'), { claims: [] }));
    await store.db.insertInto('citations').values({ document_id: saved.documentId, marker: '1', text: 'note', url: null, access_date: null, publisher: null, span_start: 0, span_end: 1 }).execute();
    const count = await store.db.selectFrom('citations').select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow();
    expect(count.n).toBe(1);
    await store.db.deleteFrom('documents').execute();
    expect(await store.db.selectFrom('citations').selectAll().execute()).toEqual([]);
    await expect(
      store.db.insertInto('citations').values({ document_id: 999, marker: '1', text: 'x', url: null, access_date: null, publisher: null, span_start: 0, span_end: 1 }).execute(),
    ).rejects.toThrow(/foreign key/);
  });

  it('refuses TRUNCATE of the audit log', async () => {
    const { store } = await fresh();
    await expect(sql`truncate audit_log`.execute(store.db)).rejects.toThrow(/append-only: entries cannot be truncated/);
  });

  it('reopens without changes, and refuses a database written by a newer Sokan', async () => {
    const { store, url } = await fresh();
    const again = await openStore({ path: url });
    await again.close();
    await sql`insert into ${sql.table(MIGRATION_TABLE)} (name, timestamp) values ('9999-from-the-future', 'now')`.execute(store.db);
    const r = await tryOpenStore({ path: url });
    expect(r).toMatchObject({ ok: false, error: { kind: 'unknown-migrations' } });
  });
});
