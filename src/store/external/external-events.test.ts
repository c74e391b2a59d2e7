import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { InteropEvent } from '../../interop/interop-event.js';
import { queryEvents } from '../query-events.js';
import { saveDocument } from '../save-document.js';
import type { Store } from '../store.js';
import { eventIn, makeDocument, saveInput, tempStore } from '../testing/fixtures.js';
import { sql } from 'kysely';
import { dialectOf } from '../store-dialect.js';
import { bulkPays, withEventSink } from './bulk-import.js';
import { insertExternalEvents, ROWS_PER_STATEMENT } from './insert-external-events.js';
import { countByOrigin, queryOriginEvents } from './query-origin-events.js';

let store: Store;
let dispose: () => Promise<void>;
beforeEach(async () => ({ store, dispose } = await tempStore()));
afterEach(() => dispose());

const imported = (id: string, extra: Partial<InteropEvent> = {}): InteropEvent => ({
  origin: 'gdelt2', externalId: id, date: '2023-09-13', dateEnd: null, precision: 'day', cameo: '042', quadClass: 1, goldstein: 1.9,
  source: 'PRK', target: 'RUS', sourceName: 'KIM JONG UN', targetName: null, status: 'occurred', location: 'Vostochny', lat: 51.884, lon: 128.334,
  ...extra,
});

async function saveExtracted(): Promise<void> {
  const doc = makeDocument('summit', '金正恩はプーチンと会談した。');
  await saveDocument(store, saveInput(doc, { events: [eventIn(doc, '金正恩はプーチンと会談', { date: '2023-09-13', cameo: '040', source: 'PRK', target: 'RUS' })] }));
}

describe('imported events', () => {
  it('are stored with origin, external id and coordinates; re-importing skips them', async () => {
    expect(await insertExternalEvents(store, [imported('1'), imported('2', { origin: 'icews' })])).toEqual({ inserted: 2 });
    expect(await insertExternalEvents(store, [imported('1'), imported('2'), imported('3')])).toEqual({ inserted: 2 });
    const rows = await queryOriginEvents(store, { origins: ['gdelt2'] });
    expect(rows.map((r) => r.externalId)).toEqual(['1', '2', '3']);
    expect(rows[0]).toMatchObject({ origin: 'gdelt2', lat: 51.884, lon: 128.334 });
    expect(await countByOrigin(store)).toEqual({ gdelt2: 3, icews: 1 });
  });

  it('insert in statements of 500 rows across a batch', async () => {
    const many = Array.from({ length: ROWS_PER_STATEMENT * 2 + 7 }, (_, i) => imported(String(i)));
    expect(await insertExternalEvents(store, many)).toEqual({ inserted: many.length });
  });

  it('sit beside extracted events: queryEvents sees both, extraction never merges into them', async () => {
    await insertExternalEvents(store, [imported('9')]);
    await saveExtracted(); // same date, CAMEO root and actor pair as the imported event
    const all = await queryEvents(store, { dyad: ['RUS', 'PRK'] });
    expect(all).toHaveLength(2);
    expect(all.map((e) => e.sources.length).sort()).toEqual([0, 1]);
    const byOrigin = await queryOriginEvents(store, { actors: ['PRK'], from: '2023-09', to: '2023-09' });
    expect(byOrigin.map((e) => e.origin).sort()).toEqual(['extracted', 'gdelt2']);
    expect(await queryOriginEvents(store, { origins: ['extracted'] })).toMatchObject([{ externalId: null, lat: null, lon: null }]);
  });
});

describe('withEventSink', () => {
  const indexes = async () =>
    dialectOf(store.db) === 'postgres'
      ? (await sql<{ name: string; sql: string }>`select indexname as name, indexdef as sql from pg_indexes where tablename = 'events' order by indexname`.execute(store.db)).rows
      : (await sql<{ name: string; sql: string }>`select name, sql from sqlite_master where type = 'index' and tbl_name = 'events' order by name`.execute(store.db)).rows;

  it('stores every batch and rebuilds the event indexes exactly as they were', async () => {
    const before = await indexes();
    expect(await bulkPays(store, 1)).toBe(true);
    const result = await withEventSink(store, 'bulk', async (sink) => (await sink([imported('1'), imported('2')])).inserted + (await sink([imported('2'), imported('3')])).inserted);
    expect(result).toBe(3);
    expect(await indexes()).toEqual(before);
    expect(await bulkPays(store, 2)).toBe(false);
  });

  it('in batched mode commits each batch, so a failure keeps the batches before it', async () => {
    await expect(withEventSink(store, 'batched', async (sink) => (await sink([imported('1')]), Promise.reject(new Error('stop'))))).rejects.toThrow('stop');
    expect((await queryOriginEvents(store)).map((e) => e.externalId)).toEqual(['1']);
  });

  it('rolls back everything, indexes included, when the import fails', async () => {
    const before = await indexes();
    await expect(withEventSink(store, 'bulk', async (sink) => (await sink([imported('1')]), Promise.reject(new Error('disk on fire'))))).rejects.toThrow('disk on fire');
    expect(await indexes()).toEqual(before);
    expect(await queryOriginEvents(store)).toEqual([]);
  });
});
