// SqliteEventWriter's 50-row statements: every row stored once, duplicates
// (within a statement, across statements, across imports) skipped and counted,
// and the same rows as the query builder's path (insertExternalEvents), in
// bulk and in batched mode.
import { sql } from 'kysely';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { InteropEvent } from '../../interop/interop-event.js';
import type { Store } from '../store.js';
import { tempStore } from '../testing/fixtures.js';
import { withEventSink } from './bulk-import.js';
import { insertExternalEvents } from './insert-external-events.js';
import type { ImportMode } from './sqlite-event-writer.js';

let stores: { store: Store; dispose: () => Promise<void> }[];
beforeEach(async () => (stores = [await tempStore(), await tempStore(), await tempStore()]));
afterEach(async () => {
  for (const s of stores) await s.dispose();
});

const event = (n: number): InteropEvent => ({
  origin: 'gdelt2', externalId: String(1000 + n), date: `2023-09-${String(1 + (n % 28)).padStart(2, '0')}`, dateEnd: null,
  precision: 'day', cameo: n % 2 === 0 ? '042' : '190', quadClass: n % 2 === 0 ? 1 : 4, goldstein: n % 2 === 0 ? 1.9 : -10,
  source: n % 3 === 0 ? 'RUS' : 'PRK', target: n % 5 === 0 ? null : 'JPN', sourceName: `ACTOR ${n}`, targetName: null,
  status: 'occurred', location: n % 4 === 0 ? null : 'Pyongyang', lat: n % 4 === 0 ? null : 39.0194, lon: n % 4 === 0 ? null : 125.7381,
});

async function importInto(store: Store, mode: ImportMode | 'query builder', batches: readonly (readonly InteropEvent[])[]) {
  if (mode === 'query builder') {
    let inserted = 0;
    for (const b of batches) inserted += (await insertExternalEvents(store, b)).inserted;
    return inserted;
  }
  return withEventSink(store, mode, async (sink) => {
    let inserted = 0;
    for (const b of batches) inserted += (await sink(b)).inserted;
    return inserted;
  });
}

async function rows(store: Store) {
  const { rows } = await sql<Record<string, unknown>>`select * from events order by id`.execute(store.db);
  return rows.map(({ created_at: _c, updated_at: _u, ...rest }) => rest);
}

describe('SqliteEventWriter', () => {
  it('stores 50-row statements and single rows alike, skipping duplicates', async () => {
    const events = Array.from({ length: 137 }, (_, n) => event(n));
    // Duplicates inside one 50-row statement (n = 3 twice) and across batches.
    const first = [...events.slice(0, 60), event(3), ...events.slice(60, 120)];
    const second = [...events.slice(100, 137), event(0)];
    const results = [];
    for (const [i, mode] of (['query builder', 'bulk', 'batched'] as const).entries()) {
      const { store } = stores[i]!;
      const inserted = await importInto(store, mode, [first, second]);
      const again = await importInto(store, mode === 'query builder' ? mode : 'batched', [events]);
      results.push({ inserted, again, rows: await rows(store) });
    }
    expect(results[0]!.inserted).toBe(137);
    expect(results[0]!.again).toBe(0);
    expect(results[0]!.rows).toHaveLength(137);
    expect(results[0]!.rows[3]).toMatchObject({ external_id: '1003', dedup_key: 'gdelt2|2023-09-04|19|JPN,RUS', review_state: 'unreviewed' });
    expect(results[1]).toEqual(results[0]);
    expect(results[2]).toEqual(results[0]);
  });
});
