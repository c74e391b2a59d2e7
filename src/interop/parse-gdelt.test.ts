import { createReadStream } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatGdeltRow } from './format-gdelt.js';
import { GDELT1_COLUMNS, GDELT2_COLUMNS } from './gdelt-columns.js';
import type { InteropEvent, ParsedLine } from './interop-event.js';
import { loadInteropData } from './load-interop-data.js';
import { parseGdeltLines } from './parse-gdelt-lines.js';
import { parseGdeltRow } from './parse-gdelt-row.js';
import { readLines } from './read-lines.js';

const FIXTURES = join(import.meta.dirname, '..', '..', 'test', 'fixtures', 'interop');
const data = loadInteropData();

async function parseFile(name: string, version?: 1 | 2): Promise<ParsedLine[]> {
  const out: ParsedLine[] = [];
  const lines = readLines(createReadStream(join(FIXTURES, name)));
  for await (const p of parseGdeltLines(lines, { ...(version ? { version } : {}), cameo: data.cameo, codes: data.codes })) out.push(p);
  return out;
}

describe('GDELT columns', () => {
  it('follow the codebooks: 58 (1.0 with SOURCEURL) and 61 (2.0) columns', () => {
    expect(GDELT1_COLUMNS).toHaveLength(58);
    expect(GDELT2_COLUMNS).toHaveLength(61);
    expect(GDELT1_COLUMNS.slice(0, 8)).toEqual(['GLOBALEVENTID', 'SQLDATE', 'MonthYear', 'Year', 'FractionDate', 'Actor1Code', 'Actor1Name', 'Actor1CountryCode']);
    expect(GDELT1_COLUMNS.slice(25, 35)).toEqual(['IsRootEvent', 'EventCode', 'EventBaseCode', 'EventRootCode', 'QuadClass', 'GoldsteinScale', 'NumMentions', 'NumSources', 'NumArticles', 'AvgTone']);
    expect(GDELT1_COLUMNS.slice(49)).toEqual(['ActionGeo_Type', 'ActionGeo_FullName', 'ActionGeo_CountryCode', 'ActionGeo_ADM1Code', 'ActionGeo_Lat', 'ActionGeo_Long', 'ActionGeo_FeatureID', 'DATEADDED', 'SOURCEURL']);
    expect(GDELT2_COLUMNS.slice(51)).toEqual(['ActionGeo_Type', 'ActionGeo_FullName', 'ActionGeo_CountryCode', 'ActionGeo_ADM1Code', 'ActionGeo_ADM2Code', 'ActionGeo_Lat', 'ActionGeo_Long', 'ActionGeo_FeatureID', 'DATEADDED', 'SOURCEURL']);
  });
});

describe('parseGdeltLines', () => {
  it('reads a GDELT 2.0 file: events, malformed rows with line numbers and reasons, skipped rows', async () => {
    const parsed = await parseFile('gdelt2-sample.export.CSV');
    const events = parsed.flatMap((p) => (p.kind === 'event' ? [p.event] : []));
    expect(events.map((e) => [e.externalId, e.date, e.cameo, e.source, e.target])).toEqual([
      ['1100000001', '2023-09-13', '042', 'PRK', 'RUS'],
      ['1100000002', '2024-06-19', '057', 'RUS', 'PRK'],
      ['1100000003', '2024-04-11', '040', 'CHN', 'PRK'],
      ['1100000004', '2023-09-14', '112', 'USA', 'RUS'],
      ['1100000009', '2023-03-21', '036', 'CHN', 'RUS'],
      ['1100000010', '2023-11-22', '111', 'UNO', 'PRK'],
    ]);
    expect(events[0]).toMatchObject({
      origin: 'gdelt2', precision: 'day', status: 'occurred', quadClass: 1, goldstein: 1.9,
      sourceName: 'KIM JONG UN', targetName: 'VLADIMIR PUTIN', location: 'Vostochny Cosmodrome, Amur, Russia', lat: 51.884, lon: 128.334,
    });
    expect(events[3]).toMatchObject({ location: null, lat: null, lon: null });
    const problems = parsed.filter((p) => p.kind !== 'event');
    expect(problems.map((p) => [p.kind, p.line])).toEqual([['malformed', 5], ['malformed', 6], ['malformed', 7], ['skipped', 8]]);
    expect(problems.map((p) => p.reason)).toEqual([
      expect.stringMatching(/expected 61 .*got 30/),
      expect.stringMatching(/SQLDATE.*20230231/),
      expect.stringMatching(/unknown CAMEO EventCode "999"/),
      expect.stringMatching(/no Actor1/),
    ]);
  });

  it('reads a GDELT 1.0 file of 57 columns', async () => {
    const parsed = await parseFile('gdelt1-sample.export.CSV');
    expect(parsed.map((p) => p.kind)).toEqual(['event', 'event', 'event', 'malformed', 'malformed']);
    expect(parsed[0]).toMatchObject({ event: { origin: 'gdelt1', date: '2019-04-25', source: 'PRK', target: 'RUS', location: "Vladivostok, Primor'ye, Russia", lat: 43.1056 } });
    expect(parsed[4]).toMatchObject({ line: 5, reason: expect.stringMatching(/SQLDATE.*2019-07-02/) });
  });

  it('holds a file to the version asked for', async () => {
    const parsed = await parseFile('gdelt2-sample.export.CSV', 1);
    expect(parsed.every((p) => p.kind === 'malformed')).toBe(true);
    expect(parsed[0]).toMatchObject({ line: 1, reason: expect.stringMatching(/expected 57 or 58 .*GDELT 1\.0.*got 61/) });
  });

  it('maps CAMEO actor codes: country code, known group, organisation, code prefix', () => {
    const row = (a1: Partial<Record<string, string>>): string[] => {
      const f = new Array<string>(61).fill('');
      const set = (k: string, v: string) => (f[GDELT2_COLUMNS.indexOf(k)] = v);
      set('GLOBALEVENTID', '1'); set('SQLDATE', '20230913'); set('EventCode', '042');
      for (const [k, v] of Object.entries(a1)) set(k, v!);
      return f;
    };
    const source = (a1: Record<string, string>) => {
      const p = parseGdeltRow(row(a1), 1, { version: 2, cameo: data.cameo, codes: data.codes });
      return p.kind === 'event' ? p.event.source : p.kind;
    };
    expect(source({ Actor1Code: 'RUSGOV', Actor1CountryCode: 'RUS' })).toBe('RUS');
    expect(source({ Actor1Code: 'ROMGOV', Actor1CountryCode: 'ROM' })).toBe('ROU');
    expect(source({ Actor1Code: 'IGONAT', Actor1KnownGroupCode: 'NAT' })).toBe('NATO');
    expect(source({ Actor1Code: 'SCO' })).toBe('SCO');
    expect(source({ Actor1Code: 'PRKMIL' })).toBe('PRK');
    expect(source({})).toBe('skipped');
  });
});

