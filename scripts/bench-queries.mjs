#!/usr/bin/env node
/**
 * Query benchmark at scale (`npm run bench:queries`, which builds first).
 * Issue 6 targets, on this machine:
 *   - relationship index of one busy dyad by month, 1,000,000 events: < 100 ms
 *   - timeline first page (50 events of a dyad, by date), 1,000,000 events: < 20 ms
 *   - Japanese full-text search over 100,000 documents: p95 < 100 ms
 * A benchmark command, never part of `npm test`.
 *
 * Events: a fresh store from scripts/bench-event-store.mjs (deterministic, 200
 * actors with a Zipf distribution, dates 1990–2026, CAMEO codes from
 * data/cameo-codes.tsv, sources), bulk-inserted in one transaction. Measured
 * through the product's own code in dist/ — the functions the HTTP API and the
 * CLI call (app/query-relations.js: the store query, then the pure analysis):
 *   - `queryIndexReport` for RUS–PRK by month (index, asymmetry; the tables
 *     added up in SQL, as GET /api/analyses/index answers), then the evidence
 *     of its busiest cell (`queryEvidence`, GET /api/analyses/evidence), then
 *     the report with all evidence (evidence=all, `sokan index -f json`);
 *   - the same index through the HTTP route (`createApp(store).request`, in
 *     process: routing, the report and its JSON, no socket);
 *   - `relationshipIndex` over `queryEvents` of the dyad (the index table alone);
 *   - `queryTimeline` for RUS–PRK, limit 50.
 * Each: 2 warm-up runs, then the median (and min/max) of --runs runs.
 *
 * Documents: short news-style documents cut from scripts/generate-corpus.mjs
 * output (Japanese; consecutive paragraphs grouped to ≥ 600 characters), each
 * read by ingest's `buildDocument` (normalisation, metadata, citations) and
 * stored by the store's `saveDocument` (document row + full-text index row,
 * one transaction each) with an empty extraction: no extractor is run.
 * ~200 queries of 1–6 characters (state and place names from data/, common
 * words) run through `searchText` as GET /api/search does (limit 20); one
 * warm-up pass, then --runs passes; p50 and p95 per pass, median over passes.
 *
 * Prints a table and a last line `BENCH_JSON {"figures":[...]}`.
 * Options: --events N (default 1000000)  --docs N (default 100000)
 *          --runs R (default 5)  --quick (100,000 events, 10,000 documents, 3 runs)
 *          --dir D (work folder, default a temp folder, removed after; with
 *          --keep, kept and reused by a later run with the same sizes)
 *          --only events|search
 */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { arch, cpus, loadavg, platform, tmpdir, totalmem } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { performance } from 'node:perf_hooks';
import { generateDocuments } from './generate-corpus.mjs';
import { BUSY_DYAD, createEventStore } from './bench-event-store.mjs';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const arg = (name) => { const i = args.indexOf(name); return i >= 0 ? args[i + 1] : undefined; };
const QUICK = args.includes('--quick');
const EVENTS = Number(arg('--events') ?? (QUICK ? 100_000 : 1_000_000));
const DOCS = Number(arg('--docs') ?? (QUICK ? 10_000 : 100_000));
const RUNS = Number(arg('--runs') ?? (QUICK ? 3 : 5));
const ONLY = arg('--only');
const KEEP = args.includes('--keep');
const DIR = arg('--dir') ?? mkdtempSync(join(tmpdir(), 'sokan-bench-queries-'));

const dist = (p) => import(join(ROOT, 'dist', p));
const store = await dist('store/index.js');
const { buildDocument } = await dist('ingest/ingest-file.js');
const { parseEventFilters } = await dist('app/parse-event-filters.js');
const { queryEvidence, queryIndexReport, queryTimeline } = await dist('app/query-relations.js');
const relations = await dist('analyse/relations/index.js');

