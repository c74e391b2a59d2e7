// Several documents in one transaction, each in its own savepoint: a bad
// document is rolled back alone; a store failure rolls back the whole batch.
import { join } from 'node:path';
import { sql } from 'kysely';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openStore } from './open-store.js';
import { saveDocument, type SaveDocumentInput } from './save-document.js';
import { sqliteBatchWriter } from './save-document-batch.js';
import type { Store } from './store.js';
import { eventIn, makeDocument, saveInput, tempDir } from './testing/fixtures.js';

let store: Store;
let remove: () => void;
let dir: string;

beforeEach(async () => {
  ({ dir, remove } = tempDir());
  store = await openStore({ path: join(dir, 'batch.db') });
});
afterEach(async () => {
  await store.close();
  remove();
});

function inputs(): SaveDocumentInput[] {
  const text = (n: number) => `第${n}報。北朝鮮とロシアは会談した。`;
  return [1, 2, 3, 4].map((n) => {
    const d = makeDocument(`batch-${n}`, text(n));
    return saveInput(d, { events: [eventIn(d, '北朝鮮とロシアは会談した', { date: '2023-09-13', cameo: '042', source: 'RUS', target: 'PRK' })] });
  });
}

/** The same input with an offset table one entry short: saveDocument throws RangeError on it. */
const broken = (input: SaveDocumentInput): SaveDocumentInput => ({ ...input, offsetsArray: input.offsetsArray.subarray(1) });

const count = async (s: Store, table: string) =>
  Number((await sql<{ n: number }>`select count(*) as n from ${sql.table(table)}`.execute(s.db)).rows[0]!.n);

describe('sqliteBatchWriter', () => {
  it('rolls back a failing document alone; its neighbours commit with the rows of one-by-one saving', async () => {
    const saveBatch = sqliteBatchWriter(store);
    expect(saveBatch).toBeDefined();
    const all = inputs();
    const batch = [all[0]!, broken(all[1]!), all[2]!, all[0]!, all[3]!]; // and a duplicate inside the batch
    const results = await saveBatch!(batch, () => false);
    expect(results.map((r) => (r.ok ? r.value.status : (r.error as Error).name))).toEqual(['stored', 'RangeError', 'stored', 'duplicate', 'stored']);
    expect(results.map((r) => (r.ok ? [r.value.events, r.value.merged] : null))).toEqual([[1, 0], null, [1, 1], [0, 0], [1, 1]]);

    const { dir: other, remove: removeOther } = tempDir();
    const single = await openStore({ path: join(other, 'single.db') });
    try {
      for (const input of [all[0]!, all[2]!, all[0]!, all[3]!]) await saveDocument(single, input); // the batch without its failing document
      for (const table of ['documents', 'events', 'event_sources', 'documents_fts']) {
        expect(await count(store, table), table).toBe(await count(single, table));
      }
      const rows = async (s: Store) => (await sql`select event_id, document_id, quote from event_sources order by id`.execute(s.db)).rows;
      expect(await rows(store)).toEqual(await rows(single));
    } finally {
      await single.close();
      removeOther();
    }
  });

  it('a store failure in one document rolls back the whole batch and is thrown', async () => {
    const saveBatch = sqliteBatchWriter(store)!;
    const all = inputs();
    const concernsStore = (e: unknown) => (e as { code?: string }).code === 'SQLITE_FULL';
    // The second document's offset table stands in for a write that fails: its error is declared a store failure.
    await expect(saveBatch([all[0]!, broken(all[1]!), all[2]!], (e) => concernsStore(e) || e instanceof RangeError)).rejects.toThrow(RangeError);
    expect(await count(store, 'documents')).toBe(0);
    // The connection is usable afterwards.
    expect((await saveBatch([all[0]!], concernsStore)).map((r) => r.ok)).toEqual([true]);
    expect(await count(store, 'documents')).toBe(1);
  });
});
