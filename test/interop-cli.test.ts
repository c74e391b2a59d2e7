// Integration: `sokan import` / `sokan export-data` through the built CLI (bin/sokan.js → dist/) on a real SQLite file.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const BIN = join(import.meta.dirname, '..', 'bin', 'sokan.js');
const FIXTURES = join(import.meta.dirname, 'fixtures', 'interop');
const GDELT2 = join(FIXTURES, 'gdelt2-sample.export.CSV');
const GDELT1 = join(FIXTURES, 'gdelt1-sample.export.CSV');
const ICEWS = join(FIXTURES, 'icews-sample.tab');
let dir: string;
let db: string;

function sokan(...args: string[]) {
  const r = spawnSync(process.execPath, [BIN, '--db', db, ...args], { encoding: 'utf8', env: { ...process.env, CI: '1' } });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

interface JsonEvent { id: number; date: string; cameo: string; source: string; target: string | null; sources: unknown[] }

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'sokan-interop-'));
  db = join(dir, 'test.db');
  mkdirSync(join(dir, 'docs'));
  writeFileSync(
    join(dir, 'docs', 'summit.txt'),
    ['ロシアと北朝鮮の首脳会談', '2023年9月14日', '', '北朝鮮の金正恩総書記は2023年9月13日、ロシア極東アムール州のボストーチヌイ宇宙基地でプーチン大統領と会談した。'].join('\n'),
  );
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('sokan import / export-data', () => {
  it('imports a GDELT 2.0 file, reports malformed rows with line numbers and exits 1', () => {
    expect(sokan('ingest', join(dir, 'docs')).code).toBe(0);
    const r = sokan('import', 'gdelt', GDELT2);
    expect(r.code).toBe(1);
    expect(r.out).toMatch(/10 rows, 6 imported, 0 duplicates skipped, 0 filtered out, 1 without a usable actor, 3 malformed/);
    expect(r.err).toMatch(/gdelt2-sample\.export\.CSV:5: malformed: expected 61 tab-separated columns \(GDELT 2\.0\), got 30/);
    expect(r.err).toMatch(/:6: malformed: SQLDATE is not a date \(YYYYMMDD\): "20230231"/);
    expect(r.err).toMatch(/:7: malformed: unknown CAMEO EventCode "999"/);
    expect(r.err).toMatch(/:8: skipped: no Actor1/);
  });

  it('skips duplicates on re-import (same GLOBALEVENTID), batched or bulk', () => {
    for (const mode of ['--no-bulk', '--bulk']) {
      const r = sokan('import', 'gdelt', mode, GDELT2);
      expect(r.out).toMatch(/10 rows, 0 imported, 6 duplicates skipped/);
    }
  });

  it('imports GDELT 1.0 and ICEWS files with actor and date filters', () => {
    const g1 = sokan('import', 'gdelt', '--version', '1', '--actors', 'RUS', GDELT1);
    expect(g1.out).toMatch(/5 rows, 2 imported, 0 duplicates skipped, 1 filtered out, 0 without a usable actor, 2 malformed/);
    expect(g1.err).toMatch(/gdelt1-sample\.export\.CSV:4: malformed: expected 57 or 58 .*got 8/);
    const ic = sokan('import', 'icews', '--actors', 'PRK', '--from', '2023', '--to', '2023-12', ICEWS);
    expect(ic.code).toBe(1);
    expect(ic.out).toMatch(/8 rows, 2 imported, 0 duplicates skipped, 2 filtered out, 1 without a usable actor, 3 malformed/);
    expect(ic.err).toMatch(/icews-sample\.tab:8: skipped: unknown Source Country "Atlantis"/);
  });

  it('exits 0 for a clean file and 2 for a bad option', () => {
    const clean = join(dir, 'clean.export.CSV');
    writeFileSync(clean, readFileSync(GDELT2, 'utf8').split('\n').filter((_, i) => [0, 1, 8].includes(i)).join('\n') + '\n');
    expect(sokan('import', 'gdelt', clean).code).toBe(0);
    const bad = sokan('import', 'gdelt', '--from', '2023/09', clean);
    expect(bad.code).toBe(2);
    expect(bad.err).toMatch(/--from/);
    expect(sokan('import', 'gdelt', join(dir, 'missing.CSV')).code).toBe(1);
  });

  it('shows imported events beside extracted ones in `events --dyad RUS,PRK` and `index --dyad RUS,PRK`', () => {
    const r = sokan('events', '--dyad', 'RUS,PRK', '--format', 'json');
    expect(r.code).toBe(0);
    const events = JSON.parse(r.out) as JsonEvent[];
    const extracted = events.filter((e) => e.sources.length > 0);
    const imported = events.filter((e) => e.sources.length === 0);
    expect(extracted.length).toBeGreaterThan(0);
    expect(imported.map((e) => `${e.date} ${e.cameo} ${e.source}>${e.target}`).sort()).toEqual([
      '2019-04-25 042 PRK>RUS', '2019-04-25 043 RUS>PRK', '2023-09-13 042 PRK>RUS', '2023-09-13 043 RUS>PRK', '2024-06-19 057 RUS>PRK',
    ]);
    const idx = sokan('index', '--dyad', 'RUS,PRK', '--by', 'year', '--format', 'json');
    expect(idx.code).toBe(0);
    const report = JSON.parse(idx.out) as { index: { direction: string; eventIds: number[] }[] };
    const counted = new Set(report.index.filter((x) => x.direction.includes('↔')).flatMap((x) => x.eventIds));
    for (const e of events) expect(counted).toContain(e.id);
  });

  it('exports every origin in GDELT 2.0 layout, GeoJSON, CSV and GraphML', () => {
    const gdelt = sokan('export-data', 'events', '--format', 'gdelt');
    expect(gdelt.code).toBe(0);
    const rows = gdelt.out.split('\n').slice(0, -1).map((l) => l.split('\t'));
    expect(rows.every((r) => r.length === 61)).toBe(true);
    expect(rows.map((r) => r[0])).toContain('1100000002');
    const geo = JSON.parse(sokan('export-data', 'events', '--format', 'geojson', '--origin', 'gdelt2').out) as {
      type: string; features: { geometry: { coordinates: number[] }; properties: { external_id: string } }[];
    };
    expect(geo.type).toBe('FeatureCollection');
    const treaty = geo.features.find((f) => f.properties.external_id === '1100000002');
    expect(treaty?.geometry.coordinates).toEqual([125.7381, 39.0194]);
    const csv = sokan('export-data', 'events', '--format', 'csv', '--origin', 'extracted,icews');
    expect(csv.out.split('\r\n')[0]).toBe('id,origin,external_id,date,date_end,precision,cameo,quad_class,goldstein,source,target,source_name,target_name,status,location,lat,lon');
    expect(csv.out).toMatch(/,icews,26000002,2023-09-13,/);
    expect(csv.out).toMatch(/,extracted,,2023-09-13,/);
    expect(csv.out).not.toMatch(/gdelt/);
    expect(sokan('export-data', 'events', '--format', 'graphml').out).toMatch(/<edge id="e\d+" source="RUS" target="PRK">/);
    expect(sokan('export-data', 'events', '--origin', 'bogus').code).toBe(2);
  });
});
