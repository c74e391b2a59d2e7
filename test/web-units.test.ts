// Pure parts of the web workbench (web/src), run in Node: text segmentation,
// event filters and CSV, dates per language, routes, SSE parsing, audit diffs.
import { describe, expect, it } from 'vitest';
import type { Annotations, StoredEvent } from '../web/src/api/types.js';
import { parseSse } from '../web/src/api/upload.js';
import { formatPartialDate } from '../web/src/i18n/format-date.js';
import { en } from '../web/src/i18n/messages-en.js';
import { ja } from '../web/src/i18n/messages-ja.js';
import { parseRoute } from '../web/src/router.js';
import { marksOf, segmentText } from '../web/src/screens/documents/segments.js';
import { changedFields } from '../web/src/screens/events/changed-fields.js';
import { EMPTY_FILTER, eventsCsv, matchesFilter } from '../web/src/screens/events/event-filter.js';

const event = (over: Partial<StoredEvent> = {}): StoredEvent => ({
  id: 1, date: '2023-09-13', dateEnd: null, precision: 'day', cameo: '046', quadClass: 1, goldstein: 7,
  source: 'PRK', target: 'RUS', sourceName: 'Kim Jong Un', targetName: null, status: 'occurred', location: 'Vostochny',
  reviewState: 'unreviewed', version: 1, createdAt: '', updatedAt: '',
  sources: [{ documentId: 2, fileName: 'summit', quote: '金総書記は、ボストーチヌイ宇宙基地で会談', span: { start: 0, end: 5 }, rule: 'r', extractorVersion: 'v' }],
  ...over,
});

describe('segmentText', () => {
  it('cuts at every mark boundary and keeps overlapping marks on each piece', () => {
    const a: Annotations = {
      documentId: 1,
      mentions: [{ id: 1, code: 'PRK', entityId: 'x', surface: '北朝鮮', span: { start: 0, end: 3 } }],
      events: [{ eventId: 9, date: '2023', cameo: '046', quadClass: 1, source: 'PRK', target: 'RUS', status: 'occurred', reviewState: 'unreviewed', quote: 'q', rule: 'r', span: { start: 0, end: 6 } }],
      claims: [],
      citations: [],
      footnoteMarkers: [],
    };
    const segs = segmentText(8, marksOf(a));
    expect(segs.map((s) => [s.start, s.end, s.marks.map((m) => m.kind).sort().join()])).toEqual([
      [0, 3, 'actor,event'],
      [3, 6, 'event'],
      [6, 8, ''],
    ]);
  });

  it('ignores marks outside the text', () => {
    expect(segmentText(2, [{ kind: 'claim', claimId: 1, span: { start: 1, end: 5 } }])).toEqual([{ start: 0, end: 2, marks: [] }]);
  });
});

describe('event filters', () => {
  it('matches dyads in either direction, CAMEO prefixes, dates as ISO prefixes and quote text', () => {
    const e = event();
    expect(matchesFilter(e, { ...EMPTY_FILTER, dyad: 'rus,prk' })).toBe(true);
    expect(matchesFilter(e, { ...EMPTY_FILTER, dyad: 'CHN,PRK' })).toBe(false);
    expect(matchesFilter(e, { ...EMPTY_FILTER, cameo: '04' })).toBe(true);
    expect(matchesFilter(e, { ...EMPTY_FILTER, from: '2023-09', to: '2023' })).toBe(true);
    expect(matchesFilter(e, { ...EMPTY_FILTER, from: '2023-10' })).toBe(false);
    expect(matchesFilter(e, { ...EMPTY_FILTER, to: '2023-09-12' })).toBe(false);
    expect(matchesFilter(event({ date: '2023-09', precision: 'month' }), { ...EMPTY_FILTER, from: '2023-09-13', to: '2023-09-13' })).toBe(true);
    expect(matchesFilter(e, { ...EMPTY_FILTER, text: 'ボストーチヌイ' })).toBe(true);
    expect(matchesFilter(e, { ...EMPTY_FILTER, quad: '4' })).toBe(false);
    expect(matchesFilter(e, { ...EMPTY_FILTER, review: 'unreviewed', status: 'occurred', actor: 'rus' })).toBe(true);
  });

  it('writes CSV with quoting', () => {
    const csv = eventsCsv([event({ location: 'Vladivostok, Russia' })]);
    expect(csv.split('\r\n')[1]).toContain('"Vladivostok, Russia"');
  });
});

describe('formatPartialDate', () => {
  it('shows only the known precision, in each language', () => {
    expect(formatPartialDate('2023-09-13', 'ja')).toBe('2023年9月13日');
    expect(formatPartialDate('2023-09', 'ja')).toBe('2023年9月');
    expect(formatPartialDate('2023', 'ja')).toBe('2023年');
    expect(formatPartialDate('2023-09-13', 'en')).toMatch(/^13 Sept? 2023$/);
    expect(formatPartialDate('not a date', 'en')).toBe('not a date');
  });
});

describe('routes and messages', () => {
  it('parses every screen', () => {
    expect(parseRoute('/', '')).toEqual({ screen: 'home' });
    expect(parseRoute('/documents/7', '?event=3')).toEqual({ screen: 'reader', documentId: 7, eventId: 3 });
    expect(parseRoute('/events/12', '')).toEqual({ screen: 'events', eventId: 12 });
    expect(parseRoute('/search', '?q=%E7%BE%85%E6%B4%A5')).toEqual({ screen: 'search', query: '羅津' });
    expect(parseRoute('/network', '')).toEqual({ screen: 'analysis', name: 'network' });
    expect(parseRoute('/nowhere', '')).toEqual({ screen: 'not-found' });
  });

  it('has every message in both languages', () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(ja).sort());
  });
});

describe('parseSse and changedFields', () => {
  it('reads upload events', () => {
    expect(parseSse('event: start\ndata: {"total":2}')).toEqual({ type: 'start', total: 2 });
    expect(parseSse('event: file\ndata: {"name":"a.txt","kind":"duplicate","documentId":1}')).toMatchObject({ type: 'file', outcome: { name: 'a.txt' } });
    expect(parseSse(': comment')).toBeNull();
  });

  it('lists the fields an edit changed', () => {
    expect(changedFields({ cameo: '042', reviewState: 'unreviewed', id: 1 }, { cameo: '190', reviewState: 'corrected', id: 1 })).toEqual([
      { field: 'cameo', before: '042', after: '190' },
      { field: 'reviewState', before: 'unreviewed', after: 'corrected' },
    ]);
    expect(changedFields(null, { cameo: '057' })).toEqual([{ field: 'cameo', before: '—', after: '057' }]);
  });
});
