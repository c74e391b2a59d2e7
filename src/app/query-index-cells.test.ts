import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { indexReport, parseIndexRequest } from '../analyse/relations/index.js';
import type { QuadClass } from '../core/event.js';
import { queryEvents } from '../store/query-events.js';
import { saveDocument } from '../store/save-document.js';
import type { Store } from '../store/store.js';
import { eventIn, makeDocument, saveInput, tempStore } from '../store/testing/fixtures.js';
import { seededRandom } from '../store/testing/seeded-random.js';
import { queryIndexReport } from './query-relations.js';

// The index added up in SQL (cells per bucket and direction) against the pure
// analysis over every event of the window, on a generated store: dates to the
// day, month and year (undated-within-year buckets), spans across periods,
// several dyads, Goldstein scores with decimals.
const ACTORS = ['RUS', 'PRK', 'CHN', 'USA'];
const N = 400;


let store: Store;
let dispose: () => Promise<void>;
beforeAll(async () => {
  ({ store, dispose } = await tempStore());
  const rnd = seededRandom(7);
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(rnd() * xs.length)]!;
  const sentences = Array.from({ length: N }, (_, i) => `文${i}。`);
  const doc = makeDocument('generated', sentences.join(''));
  const two = (n: number) => String(n).padStart(2, '0');
  const events = sentences.map((s, i) => {
    const year = 2019 + Math.floor(rnd() * 5);
    const month = 1 + Math.floor(rnd() * 12);
    const kind = rnd();
    const date = kind < 0.15 ? String(year) : kind < 0.35 ? `${year}-${two(month)}` : `${year}-${two(month)}-${two(1 + Math.floor(rnd() * 28))}`;
    const dateEnd = rnd() < 0.1 ? `${year + (rnd() < 0.5 ? 0 : 1)}-12-31` : null;
    const source = pick(ACTORS);
    const target = rnd() < 0.05 ? null : pick(ACTORS.filter((a) => a !== source));
    const quadClass = (1 + Math.floor(rnd() * 4)) as QuadClass;
    const goldstein = Math.round((rnd() * 20 - 10) * 10) / 10;
    return eventIn(doc, s.slice(0, -1), { date, dateEnd: dateEnd !== null && dateEnd > date ? dateEnd : null, cameo: pick(['042', '057', '111', '190']), source, target, quadClass, goldstein, location: `L${i}` });
  });
  await saveDocument(store, saveInput(doc, { events }));
});
afterAll(() => dispose());

describe('relationship index added up in SQL', () => {
  it.each([
    { dyad: 'RUS,PRK', by: 'month' },
    { dyad: 'PRK,RUS', by: 'quarter' },
    { dyad: 'RUS,PRK', by: 'year' },
    { dyad: 'RUS,PRK', by: 'month', from: '2020-03', to: '2022-07-15' },
    { dyad: 'CHN,USA', by: 'quarter', from: '2021' },
    { dyad: 'CHN,USA', by: 'month', to: '2020' },
    { actors: 'RUS,PRK,CHN', by: 'quarter', from: '2019-06-10', to: '2023' },
    { dyad: 'RUS,PRK', compare: 'CHN,PRK;PRK,RUS;USA,CHN', by: 'month', from: '2020' },
    { dyad: 'RUS,USA', by: 'month', from: '2030', to: '2030-02' },
  ])('%j gives the tables of the pure analysis', async (raw) => {
    const parsed = parseIndexRequest(raw);
    if (!parsed.ok) throw new Error(parsed.error.message);
    const req = parsed.value;
    const all = await queryEvents(store, { from: req.from, to: req.to });
    const expected = { ...indexReport(all, req), evidence: undefined };
    const actual = await queryIndexReport(store, req);
    expect(actual).toEqual(expected);
    // Not vacuous: the store has undated-within-year events in these dyads, and rows with events.
    if (req.granularity !== 'year' && req.from === undefined && req.to === undefined) {
      expect(actual.index.some((r) => r.bucket === 'undated-within-year' && r.count > 0)).toBe(true);
    }
  });

  it('the generated store has events in every direction of the busy dyad', async () => {
    const events = await queryEvents(store, { dyad: ['RUS', 'PRK'] });
    expect(events.filter((e) => e.source === 'RUS').length).toBeGreaterThan(10);
    expect(events.filter((e) => e.source === 'PRK').length).toBeGreaterThan(10);
  });
});