const day = fc
  .date({ min: new Date('1979-01-01T00:00:00Z'), max: new Date('2030-12-31T00:00:00Z'), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));
const cameoCodes = ['010', '036', '040', '042', '043', '046', '057', '111', '112', '138', '190', '0874'];
const actors = ['RUS', 'PRK', 'CHN', 'KOR', 'JPN', 'USA', 'ROU', 'UNO', 'NATO', 'EU', 'SCO', 'BRICS', 'G7'];
const text = fc.string({ minLength: 1, maxLength: 30 }).filter((s) => !/[\t\r\n]/.test(s));
const coordinate = (max: number) => fc.integer({ min: -max * 10_000, max: max * 10_000 }).map((n) => n / 10_000 || 0);

const interopEvent: fc.Arbitrary<InteropEvent> = fc
  .record({
    id: fc.bigInt({ min: 1n, max: 10n ** 12n }).map(String),
    date: day,
    cameo: fc.constantFrom(...cameoCodes),
    source: fc.constantFrom(...actors),
    target: fc.option(fc.constantFrom(...actors), { nil: null }),
    sourceName: fc.option(text, { nil: null }),
    targetName: fc.option(text, { nil: null }),
    location: fc.option(text, { nil: null }),
    point: fc.option(fc.tuple(coordinate(90), coordinate(180)), { nil: null }),
  })
  .map((r) => {
    const code = data.cameo(r.cameo)!;
    return {
      origin: 'gdelt2',
      externalId: r.id,
      date: r.date,
      dateEnd: null,
      precision: 'day',
      cameo: r.cameo,
      quadClass: code.quadClass,
      goldstein: code.goldstein,
      source: r.source,
      target: r.target,
      sourceName: r.sourceName,
      targetName: r.target === null ? null : r.targetName,
      status: 'occurred',
      location: r.location,
      lat: r.point?.[0] ?? null,
      lon: r.point?.[1] ?? null,
    } satisfies InteropEvent;
  });

describe('formatGdeltRow', () => {
  it('writes 61 columns that parse back to the same event (property)', () => {
    fc.assert(
      fc.property(interopEvent, (e) => {
        const row = formatGdeltRow(e, { codes: data.codes, fallbackId: 1 });
        const fields = row.split('\t');
        expect(fields).toHaveLength(61);
        const back = parseGdeltRow(fields, 1, { version: 2, cameo: data.cameo, codes: data.codes });
        expect(back).toEqual({ kind: 'event', line: 1, event: e });
      }),
      { numRuns: 500 },
    );
  });

  it('writes a month-precision extracted event on the first day, with Sokan\'s id', () => {
    const e: InteropEvent = {
      origin: 'extracted', externalId: null, date: '2023-09', dateEnd: null, precision: 'month', cameo: '042', quadClass: 1, goldstein: 1.9,
      source: 'PRK', target: 'RUS', sourceName: 'Kim Jong Un', targetName: null, status: 'occurred', location: 'Vostochny Cosmodrome', lat: null, lon: null,
    };
    const f = formatGdeltRow(e, { codes: data.codes, fallbackId: 77 }).split('\t');
    expect(f.slice(0, 4)).toEqual(['77', '20230901', '202309', '2023']);
    expect(f[GDELT2_COLUMNS.indexOf('ActionGeo_FullName')]).toBe('Vostochny Cosmodrome');
    expect(f[GDELT2_COLUMNS.indexOf('DATEADDED')]).toBe('20230901000000');
  });
});