const median = (xs) => { const s = [...xs].sort((a, b) => a - b); return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2; };
const quantile = (xs, q) => { const s = [...xs].sort((a, b) => a - b); return s[Math.min(s.length - 1, Math.ceil(q * s.length) - 1)]; };
const ms = (x) => x.toFixed(1);

/**
 * Median, min and max wall time of `runs` calls after 2 warm-up calls, the
 * median CPU time of this process (what the call costs when other jobs share
 * the machine), and the last result.
 */
async function time(fn, runs = RUNS) {
  let last;
  for (let i = 0; i < 2; i++) last = await fn();
  const times = [];
  const cpu = [];
  for (let i = 0; i < runs; i++) {
    const c = process.cpuUsage();
    const t = performance.now();
    last = await fn();
    times.push(performance.now() - t);
    const d = process.cpuUsage(c);
    cpu.push((d.user + d.system) / 1000);
  }
  return { median: median(times), min: Math.min(...times), max: Math.max(...times), cpu: median(cpu), last };
}

const figures = [];
const rows = [];
function record(name, value, unit, target, note) {
  figures.push({ name, value: Number(value.toFixed(2)), unit, target: target === null ? null : `< ${target}`, met: target === null ? null : value < target });
  rows.push([name, `${ms(value)} ${unit}`, target === null ? '—' : `< ${target} ${unit}`, target === null ? '' : value < target ? 'met' : 'MISSED', note]);
}

mkdirSync(DIR, { recursive: true });

async function benchEvents() {
  const path = join(DIR, `events-${EVENTS}.db`);
  if (!(KEEP && existsSync(path))) {
    rmSync(path, { force: true });
    const t = performance.now();
    const made = await createEventStore(store, path, { count: EVENTS });
    console.log(`created ${made.events} events (${made.sources} sources, ${made.documents} documents, ${made.actors} actors) in ${((performance.now() - t) / 1000).toFixed(1)} s`);
  }
  const s = await store.openStore({ path });
  try {
    const dyad = BUSY_DYAD.join(',');
    const req = relations.parseIndexRequest({ dyad, by: 'month' });
    if (!req.ok) throw new Error(req.error.message);
    const eventsIn = (r) => r.index.filter((row) => row.flow === 'combined').reduce((n, row) => n + row.count, 0);
    const report = await time(() => queryIndexReport(s, req.value));
    const n = eventsIn(report.last);
    record('relationship index report, 1 dyad by month', report.median, 'ms', 100, `${dyad}: ${n} events, ${report.last.index.length} rows (tables added up in SQL, as GET /api/analyses/index); min ${ms(report.min)}, max ${ms(report.max)}, CPU ${ms(report.cpu)}`);
    const app = (await dist('serve/create-app.js')).createApp(s);
    const http = await time(async () => {
      const res = await app.request(`/api/analyses/index?dyad=${dyad}&by=month`);
      if (res.status !== 200) throw new Error(`GET /api/analyses/index: ${res.status} ${await res.text()}`);
      return (await res.text()).length;
    });
    record('GET /api/analyses/index, same dyad (in-process, JSON included)', http.median, 'ms', null, `${(http.last / 1e6).toFixed(2)} MB of JSON; min ${ms(http.min)}, max ${ms(http.max)}, CPU ${ms(http.cpu)}`);
    const busiest = report.last.index.filter((row) => row.flow === 'combined').sort((x, y) => y.count - x.count)[0];
    const cell = await time(() => queryEvidence(s, busiest.eventIds));
    record('evidence of the busiest cell of that index', cell.median, 'ms', null, `${busiest.period}: ${busiest.count} events with sources (GET /api/analyses/evidence); min ${ms(cell.min)}, max ${ms(cell.max)}, CPU ${ms(cell.cpu)}`);
    const full = await time(() => queryIndexReport(s, req.value, { evidence: true }));
    record('relationship index report with all evidence', full.median, 'ms', null, `${full.last.evidence.length} events with sources (evidence=all, sokan index -f json); min ${ms(full.min)}, max ${ms(full.max)}, CPU ${ms(full.cpu)}`);
    const midReq = relations.parseIndexRequest({ dyad: 'CHN,KOR', by: 'month' });
    if (!midReq.ok) throw new Error(midReq.error.message);
    const mid = await time(() => queryIndexReport(s, midReq.value));
    record('relationship index report, a less busy dyad', mid.median, 'ms', null, `CHN,KOR: ${eventsIn(mid.last)} events; min ${ms(mid.min)}, max ${ms(mid.max)}, CPU ${ms(mid.cpu)}`);
    const index = await time(async () => relations.relationshipIndex(await store.queryEvents(s, { dyad: BUSY_DYAD }), { actors: BUSY_DYAD, granularity: 'month' }));
    record('relationship index table only (queryEvents + relationshipIndex)', index.median, 'ms', null, `min ${ms(index.min)}, max ${ms(index.max)}, CPU ${ms(index.cpu)}`);
    const f = parseEventFilters({ dyad, limit: '50' });
    if (!f.ok) throw new Error(f.error.message);
    const page = await time(() => queryTimeline(s, f.value));
    record('timeline first page (50 of a dyad, by date)', page.median, 'ms', 20, `${page.last.total} in total; min ${ms(page.min)}, max ${ms(page.max)}, CPU ${ms(page.cpu)}`);
    const deep = parseEventFilters({ dyad, limit: '50', offset: '20000', from: '2000', to: '2025' });
    if (!deep.ok) throw new Error(deep.error.message);
    const deepPage = await time(() => queryTimeline(s, deep.value));
    record('timeline page at offset 20,000, 2000–2025', deepPage.median, 'ms', null, `${deepPage.last.total} in total; min ${ms(deepPage.min)}, max ${ms(deepPage.max)}, CPU ${ms(deepPage.cpu)}`);
  } finally {
    await s.close();
  }
}

