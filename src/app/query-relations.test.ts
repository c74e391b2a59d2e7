import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { indexReport, leadLag, parseIndexRequest, parseLeadLagRequest, timeline } from '../analyse/relations/index.js';
import type { ExtractedEvent } from '../core/event.js';
import { queryEvents } from '../store/query-events.js';
import { saveDocument } from '../store/save-document.js';
import type { Store } from '../store/store.js';
import { eventIn, makeDocument, saveInput, tempStore } from '../store/testing/fixtures.js';
import { parseEventFilters } from './parse-event-filters.js';
import { queryEvidence, queryIndexReport, queryLeadLag, queryTimeline } from './query-relations.js';

// The store-side reads (only the dyads asked for, one page) must give what the
// pure analyses give over every event of the window, as before.
const a = makeDocument('a', '甲。乙。丙。丁。戊。己。庚。辛。壬。癸。子。丑。');
const b = makeDocument('b', '別の文書。甲。丙。');
const ev = (doc: typeof a, q: string, date: string, source: string, target: string | null, extra: Partial<ExtractedEvent> = {}) =>
  eventIn(doc, q, { date, cameo: '042', source, target, ...extra });

let store: Store;
let dispose: () => Promise<void>;
beforeAll(async () => {
  ({ store, dispose } = await tempStore());
  await saveDocument(store, saveInput(a, {
    events: [
      ev(a, '甲', '2023-09-13', 'RUS', 'PRK'),
      ev(a, '乙', '2023-09', 'PRK', 'RUS', { cameo: '057' }),
      ev(a, '丙', '2023-11-02', 'RUS', 'PRK', { cameo: '111' }),
      ev(a, '丁', '2023', 'PRK', 'RUS', { cameo: '190' }),
      ev(a, '戊', '2023-10-01', 'CHN', 'PRK'),
      ev(a, '己', '2024-02-10', 'CHN', 'RUS', { cameo: '036' }),
      ev(a, '庚', '2022-12-30', 'RUS', 'PRK', { dateEnd: '2023-01-02' }),
      ev(a, '辛', '2024-05', 'PRK', null, { cameo: '15' }),
      ev(a, '壬', '2024-06-01', 'PRK', 'CHN', { cameo: '173' }),
      ev(a, '癸', '2022', 'RUS', 'CHN'),
      ev(a, '子', '2024-01-15', 'PRK', 'RUS', { status: 'planned' }),
      ev(a, '丑', '2023-12-31', 'USA', 'PRK', { cameo: '1631' }),
    ],
  }));
  // Same events stated by a second document: events with two sources.
  await saveDocument(store, saveInput(b, { events: [ev(b, '甲', '2023-09-13', 'RUS', 'PRK'), ev(b, '丙', '2023-11-02', 'RUS', 'PRK', { cameo: '111' })] }));
});
afterAll(() => dispose());

const request = (raw: Parameters<typeof parseIndexRequest>[0]) => {
  const r = parseIndexRequest(raw);
  if (!r.ok) throw new Error(r.error.message);
  return r.value;
};

describe('relations read from the store', () => {
  it.each([
    { dyad: 'RUS,PRK', by: 'month' },
    { dyad: 'PRK,RUS', by: 'quarter', from: '2023-01', to: '2023-12' },
    { actors: 'RUS,PRK,CHN', by: 'year' },
    { dyad: 'RUS,PRK', compare: 'CHN,PRK;PRK,RUS', by: 'quarter', from: '2023' },
  ])('index report %j is the analysis over every event of the window', async (raw) => {
    const req = request(raw);
    const all = await queryEvents(store, { from: req.from, to: req.to });
    const report = await queryIndexReport(store, req, { evidence: true });
    expect(report.evidence!.some((e) => e.sources.length === 2)).toBe(raw.from === undefined || raw.from <= '2023-09');
    expect(report).toEqual(indexReport(all, req));
    // Added up in SQL: the same tables, no evidence; the evidence of any ids on request.
    const tables = await queryIndexReport(store, req);
    expect(tables.evidence).toBeUndefined();
    expect(tables).toEqual({ ...report, evidence: undefined });
    const cell = report.index.find((r) => r.count > 1) ?? report.index[0]!;
    expect(await queryEvidence(store, cell.eventIds)).toEqual(report.evidence!.filter((e) => cell.eventIds.includes(e.eventId)));
  });

  it('lead–lag reads the two dyads only, with the same answer', async () => {
    const r = parseLeadLagRequest({ x: 'CHN,PRK', y: 'RUS,PRK', by: 'month' });
    if (!r.ok) throw new Error(r.error.message);
    expect(await queryLeadLag(store, r.value)).toEqual(leadLag(await queryEvents(store, {}), r.value.x, r.value.y, r.value));
  });

  it.each([
    { dyad: 'RUS,PRK', limit: '2' },
    { dyad: 'RUS,PRK', limit: '2', offset: '3' },
    { actor: 'PRK', from: '2023-01', to: '2024-01', limit: '50' },
    { cameo: '04', offset: '1' },
    { status: 'planned' },
    { dyad: 'RUS,PRK', limit: '5', offset: '50' },
    // `from`: events dated from its year, and 庚 (2022-12-30 to 2023-01-02) that ends in the window.
    { dyad: 'RUS,PRK', from: '2023-01', limit: '2' },
    { dyad: 'PRK,RUS', from: '2023-01-02', to: '2023-12', limit: '3', offset: '1' },
    { dyad: 'RUS,PRK', from: '2023', to: '2022-12-31', limit: '10' },
  ])('timeline page %j is the page of the whole timeline, with its total', async (raw) => {
    const f = parseEventFilters(raw);
    if (!f.ok) throw new Error(f.error.message);
    const { limit, offset, ...filters } = f.value;
    const whole = timeline(await queryEvents(store, filters), filters, { limit, offset });
    expect(await queryTimeline(store, f.value)).toEqual(whole);
  });
});
