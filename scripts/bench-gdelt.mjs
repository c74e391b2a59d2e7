#!/usr/bin/env node
/**
 * GDELT import throughput benchmark (`npm run bench:gdelt`, which builds
 * first). Requirement: GDELT event file import ≥ 100,000 rows/s.
 *
 * Generates a GDELT 2.0 export of --rows rows (default 200,000; 61 columns,
 * deterministic) in a temp folder, then times, on one core:
 *   1. parse only: reading the file line by line and parsing every row;
 *   2. import, bulk: parse + store into a fresh SQLite database in one
 *      transaction, event indexes rebuilt at the end (what `sokan import gdelt`
 *      does when the file is at least as large as the table, or with --bulk);
 *   3. import, batched: a transaction per 10,000 events, indexes maintained
 *      row by row (`--no-bulk`, and the default into a larger table);
 *   4. the portable path: the query builder, 500 rows a statement, a
 *      transaction per 10,000 events (used for stores that are not a file);
 *   5. re-import of the same file (every row a duplicate).
 * Prints rows/s (wall clock, and per CPU-second of this process, the steadier
 * figure on a shared machine) and exits 1 if the bulk import reaches 100,000
 * rows/s by neither measure.
 * Options: --rows N, --keep (leave the temp folder), --runs R (bulk imports
 * timed, each into a fresh database; the median is reported, default 1),
 * --modes parse,bulk,batched,builder,reimport (which of the above to run;
 * default all; `npm run bench` runs parse,bulk,reimport).
 * Last line: `BENCH_JSON {"figures":[...]}` for scripts/bench.mjs.
 */
import { createReadStream, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { GDELT2_COLUMNS } from '../dist/interop/gdelt-columns.js';
import { importEvents } from '../dist/interop/import-events.js';
import { loadInteropData } from '../dist/interop/load-interop-data.js';
import { parseGdeltLines } from '../dist/interop/parse-gdelt-lines.js';
import { readLines } from '../dist/interop/read-lines.js';
import { withEventSink } from '../dist/store/external/bulk-import.js';
import { insertExternalEvents } from '../dist/store/external/insert-external-events.js';
import { openStore } from '../dist/store/open-store.js';

const arg = (name, dflt) => {
  const i = process.argv.indexOf(`--${name}`);
  return i < 0 ? dflt : process.argv[i + 1];
};
const ROWS = Number(arg('rows', '200000'));
const RUNS = Number(arg('runs', '1'));
const MODES = new Set(arg('modes', 'parse,bulk,batched,builder,reimport').split(','));
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor((xs.length - 1) / 2)];
const TARGET = 100_000;

const ACTORS = [['RUS', 'RUSSIA'], ['PRK', 'NORTH KOREA'], ['CHN', 'CHINA'], ['USA', 'UNITED STATES'], ['KOR', 'SOUTH KOREA'], ['JPN', 'JAPAN']];
const CODES = [['042', 1, 1.9], ['043', 1, 2.8], ['046', 1, 7], ['057', 1, 8], ['111', 3, -2], ['112', 3, -2], ['138', 3, -7], ['190', 4, -10], ['0874', 2, 10]];
const IX = Object.fromEntries(GDELT2_COLUMNS.map((c, i) => [c, i]));

/** A deterministic pseudo-random row generator (LCG). */
function generate(file, rows) {
  let seed = 42;
  const rnd = (n) => ((seed = (seed * 1103515245 + 12345) % 2 ** 31), seed % n);
  const out = [];
  for (let i = 0; i < rows; i++) {
    const f = new Array(61).fill('');
    const [a1, a1n] = ACTORS[rnd(ACTORS.length)];
    const [a2, a2n] = ACTORS[rnd(ACTORS.length)];
    const [code, quad, gold] = CODES[rnd(CODES.length)];
    const y = 2015 + rnd(10), m = 1 + rnd(12), d = 1 + rnd(28);
    const date = `${y}${String(m).padStart(2, '0')}${String(d).padStart(2, '0')}`;
    const set = (k, v) => (f[IX[k]] = String(v));
    set('GLOBALEVENTID', 500000000 + i); set('SQLDATE', date); set('MonthYear', date.slice(0, 6)); set('Year', y);
    set('FractionDate', (y + (m - 1) / 12).toFixed(4));
    set('Actor1Code', `${a1}GOV`); set('Actor1Name', a1n); set('Actor1CountryCode', a1); set('Actor1Type1Code', 'GOV');
    set('Actor2Code', a2); set('Actor2Name', a2n); set('Actor2CountryCode', a2);
    set('IsRootEvent', 1); set('EventCode', code); set('EventBaseCode', code.slice(0, 3)); set('EventRootCode', code.slice(0, 2));
    set('QuadClass', quad); set('GoldsteinScale', gold); set('NumMentions', 1 + rnd(20)); set('NumSources', 1); set('NumArticles', 1 + rnd(20));
    set('AvgTone', (rnd(2000) / 100 - 10).toFixed(2));
    for (const g of ['Actor1Geo', 'Actor2Geo', 'ActionGeo']) {
      set(`${g}_Type`, 4); set(`${g}_FullName`, 'Pyongyang, P\'yongyang-si, North Korea'); set(`${g}_CountryCode`, 'KN');
      set(`${g}_ADM1Code`, 'KN12'); set(`${g}_Lat`, 39.0194); set(`${g}_Long`, 125.7381); set(`${g}_FeatureID`, -1259206);
    }
    set('DATEADDED', `${date}120000`); set('SOURCEURL', `https://example.org/news/${i}`);
    out.push(f.join('\t'));
  }
  writeFileSync(file, out.join('\n') + '\n');
}