/** Short documents: consecutive paragraphs of generated documents, at least 600 characters each. */
function* shortDocuments(count) {
  let made = 0;
  for (let batch = 0; made < count; batch++) {
    for (const d of generateDocuments({ count: 500, seed: 1000 + batch, language: 'ja' })) {
      let piece = '';
      for (const para of d.text.split(/\n\s*\n/)) {
        piece += `${para}\n\n`;
        if (piece.length >= 600) {
          yield `${piece}（${made + 1}）\n`;
          piece = '';
          if (++made >= count) return;
        }
      }
    }
  }
}

function searchQueries() {
  const actors = JSON.parse(readFileSync(join(ROOT, 'data', 'actors.json'), 'utf8'));
  const places = JSON.parse(readFileSync(join(ROOT, 'data', 'places.json'), 'utf8')).places;
  const short = (s) => s.length >= 1 && s.length <= 6 && /^[\u3040-\u30ff\u3400-\u9fff]+$/.test(s);
  const words = ['露', '中', '朝', '日', '米', '韓', '年', '月', '核', '軍', '会談', '協力', '制裁', '訪問', '首脳', '弾道', '国連', '決議', '合意', '演習',
    '支援', '懸念', '表明', '声明', '外相', '署名', '非難', '発射', '条約', '関係', '安保理', 'ミサイル', '首脳会談', '弾道ミサイル', '国防相', '大統領',
    '総書記', '共同声明', '軍事協力', '経済制裁', '原子力', '友好', '反対票', '派遣', '兵士', '砲弾', '供与', '報じられた', '研究員', '国際環境'];
  const names = [...actors.states.map((s) => s.ja), ...actors.states.flatMap((s) => s.abbrev ?? [])].filter(short);
  const placeNames = places.flatMap((p) => p.ja ?? []).filter(short);
  return [...new Set([...words, ...names.slice(0, 75), ...placeNames.slice(0, 80)])].slice(0, 200);
}

