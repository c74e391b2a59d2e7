import { createReadStream } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { passesFilter, parseImportFilter } from './import-filter.js';
import type { ParsedLine } from './interop-event.js';
import { loadInteropData } from './load-interop-data.js';
import { parseIcewsLines } from './parse-icews-lines.js';
import { readLines } from './read-lines.js';

const FIXTURES = join(import.meta.dirname, '..', '..', 'test', 'fixtures', 'interop');
const data = loadInteropData();

async function parse(lines: AsyncIterable<string>): Promise<ParsedLine[]> {
  const out: ParsedLine[] = [];
  for await (const p of parseIcewsLines(lines, { cameo: data.cameo, codes: data.codes })) out.push(p);
  return out;
}

async function* of(lines: string[]): AsyncGenerator<string> {
  yield* lines;
}

describe('parseIcewsLines', () => {
  it('reads an ICEWS file: country names mapped, malformed and skipped rows reported by line', async () => {
    const parsed = await parse(readLines(createReadStream(join(FIXTURES, 'icews-sample.tab'))));
    const events = parsed.flatMap((p) => (p.kind === 'event' ? [p.event] : []));
    expect(events.map((e) => [e.externalId, e.date, e.cameo, e.source, e.target])).toEqual([
      ['26000001', '2019-04-25', '044', 'PRK', 'RUS'],
      ['26000002', '2023-09-13', '043', 'RUS', 'PRK'],
      ['26000003', '2024-04-12', '040', 'CHN', 'PRK'],
      ['26000008', '2023-11-22', '111', 'UNO', 'PRK'],
    ]);
    expect(events[0]).toMatchObject({
      origin: 'icews', precision: 'day', status: 'occurred', quadClass: 1, goldstein: 2.5, sourceName: 'Kim Jong-Un',
      targetName: 'Vladimir Putin', location: 'Vladivostok, Primorskiy Kray, Russian Federation', lat: 43.1056, lon: 131.8735,
    });
    expect(parsed.filter((p) => p.kind !== 'event').map((p) => `${p.kind} ${p.line}: ${p.reason}`)).toEqual([
      expect.stringMatching(/^malformed 5: Event Date .*2023-13-01/),
      expect.stringMatching(/^malformed 6: unknown CAMEO Code "999"/),
      expect.stringMatching(/^malformed 7: expected 20 .*got 5/),
      expect.stringMatching(/^skipped 8: unknown Source Country "Atlantis"/),
    ]);
  });

  it('refuses a file whose header lacks the ICEWS columns', async () => {
    const parsed = await parse(of(['id\tdate', '1\t2023-01-01']));
    expect(parsed).toEqual([{ kind: 'malformed', line: 1, reason: expect.stringMatching(/header row lacks .*"Event ID"/) }]);
  });
});

describe('import filter', () => {
  it('keeps events of the actors on either side, within inclusive partial dates', () => {
    const f = parseImportFilter({ actors: 'rus, prk', from: '2023-09', to: '2024' });
    expect(f.ok).toBe(true);
    if (!f.ok) return;
    const e = (source: string, target: string | null, date: string) =>
      ({ source, target, date }) as Parameters<typeof passesFilter>[0];
    expect(passesFilter(e('CHN', 'PRK', '2023-09-01'), f.value)).toBe(true);
    expect(passesFilter(e('CHN', 'USA', '2023-10-01'), f.value)).toBe(false);
    expect(passesFilter(e('RUS', null, '2023-08-31'), f.value)).toBe(false);
    expect(passesFilter(e('RUS', null, '2024-12-31'), f.value)).toBe(true);
    expect(passesFilter(e('RUS', null, '2025-01-01'), f.value)).toBe(false);
  });

  it('names the bad option', () => {
    expect(parseImportFilter({ from: '2023/09' })).toMatchObject({ ok: false, error: { field: 'from' } });
    expect(parseImportFilter({ actors: ',' })).toMatchObject({ ok: false, error: { field: 'actors' } });
  });
});
