// Integration: the reporting commands of the built CLI (bin/sokan.js → dist/) on a real SQLite file.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REPORTING_TEXTS } from '../src/analyse/reporting/testing/reporting-texts.js';

const BIN = join(import.meta.dirname, '..', 'bin', 'sokan.js');
let dir: string;
let db: string;

function sokan(...args: string[]) {
  const r = spawnSync(process.execPath, [BIN, '--db', db, ...args], { encoding: 'utf8', env: { ...process.env, CI: '1' } });
  return { code: r.status, out: r.stdout, err: r.stderr };
}
const json = <T>(...args: string[]): T => {
  const r = sokan(...args, '-f', 'json');
  expect(r.err).toBe('');
  expect(r.code).toBe(0);
  return JSON.parse(r.out) as T;
};

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'sokan-reporting-cli-'));
  db = join(dir, 'r.db');
  mkdirSync(join(dir, 'docs'));
  for (const [name, text] of Object.entries(REPORTING_TEXTS)) writeFileSync(join(dir, 'docs', name), text);
  expect(sokan('ingest', join(dir, 'docs')).code).toBe(0);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

interface Source { fileName: string; span: { start: number; end: number }; quote: string }

describe('sokan summits / exchanges', () => {
  it('lists the Vostochny summit once, stated by both accounts, between two leaders', () => {
    const rows = json<{ eventId: number; date: string; place: string; basis: string; sources: Source[] }[]>('summits', '--dyad', 'PRK,RUS', '--from', '2023-09-13', '--to', '2023-09-13');
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ date: '2023-09-13', place: 'Vostochny Cosmodrome', basis: 'leader-names' });
    expect(rows[0]!.sources.map((s) => s.fileName).sort()).toEqual(['kcna-account', 'tass-account']);
  });

  it('counts the foreign minister visit as a minister-level visit from Russia, with its event ids, in CSV', () => {
    const r = sokan('exchanges', '--dyad', 'RUS,PRK', '--from', '2023-10', '--to', '2023-10', '-f', 'csv');
    expect(r.code).toBe(0);
    const lines = r.out.trim().split('\r\n');
    expect(lines[0]).toBe('year,kind,level,direction,count,events');
    expect(lines.some((l) => /^2023,visit,minister,RUS→PRK,\d+,\d/.test(l))).toBe(true);
  });

  it('names the bad option and exits 2', () => {
    const r = sokan('summits', '--dyad', 'RUS');
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/--dyad/);
    expect(sokan('exchanges', '--dyad', 'RUS,PRK', '--from', 'Sept').err).toMatch(/--from/);
    expect(sokan('summits').code).toBe(2); // --dyad is required
  });
});

describe('sokan claims', () => {
  it('tracks the container estimates in claim-date order and writes a chart', () => {
    const svg = join(dir, 'containers.svg');
    const groups = json<{ key: string; series: { low: number; high: number | null; date: string; fileName: string; quote: string }[] }[]>('claims', '--unit', 'container', '--chart', svg);
    const g = groups.find((x) => x.key === 'container|container|PRK>RUS')!;
    expect(g.series.map((c) => [c.date, c.low, c.high, c.fileName])).toEqual([
      ['2023-10-13', 1000, null, 'lavrov-visit'],
      ['2024-02-26', 6700, 6700, 'shin-estimate'],
    ]);
    expect(readFileSync(svg, 'utf8')).toMatch(/^<svg xmlns="http:\/\/www.w3.org\/2000\/svg"[\s\S]*6,700 container[\s\S]*<\/svg>\n$/);
  });

  it('refuses a chart file that is not .svg', () => {
    const r = sokan('claims', '--chart', join(dir, 'x.png'));
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/--chart/);
    expect(existsSync(join(dir, 'x.png'))).toBe(false);
  });
});

