// Pure parts of the workbench's analysis screens (web/src/screens/{timeline,index,map}, components/csv) and the
// gazetteer endpoint `GET /api/places` in-process.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createApp } from '../src/serve/create-app.js';
import { placesOf } from '../src/serve/routes/places-routes.js';
import { openStore } from '../src/store/open-store.js';
import type { IndexReport, Place, StoredEvent, TimelineItem } from '../web/src/api/types.js';
import { toCsv } from '../web/src/components/csv.js';
import { timeTickLabels } from '../web/src/components/time-ticks.js';
import { filterQuery } from '../web/src/components/period-form.js';
import { asymmetrySeries, comparisonSeries, directionSeries, periodsOf } from '../web/src/screens/index/index-data.js';
import { mapMarks, placeIndex, resolveLocation } from '../web/src/screens/map/map-data.js';
import { placeLabels } from '../web/src/screens/map/map-labels.js';
import { edgePath, layoutNetwork } from '../web/src/screens/network/network-layout.js';
import { laneOf, lanesOf, stackRows, startOf } from '../web/src/screens/timeline/timeline-layout.js';

const place = (en: string, lon: number, lat: number, ja: string[] = [], aliases: string[] = []): Place => ({ en, ja, aliases, country: null, lat, lon, kind: 'city' });
const PLACES = [place('Rajin port', 130.3, 42.2, ['羅津港']), place('Dunai', 132.6, 42.9), place('Tikhoretsk', 40.1, 45.9), place('Pyongyang', 125.7, 39.0, ['平壌'], ["P'yongyang"])];
const event = (id: number, location: string | null): StoredEvent =>
  ({ id, location, date: '2024-01-01', dateEnd: null, source: 'PRK', target: 'RUS' }) as unknown as StoredEvent;

describe('map marks', () => {
  const index = placeIndex(PLACES);
  it('resolves comma-separated places in order, by English, Japanese or alias name, skipping unknown ones', () => {
    expect(resolveLocation('Rajin port, Dunai port, Tikhoretsk', index).map((p) => p.en)).toEqual(['Rajin port', 'Dunai', 'Tikhoretsk']);
    expect(resolveLocation("平壌、P'yongyang", index).map((p) => p.en)).toEqual(['Pyongyang']);
    expect(resolveLocation('Atlantis, Pyongyang', index).map((p) => p.en)).toEqual(['Pyongyang']);
    expect(resolveLocation(null, index)).toEqual([]);
  });
  it('gives a point per place named alone, a route per event naming several, and the unplaced events', () => {
    const m = mapMarks([event(1, 'Pyongyang'), event(2, '平壌'), event(3, 'Rajin port, Dunai port, Tikhoretsk'), event(4, 'Atlantis'), event(5, null)], index);
    expect(m.points.map((p) => [p.place.en, p.eventIds])).toEqual([['Pyongyang', [1, 2]]]);
    expect(m.routes.map((r) => [r.eventId, r.label])).toEqual([[3, 'Rajin port → Dunai → Tikhoretsk']]);
    expect(m.unplaced.map((e) => e.id)).toEqual([4]);
    expect(m.withoutLocation).toBe(1);
  });
  it('places labels without overlap, dropping one that fits nowhere', () => {
    const at = placeLabels([
      { key: 'a', xy: [100, 100], text: 'Beijing', weight: 5 },
      { key: 'b', xy: [100, 100], text: 'Beijing', weight: 4 },
      { key: 'c', xy: [100, 100], text: 'Beijing', weight: 3 },
      { key: 'd', xy: [100, 100], text: 'Beijing', weight: 2 },
      { key: 'e', xy: [100, 100], text: 'Beijing', weight: 1 },
    ]);
    expect([...at.keys()]).toEqual(['a', 'b', 'c', 'd']);
    expect(at.get('a')).toEqual([107, 93, 'start']);
  });
});

describe('timeline layout', () => {
  it('reads partial dates as their first day', () => {
    expect(startOf('2024').toISOString()).toBe('2024-01-01T00:00:00.000Z');
    expect(startOf('2023-09').toISOString()).toBe('2023-09-01T00:00:00.000Z');
    expect(startOf('2023-09-13/2023-09-14').toISOString()).toBe('2023-09-13T00:00:00.000Z');
  });
  it('puts events on lanes by actor pair, busiest first, the rest in "other"', () => {
    const item = (id: number, source: string, target: string | null) => ({ id, source, target }) as TimelineItem;
    const items = [item(1, 'RUS', 'PRK'), item(2, 'PRK', 'RUS'), item(3, 'CHN', 'PRK'), item(4, 'PRK', null), item(5, 'USA', 'KOR')];
    expect(laneOf(items[1]!)).toBe('PRK–RUS');
    const lanes = lanesOf(items, 3);
    expect(lanes.names).toEqual(['PRK–RUS', 'CHN–PRK', '']);
    expect([...lanes.of.values()]).toEqual([0, 0, 1, 2, 2]);
  });
  it('stacks marks that would overlap into alternating rows', () => {
    expect(stackRows([0, 5, 100, 6, 103], 10)).toEqual([0, -1, 0, 1, -1]);
  });
});