/** Wall-clock and CPU (user + system of this process) rates: on a shared machine the CPU rate is the steadier figure. */
async function timed(label, fn) {
  const t0 = process.hrtime.bigint();
  const c0 = process.cpuUsage();
  const result = await fn();
  const wall = Number(process.hrtime.bigint() - t0) / 1e9;
  const c = process.cpuUsage(c0);
  const cpu = (c.user + c.system) / 1e6;
  const rate = Math.round(ROWS / wall);
  const cpuRate = Math.round(ROWS / cpu);
  console.log(`${label.padEnd(27)} ${wall.toFixed(2)} s wall  ${rate.toLocaleString('en').padStart(9)} rows/s   ${cpu.toFixed(2)} s CPU  ${cpuRate.toLocaleString('en').padStart(9)} rows/CPU-s`);
  return { result, rate, cpuRate };
}

const dir = mkdtempSync(join(tmpdir(), 'sokan-bench-gdelt-'));
try {
  const file = join(dir, 'bench.export.CSV');
  generate(file, ROWS);
  console.log(`${ROWS.toLocaleString('en')} GDELT 2.0 rows; ${cpus()[0]?.model ?? 'unknown CPU'} × ${cpus().length}; load ${loadavg()[0].toFixed(1)}; node ${process.version}`);
  const data = loadInteropData();
  const parse = () => parseGdeltLines(readLines(createReadStream(file)), { cameo: data.cameo, codes: data.codes });
  const figures = [];
  if (MODES.has('parse')) {
    const p = await timed('parse only', async () => {
      let n = 0;
      for await (const p of parse()) if (p.kind === 'event') n++;
      return n;
    });
    figures.push({ name: 'GDELT parse only (1 thread)', value: p.rate, unit: 'rows/s', target: null, met: null });
  }
  const bulk = [];
  for (let k = 0; k < RUNS; k++) {
    const bulkStore = await openStore({ path: join(dir, `bulk-${k}.db`) });
    bulk.push(await timed('import, bulk', () => withEventSink(bulkStore, 'bulk', (sink) => importEvents(parse(), {}, sink))));
    await bulkStore.close();
  }
  const { result } = bulk[0];
  const rate = median(bulk.map((b) => b.rate));
  const cpuRate = median(bulk.map((b) => b.cpuRate));
  const runs = RUNS > 1 ? `, median of ${RUNS}` : '';
  figures.push({ name: `GDELT import, bulk (${ROWS.toLocaleString('en')} rows${runs})`, value: rate, unit: 'rows/s', target: `>= ${TARGET}`, met: rate >= TARGET && result.imported === ROWS });
  figures.push({ name: 'GDELT import, bulk, per CPU-second', value: cpuRate, unit: 'rows/CPU-s', target: null, met: null });
  const store = await openStore({ path: join(dir, 'batched.db') });
  if (MODES.has('batched')) {
    const b = await timed('import, batched', () => withEventSink(store, 'batched', (sink) => importEvents(parse(), {}, sink)));
    figures.push({ name: 'GDELT import, batched (indexes kept)', value: b.rate, unit: 'rows/s', target: null, met: null });
  }
  if (MODES.has('builder')) {
    const kyselyStore = await openStore({ path: join(dir, 'kysely.db') });
    const b = await timed('import, query builder', () => importEvents(parse(), {}, (batch) => insertExternalEvents(kyselyStore, batch)));
    await kyselyStore.close();
    figures.push({ name: 'GDELT import, query builder (portable path)', value: b.rate, unit: 'rows/s', target: null, met: null });
  }
  let skipped = '';
  if (MODES.has('reimport')) {
    if (!MODES.has('batched')) await withEventSink(store, 'bulk', (sink) => importEvents(parse(), {}, sink));
    const again = await timed('re-import (all duplicates)', () => withEventSink(store, 'batched', (sink) => importEvents(parse(), {}, sink)));
    figures.push({ name: 'GDELT re-import (all duplicates)', value: again.rate, unit: 'rows/s', target: null, met: null });
    skipped = `; re-import skipped ${again.result.duplicates} duplicates`;
  }
  await store.close();
  console.log(`imported ${result.imported}, malformed ${result.malformed.length}${skipped}`);
  if (result.imported !== ROWS || Math.max(rate, cpuRate) < TARGET) {
    console.log(`FAIL: below ${TARGET.toLocaleString('en')} rows/s (wall or per CPU-second) or rows lost`);
    process.exitCode = 1;
  }
  console.log(`BENCH_JSON ${JSON.stringify({ figures })}`);
} finally {
  if (!process.argv.includes('--keep')) rmSync(dir, { recursive: true, force: true });
}