describe('sokan narratives', () => {
  type Stmt = { text: string; span: { start: number; end: number } };
  type Row = { kind: string; a?: Stmt; b?: Stmt };

  it('aligns the two accounts and marks what only one of them says, with spans in the original text', () => {
    const n = json<{ rows: Row[]; summary: { aligned: number } }>('narratives', 'kcna-account', 'tass-account');
    const aligned = n.rows.filter((r) => r.kind === 'aligned');
    expect(aligned.some((r) => r.a!.text.startsWith('両首脳は政治') && r.b!.text.startsWith('両首脳は経済'))).toBe(true);
    expect(n.rows.find((r) => r.kind === 'only-b' && r.b!.text.startsWith('ペスコフ'))).toBeDefined();
    expect(n.rows.find((r) => r.kind === 'only-a' && r.a!.text.includes('同志的'))).toBeDefined();
    const original = REPORTING_TEXTS['kcna-account.txt']!;
    // (A span ending at a line end takes in the line break, as the store's offset table maps ends.)
    for (const r of aligned.slice(1)) expect(original.slice(r.a!.span.start, r.a!.span.end).trimEnd()).toBe(r.a!.text);
  });

  it('names the missing document and a bad threshold', () => {
    expect(sokan('narratives', 'nope', 'tass-account').err).toMatch(/DOC_A.*nope/);
    const r = sokan('narratives', 'kcna-account', 'tass-account', '--min-score', '2');
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/--min-score/);
  });
});

describe('sokan ach', () => {
  it('saves an analysis in the database and shows the scored matrix', () => {
    const created = json<{ id: number }>('ach', 'create', '--title', 'Purpose of the 2023 summit', '--question', 'What did each side seek?');
    const id = String(created.id);
    expect(sokan('ach', 'hypothesis', id, 'Arms for space and military technology').out).toMatch(/H1/);
    expect(sokan('ach', 'hypothesis', id, 'A ceremonial visit only', '--label', 'CER').out).toMatch(/CER/);
    const summit = json<{ eventId: number }[]>('summits', '--dyad', 'PRK,RUS', '--from', '2023-09-13', '--to', '2023-09-13')[0]!;
    const ev1 = sokan('ach', 'evidence', id, 'Summit held at a space launch site', '--event', String(summit.eventId), '--doc', 'kcna-account', '--span', '40:86', '--credibility', 'high');
    expect(ev1.code).toBe(0);
    const e1 = /evidence (\d+)/.exec(ev1.out)![1]!;
    const e2 = /evidence (\d+)/.exec(sokan('ach', 'evidence', id, 'Talks lasted about four hours').out)![1]!;
    expect(sokan('ach', 'rate', id, e1, 'H1=CC', 'CER=I').out).toMatch(/2 ratings saved/);
    expect(sokan('ach', 'rate', id, e2, 'H1=C', 'CER=II').code).toBe(0);

    // Read back from the database in a new process. By hand: H1 has no I/II → 0; CER: I on e1
    // (high credibility: 1 × 2) + II on e2 (2 × 1) = 4, unweighted 1 + 2 = 3. H1 ranks first.
    const report = json<{ hypotheses: { label: string; inconsistency: number; weightedInconsistency: number; rank: number }[]; leaders: string[]; evidence: { quote: string | null; event: { id: number } | null }[] }>('ach', 'show', id);
    expect(report.hypotheses.map((h) => [h.label, h.inconsistency, h.weightedInconsistency, h.rank])).toEqual([['H1', 0, 0, 1], ['CER', 3, 4, 2]]);
    expect(report.leaders).toEqual(['H1']);
    expect(report.evidence[0]!.event!.id).toBe(summit.eventId);
    expect(report.evidence[0]!.quote).toBe(REPORTING_TEXTS['kcna-account.txt']!.slice(40, 86));
    const table = sokan('ach', 'show', id);
    expect(table.out).toMatch(/least inconsistent: H1/);
    expect(table.out).toMatch(/sensitive evidence: /);
    expect(json<{ id: number; hypotheses: number; evidence: number }[]>('ach', 'list')).toContainEqual(expect.objectContaining({ id: created.id, hypotheses: 2, evidence: 2 }));
  });

  it('refuses bad ratings, unknown hypotheses and missing analyses', () => {
    const id = String(json<{ id: number }>('ach', 'create', '--title', 't').id);
    sokan('ach', 'hypothesis', id, 'x');
    const e = /evidence (\d+)/.exec(sokan('ach', 'evidence', id, 'y').out)![1]!;
    expect(sokan('ach', 'rate', id, e, 'H1=maybe')).toMatchObject({ code: 2 });
    expect(sokan('ach', 'rate', id, e, 'H9=C').err).toMatch(/hypothesis/);
    expect(sokan('ach', 'evidence', id, 'z', '--credibility', 'very').err).toMatch(/--credibility/);
    expect(sokan('ach', 'evidence', id, 'z', '--span', '5:1', '--doc', 'kcna-account').err).toMatch(/--span/);
    expect(sokan('ach', 'show', '99999')).toMatchObject({ code: 1 });
    expect(sokan('ach', 'show', 'x').code).toBe(2);
  });
});