describe('index series', () => {
  const tally = { quad1: 0, quad2: 0, quad3: 0, quad4: 0, goldsteinMean: null };
  const r: IndexReport = {
    dyads: ['RUS-PRK'], granularity: 'year', from: null, to: null,
    index: [
      { ...tally, dyad: 'RUS-PRK', period: '2023', bucket: 'period', flow: 'a-to-b', direction: 'RUS→PRK', count: 2, goldsteinSum: 3, eventIds: [1, 2] },
      { ...tally, dyad: 'RUS-PRK', period: '2023', bucket: 'period', flow: 'b-to-a', direction: 'PRK→RUS', count: 0, goldsteinSum: 0, eventIds: [] },
      { ...tally, dyad: 'RUS-PRK', period: '2023', bucket: 'period', flow: 'combined', direction: 'RUS↔PRK', count: 2, goldsteinSum: 3, eventIds: [1, 2] },
      { ...tally, dyad: 'RUS-PRK', period: '2024', bucket: 'undated-within-year', flow: 'a-to-b', direction: 'RUS→PRK', count: 1, goldsteinSum: 8, eventIds: [3] },
    ],
    asymmetry: [
      { dyad: 'RUS-PRK', period: '2023', bucket: 'period', countAB: 2, countBA: 1, meanAB: 1.5, meanBA: 4, difference: -2.5, sumDifference: -1, eventIdsAB: [1, 2], eventIdsBA: [4] },
      { dyad: 'RUS-PRK', period: 'all', bucket: 'all', countAB: 2, countBA: 1, meanAB: 1.5, meanBA: 4, difference: -2.5, sumDifference: -1, eventIdsAB: [1, 2], eventIdsBA: [4] },
    ],
    comparison: [{ ...tally, dyad: 'CHN-PRK', period: '2023', bucket: 'period', count: 0, goldsteinSum: 0, eventIds: [] }],
  };
  it('draws bars only for directions with events in dated periods, and points only where a dyad has events', () => {
    expect(periodsOf(r)).toEqual(['2023']);
    expect(directionSeries(r)).toEqual([{ name: 'RUS→PRK', values: [{ period: '2023', value: 3, eventIds: [1, 2] }] }, { name: 'PRK→RUS', values: [] }]);
    expect(asymmetrySeries(r)).toEqual([{ name: 'RUS-PRK', values: [{ period: '2023', value: -2.5, eventIds: [1, 2, 4] }] }]);
    expect(comparisonSeries(r)).toEqual([{ name: 'CHN-PRK', values: [] }]);
  });
});

describe('network layout', () => {
  it('keeps every node inside the box, the same for the same graph', () => {
    const net = {
      nodes: [{ code: 'RUS', name: 'Russia', eventCount: 9 }, { code: 'PRK', name: 'North Korea', eventCount: 12 }, { code: 'CHN', name: 'China', eventCount: 3 }],
      edges: [{ source: 'RUS', target: 'PRK', count: 5, meanGoldstein: 4, lastContact: '2024', eventIds: [1] }, { source: 'PRK', target: 'RUS', count: 7, meanGoldstein: 3, lastContact: '2024', eventIds: [2] }],
    };
    const a = layoutNetwork(net, 800, 500);
    expect(a.every((p) => p.x >= 0 && p.x <= 800 && p.y >= 0 && p.y <= 500)).toBe(true);
    expect(layoutNetwork(net, 800, 500)).toEqual(a);
    expect(edgePath(a[0]!, a[1]!, true)).toMatch(/^M[\d.-]+,[\d.-]+Q/);
    expect(edgePath(a[0]!, a[1]!, false)).toMatch(/^M[\d.-]+,[\d.-]+L/);
  });
});

describe('time axis labels', () => {
  it('writes years, months or days in the user\'s language', () => {
    const d = (s: string) => new Date(`${s}T00:00:00Z`);
    expect(timeTickLabels([d('2020-01-01'), d('2025-01-01')], 'ja')).toEqual(['2020年', '2025年']);
    expect(timeTickLabels([d('2023-09-01'), d('2024-01-01')], 'ja')).toEqual(['2023年9月', '2024年1月']);
    const [sep, jan] = timeTickLabels([d('2023-09-01'), d('2024-01-01')], 'en');
    expect(sep).toMatch(/^Sept? 2023$/); // ICU versions differ on the abbreviation
    expect(jan).toBe('Jan 2024');
  });
});

describe('csv and queries', () => {
  it('quotes CSV cells that need it and joins arrays with spaces', () => {
    expect(toCsv(['a', 'b'], [['x,y', [1, 2]], [null, 'say "hi"']])).toBe('a,b\r\n"x,y",1 2\r\n,"say ""hi"""\r\n');
  });
  it('leaves empty filter fields out of the query', () => {
    expect(filterQuery({ dyad: 'RUS,PRK', from: '', to: ' 2024 ' })).toBe('dyad=RUS%2CPRK&to=2024');
  });
});

describe('GET /api/places', () => {
  const dir = mkdtempSync(join(tmpdir(), 'sokan-places-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  it('keeps gazetteer entries with coordinates', () => {
    expect(placesOf({ places: [{ en: 'A', lat: 1, lon: 2, ja: ['あ'], kind: 'port' }, { en: 'B' }] })).toEqual([{ en: 'A', ja: ['あ'], aliases: [], country: null, lat: 1, lon: 2, kind: 'port' }]);
  });
  it('answers the places of data/places.json, in the OpenAPI document', async () => {
    const store = await openStore({ path: join(dir, 'p.db') });
    try {
      const app = createApp(store);
      const res = await app.request('/api/places');
      expect(res.status).toBe(200);
      const places = (await res.json()) as Place[];
      expect(places.length).toBeGreaterThan(100);
      expect(places.find((p) => p.en === 'Rajin port')).toMatchObject({ country: 'PRK' });
      const doc = (await (await app.request('/api/openapi.json')).json()) as { paths: Record<string, unknown> };
      expect(doc.paths['/api/places']).toBeDefined();
    } finally {
      await store.close();
    }
  });
});
