import { afterEach, describe, expect, it } from 'vitest';
import { verifyAuditChain } from '../audit/verify-audit-chain.js';
import { reviewEvent, type EditContext } from '../edits/index.js';
import { openStore } from '../open-store.js';
import { saveDocument } from '../save-document.js';
import type { Store } from '../store.js';
import { eventIn, makeDocument, saveInput, tempDir } from '../testing/fixtures.js';
import { onPostgres, testDatabase } from '../testing/test-database.js';

/**
 * Several processes writing one PostgreSQL database at once (two store
 * handles, each with its own connection pool, stand in for two processes).
 * SQLite has one writer at a time, so these only run on PostgreSQL.
 */
const cleanups: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  for (const c of cleanups.splice(0).reverse()) await c();
});

async function twoHandles(): Promise<[Store, Store]> {
  const { dir, remove } = tempDir();
  cleanups.push(remove);
  const database = await testDatabase(`${dir}/unused.db`);
  cleanups.push(database.drop);
  const a = await openStore({ path: database.location });
  cleanups.push(() => a.close());
  const b = await openStore({ path: database.location });
  cleanups.push(() => b.close());
  return [a, b];
}

/** Document i: its own text, one event every document shares (same dedup key), one of its own. */
function report(i: number) {
  const doc = makeDocument(`report-${i}`, `第${i}報。金正恩はプーチンと会談した。北朝鮮は第${i}回目の発射を行った。`);
  return saveInput(doc, {
    events: [
      eventIn(doc, '金正恩はプーチンと会談した', { date: '2023-09-13', cameo: '040', source: 'PRK', target: 'RUS' }),
      eventIn(doc, `北朝鮮は第${i}回目の発射を行った`, { date: `2023-10-${String((i % 28) + 1).padStart(2, '0')}`, cameo: '190', source: 'PRK' }),
    ],
  });
}

describe.skipIf(!onPostgres)('concurrent writers on one PostgreSQL database', () => {
  it('two ingests of the same documents store each once and merge shared events into one', async () => {
    const [a, b] = await twoHandles();
    const n = 24;
    const inputs = Array.from({ length: n }, (_, i) => report(i));
    const ingest = async (store: Store, order: number[]) => {
      const out = [];
      for (const i of order) out.push(await saveDocument(store, inputs[i]!));
      return out;
    };
    const forward = Array.from({ length: n }, (_, i) => i);
    const [ra, rb] = await Promise.all([ingest(a, forward), ingest(b, [...forward].reverse())]);
    const stored = [...ra, ...rb].filter((r) => r.status === 'stored');
    expect(stored).toHaveLength(n);
    expect(new Set(stored.map((r) => r.documentId)).size).toBe(n);
    const documents = await a.db.selectFrom('documents').select('id').execute();
    expect(documents).toHaveLength(n);
    const summit = await a.db.selectFrom('events').select('id').where('dedup_key', '=', '2023-09-13|04|PRK,RUS').execute();
    expect(summit).toHaveLength(1);
    const sources = await a.db.selectFrom('event_sources').select('document_id').where('event_id', '=', summit[0]!.id).execute();
    expect(new Set(sources.map((s) => s.document_id)).size).toBe(n);
  });

  it('concurrent analyst edits keep one audit chain; two edits of one version: one wins, one is stale', async () => {
    const [a, b] = await twoHandles();
    for (let i = 0; i < 6; i++) await saveDocument(a, report(i));
    const ids = (await a.db.selectFrom('events').select('id').orderBy('id').execute()).map((r) => r.id);
    const ctx = (user: string): EditContext => ({ user, version: 1, cameo: () => ({ quadClass: 1, goldstein: 1 }) });
    const results = await Promise.all(ids.map((id, k) => reviewEvent(k % 2 === 0 ? a : b, id, { action: 'confirm' }, ctx(k % 2 === 0 ? 'a' : 'b'))));
    expect(results.every((r) => r.ok)).toBe(true);
    const target = ids[0]!;
    const race = await Promise.all([
      reviewEvent(a, target, { action: 'reject' }, { ...ctx('a'), version: 2 }),
      reviewEvent(b, target, { action: 'correct', changes: { location: 'Vostochny' } }, { ...ctx('b'), version: 2 }),
    ]);
    expect(race.filter((r) => r.ok)).toHaveLength(1);
    expect(race.filter((r) => !r.ok).map((r) => !r.ok && r.error.kind)).toEqual(['stale']);
    const chain = await verifyAuditChain(b);
    expect(chain).toMatchObject({ ok: true, value: { entries: ids.length + 1 } });
  });
});