async function benchSearch() {
  const path = join(DIR, `docs-${DOCS}.db`);
  if (!(KEEP && existsSync(path))) {
    rmSync(path, { force: true });
    const s = await store.openStore({ path });
    const t = performance.now();
    let i = 0;
    for (const text of shortDocuments(DOCS)) {
      i++;
      const doc = buildDocument(`bench/news-${i}.txt`, 'txt', { text, encoding: 'UTF8', hashed: text, metadata: {} });
      const n = doc.normalisedText.length;
      const offsetsArray = new Int32Array(n + 1);
      for (let k = 0; k < n; k++) offsetsArray[k] = doc.offsets.toOriginal(k, k + 1).start;
      offsetsArray[n] = doc.offsets.toOriginal(n, n).start;
      await store.saveDocument(s, { doc, offsetsArray, mentions: [], events: [], claims: [], extractorVersion: 'bench' });
    }
    console.log(`stored ${i} documents in ${((performance.now() - t) / 1000).toFixed(1)} s`);
    await s.close();
  }
  const s = await store.openStore({ path });
  try {
    const queries = searchQueries();
    for (const q of queries) await store.searchText(s, q, { limit: 20 });
    const p50s = [];
    const p95s = [];
    const perQuery = new Map();
    const c0 = process.cpuUsage();
    for (let r = 0; r < RUNS; r++) {
      const times = [];
      for (const q of queries) {
        const t = performance.now();
        await store.searchText(s, q, { limit: 20 });
        const dt = performance.now() - t;
        times.push(dt);
        perQuery.set(q, [...(perQuery.get(q) ?? []), dt]);
      }
      p50s.push(quantile(times, 0.5));
      p95s.push(quantile(times, 0.95));
    }
    const cpuUsed = process.cpuUsage(c0);
    const cpuPerQuery = (cpuUsed.user + cpuUsed.system) / 1000 / (RUNS * queries.length);
    const slowest = [...perQuery].map(([q, ts]) => [q, median(ts)]).sort((a, b) => b[1] - a[1]).slice(0, 5);
    const byLength = [1, 2, 3].map((len) => `${len === 3 ? '≥3' : len} chars: ${queries.filter((q) => (len === 3 ? q.length >= 3 : q.length === len)).length}`).join(', ');
    record('full-text search p50', median(p50s), 'ms', null, `${queries.length} queries (${byLength}); CPU ${ms(cpuPerQuery)} per query on average`);
    record('full-text search p95', median(p95s), 'ms', 100, `slowest: ${slowest.map(([q, t]) => `${q} ${ms(t)}`).join(', ')}`);
  } finally {
    await s.close();
  }
}

const cpu = cpus();
console.log(`machine: ${cpu[0]?.model ?? '?'}, ${cpu.length} cores, ${(totalmem() / 2 ** 30).toFixed(1)} GiB, ${platform()}-${arch()}, Node ${process.version}`);
console.log(`events ${EVENTS}, documents ${DOCS}, runs ${RUNS}, folder ${DIR}; load average ${loadavg().map((x) => x.toFixed(2)).join(' ')}`);
try {
  if (ONLY !== 'search') await benchEvents();
  if (ONLY !== 'events') await benchSearch();
} finally {
  if (!KEEP && arg('--dir') === undefined) rmSync(DIR, { recursive: true, force: true });
}

const widths = [0, 1, 2, 3].map((c) => Math.max(...[['measure', 'median', 'target', ''], ...rows].map((r) => r[c].length)));
const line = (r) => `| ${r.slice(0, 4).map((x, c) => x.padEnd(widths[c])).join(' | ')} | ${r[4] ?? ''}`;
console.log(line(['measure', 'median', 'target', '', 'notes']));
for (const r of rows) console.log(line(r));
console.log(`load average at the end ${loadavg().map((x) => x.toFixed(2)).join(' ')}`);
console.log(`BENCH_JSON ${JSON.stringify({ figures })}`);
if (figures.some((f) => f.met === false)) process.exitCode = 1;
