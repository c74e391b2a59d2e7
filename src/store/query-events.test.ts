import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ExtractedEvent } from '../core/event.js';
import { countEvents, queryEvents } from './query-events.js';
import { saveDocument } from './save-document.js';
import type { Store } from './store.js';
import { eventIn, makeDocument, saveInput, tempStore } from './testing/fixtures.js';

const doc = makeDocument('dates', '出来事A。出来事B。出来事C。出来事D。出来事E。出来事F。出来事G。出来事H。');
const ev = (letter: string, date: string, extra: Partial<ExtractedEvent> = {}) =>
  eventIn(doc, `出来事${letter}`, { date, cameo: '042', source: 'RUS', target: 'PRK', ...extra });

const other = makeDocument('other', '別の文書の出来事X。');

let store: Store;
let dispose: () => Promise<void>;
let otherId: number;
beforeAll(async () => {
  ({ store, dispose } = await tempStore());
  await saveDocument(store, saveInput(doc, {
    events: [
      ev('A', '2022-12-31'),
      ev('B', '2023-01-01', { cameo: '043', source: 'PRK', target: 'RUS' }),
      ev('C', '2023-12-31', { cameo: '1631', source: 'USA', target: 'PRK' }),
      ev('D', '2024-01-01', { source: 'CHN', target: 'RUS' }),
      ev('E', '2023', { cameo: '057', source: 'CHN', target: 'PRK' }),
      ev('F', '2023-12', { status: 'planned', source: 'JPN', target: 'KOR' }),
      ev('G', '2022-12-30', { dateEnd: '2023-01-02', source: 'MNG', target: 'CHN' }),
      ev('H', '2022', { source: 'PRK', target: null, cameo: '15' }),
    ],
  }));
  otherId = (await saveDocument(store, saveInput(other, {
    events: [eventIn(other, '出来事X', { date: '2021-05-05', cameo: '040', source: 'KOR', target: 'JPN' })],
  }))).documentId;
});
afterAll(() => dispose());

const quotes = (events: { sources: readonly { quote: string }[] }[]) => events.map((e) => e.sources[0]?.quote.slice(-1));

describe('queryEvents', () => {
  it('returns every event with its sources, by date', async () => {
    const all = await queryEvents(store);
    expect(all).toHaveLength(9);
    expect(all[0]?.sources[0]).toMatchObject({ fileName: 'other', quote: '出来事X', documentId: otherId });
    expect(all[0]?.sources[0]?.span).toEqual({ start: 5, end: 9 });
    expect(all[0]).toMatchObject({ reviewState: 'unreviewed', version: 1, quadClass: 1, precision: 'day' });
  });

  it('treats --from/--to as inclusive ISO partial dates, overlapping coarse dates', async () => {
    const in2023 = await queryEvents(store, { from: '2023-01', to: '2023-12' });
    expect(quotes(in2023).sort()).toEqual(['B', 'C', 'E', 'F', 'G']);
    expect(quotes(await queryEvents(store, { from: '2023-12-31', to: '2023-12-31' })).sort()).toEqual(['C', 'E', 'F']);
    expect(quotes(await queryEvents(store, { to: '2022' })).sort()).toEqual(['A', 'G', 'H', 'X']);
    expect(quotes(await queryEvents(store, { from: '2024' }))).toEqual(['D']);
    expect(quotes(await queryEvents(store, { from: '2023-01-02', to: '2023-01-02' })).sort()).toEqual(['E', 'G']);
  });

  it('filters by dyad in either direction, by actor, CAMEO prefix, status and document', async () => {
    expect(quotes(await queryEvents(store, { dyad: ['PRK', 'RUS'] }))).toEqual(['A', 'B']);
    expect(quotes(await queryEvents(store, { dyad: ['RUS', 'PRK'] }))).toEqual(['A', 'B']);
    expect(quotes(await queryEvents(store, { actor: 'CHN' })).sort()).toEqual(['D', 'E', 'G']);
    expect(quotes(await queryEvents(store, { cameo: '04' })).sort()).toEqual(['A', 'B', 'D', 'F', 'G', 'X']);
    expect(quotes(await queryEvents(store, { cameo: '163' }))).toEqual(['C']);
    expect(quotes(await queryEvents(store, { status: 'planned' }))).toEqual(['F']);
    expect(quotes(await queryEvents(store, { documentId: otherId }))).toEqual(['X']);
    expect(await queryEvents(store, { actor: 'PRK', cameo: '15' })).toMatchObject([{ target: null }]);
  });

  it('pages with limit and offset', async () => {
    const all = await queryEvents(store);
    expect(await queryEvents(store, { limit: 3, offset: 2 })).toEqual(all.slice(2, 5));
    expect(await queryEvents(store, { offset: 7 })).toEqual(all.slice(7));
  });

  it('pages a dyad (its two directions merged by date) and counts it', async () => {
    const dyad = ['PRK', 'RUS'] as const;
    const all = await queryEvents(store, { dyad });
    expect(quotes(all)).toEqual(['A', 'B']);
    expect(await queryEvents(store, { dyad, limit: 1 })).toEqual(all.slice(0, 1));
    expect(await queryEvents(store, { dyad, limit: 1, offset: 1 })).toEqual(all.slice(1, 2));
    expect(await queryEvents(store, { dyad, offset: 1 })).toEqual(all.slice(1));
    expect(await queryEvents(store, { dyad, limit: 5, offset: 2 })).toEqual([]);
    expect(await countEvents(store, { dyad, limit: 1 })).toBe(2);
    expect(await countEvents(store, { dyad: ['CHN', 'PRK'], from: '2023' })).toBe(1);
    expect(await countEvents(store, { actor: 'PRK' })).toBe(5);
  });
});
