import { describe, expect, it } from 'vitest';
import { buildReport } from './build-report.js';
import { FootnoteRegistry } from './footnote-registry.js';
import type { ReportInput, ReportOptions } from './report-input.js';
import type { Report } from './report-model.js';
import { claim, event } from './testing/report-fixtures.js';

const src = (documentId: number, start: number, end: number) => ({ documentId, fileName: `d${documentId}`, quote: `q${start}`, span: { start, end } });

describe('FootnoteRegistry', () => {
  it('numbers distinct spans in order of first citation and reuses the number of a span cited again', () => {
    const r = new FootnoteRegistry(new Map([[1, 'Title one']]));
    expect(r.cite([src(1, 10, 20), src(2, 0, 5)])).toEqual([1, 2]);
    expect(r.cite([src(2, 0, 5)])).toEqual([2]);
    expect(r.cite([src(1, 10, 21), src(1, 10, 20)])).toEqual([1, 3]); // a different end is a different span
    expect(r.cite([src(1, 10, 20), src(1, 10, 20)])).toEqual([1]); // once per cell
    expect(r.cite([])).toEqual([]);
    expect(r.list().map((f) => [f.n, f.documentId, f.span.start, f.span.end, f.title])).toEqual([
      [1, 1, 10, 20, 'Title one'],
      [2, 2, 0, 5, null],
      [3, 1, 10, 21, 'Title one'],
    ]);
  });
});

/*
 * Worked out by hand. Spans: A[10,20) states e1 and e2; B[5,15) e2; B[30,40) e3
 * and claim 2; C[0,8) e4 (CHN→PRK); A[50,60) claim 1. The index section cites
 * first: Q1 e1 → A[10,20) = 1; Q2 e2 → A[10,20) = 1, B[5,15) = 2; Q3 e3 →
 * B[30,40) = 3. The comparison then meets e4 → C[0,8) = 4. Claims come last:
 * claim 1 (dated first) → A[50,60) = 5, claim 2 → B[30,40), already 3.
 */
const input: ReportInput = {
  events: [
    event(3, '2023-08-20', 'RUS', 'PRK', 2, 7, [{ doc: 2, start: 30, end: 40 }]),
    event(1, '2023-03-10', 'RUS', 'PRK', 1, 4, [{ doc: 1, start: 10, end: 20 }]),
    event(2, '2023-05-02', 'PRK', 'RUS', 1, 3, [{ doc: 2, start: 5, end: 15 }, { doc: 1, start: 10, end: 20 }]),
    event(4, '2023-06-01', 'CHN', 'PRK', 1, 1, [{ doc: 3, start: 0, end: 8 }]),
  ],
  claims: [
    claim(2, '2023-10-01', 'containers (PRK to RUS)', 6700, 6700, { doc: 2, start: 30, end: 40 }),
    claim(1, '2023-09-01', 'containers (PRK to RUS)', 1000, null, { doc: 1, start: 50, end: 60 }),
    claim(3, '2023-09-01', 'containers (CHN to PRK)', 5, 5, { doc: 3, start: 90, end: 95 }),
  ],
  names: new Map([['RUS', 'Russia'], ['PRK', 'North Korea']]),
  titles: new Map([[1, '文書A']]),
  levels: new Map(),
};
const options: ReportOptions = { dyad: ['RUS', 'PRK'], compare: [['CHN', 'PRK']], from: '2023', to: '2023', granularity: 'quarter' };

const rowsOf = (r: Report, section: string, table = 0) => r.sections.find((s) => s.id === section)!.tables[table]!.rows;
const cites = (r: Report, section: string, table = 0, column = 2) => rowsOf(r, section, table).map((row) => [row[0]!.text, row[1]!.text, row[column]!.cites]);

describe('buildReport footnotes', () => {
  const report = buildReport(input, options);

  it('gives one number per distinct source span, in order of first citation', () => {
    expect(report.footnotes.map((f) => `${f.n} ${f.fileName}[${f.span.start},${f.span.end})`)).toEqual([
      '1 doc-A[10,20)', '2 doc-B[5,15)', '3 doc-B[30,40)', '4 doc-C[0,8)', '5 doc-A[50,60)',
    ]);
    expect(report.footnotes[0]!.title).toBe('文書A');
  });

  it('cites the right numbers in the index, asymmetry and comparison cells', () => {
    expect(cites(report, 'index')).toEqual([
      ['2023-Q1', 'RUS→PRK', [1]], ['2023-Q1', 'PRK→RUS', []], ['2023-Q1', 'RUS↔PRK', [1]],
      ['2023-Q2', 'RUS→PRK', []], ['2023-Q2', 'PRK→RUS', [1, 2]], ['2023-Q2', 'RUS↔PRK', [1, 2]],
      ['2023-Q3', 'RUS→PRK', [3]], ['2023-Q3', 'PRK→RUS', []], ['2023-Q3', 'RUS↔PRK', [3]],
    ]);
    const all = rowsOf(report, 'index', 1).at(-1)!;
    expect([all[0]!.text, all[1]!.text, all[1]!.cites, all[2]!.text, all[2]!.cites]).toEqual(['全期間 all', '2', [1, 3], '1', [1, 2]]);
    expect(cites(report, 'compare')).toContainEqual(['2023-Q2', 'CHN-PRK', [4]]);
  });

  it('cites claims by their own span, sharing the number of an event stated in the same span', () => {
    expect(rowsOf(report, 'claims').map((row) => [row[2]!.text, row[3]!.text, row[7]!.cites])).toEqual([
      ['2023-09-01', '1000+', [5]],
      ['2023-10-01', '6700', [3]],
    ]);
  });

  it('lists the timeline with each event’s footnotes, and notes the refused lead–lag', () => {
    expect(rowsOf(report, 'timeline').map((row) => [row[0]!.text, row[7]!.cites])).toEqual([['2023-03-10', [1]], ['2023-05-02', [1, 2]], ['2023-08-20', [3]]]);
    expect(report.sections.find((s) => s.id === 'leadlag')!.notes[0]).toMatch(/^Refused: cannot test lead–lag/);
  });

  it('is stable: the same numbers whatever order the events and claims come in', () => {
    const shuffled = buildReport({ ...input, events: [...input.events].reverse(), claims: [...input.claims].reverse() }, options);
    expect(shuffled).toEqual(report);
  });
});
