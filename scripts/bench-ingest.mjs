#!/usr/bin/env node
/**
 * End-to-end ingest benchmark (`npm run bench:ingest`, which builds first):
 * read, decode, normalise, extract, store, index — the built CLI
 * `sokan ingest --jobs N` on generated Japanese documents, one fresh SQLite
 * database per run. Issue 6 target: ≥ 2 MB/s of text on 2 cores, peak memory
 * under 2 GB. A benchmark command, never part of `npm test`.
 *
 * For each --jobs value it prints wall time (including node start-up and
 * the gazetteer sync), MB/s (1 MB = 10^6 UTF-8 bytes of the files), peak RSS
 * of the whole process (worker threads included; from /usr/bin/time when
 * present, else sampled from /proc), and the CLI's summary line; it checks
 * every run stored the same number of events and claims.
 *
 * Options: --mb M        generate ~M MB of documents (default 20)
 *          --docs N      generate exactly N documents instead (e.g. 100000;
 *                        ~23 KB each, so that is ~2.3 GB and takes an hour)
 *          --size S      with --docs: `long` papers (default) or `news`
 *                        items of 1–3 KB (see generate-corpus.mjs)
 *          --jobs 1,2    the --jobs values to time (default 1,2)
 *          --runs R      runs per --jobs value; the median is reported (default 1)
 *          --label L     name prefix of the figures in the BENCH_JSON line
 *          --keep        keep the work folder (the corpus is reused by
 *                        scripts/bench-kuromoji.mjs in `npm run bench`)
 *          --seed S      generator seed (default 20261125)
 *          --real        instead of generated text, the development corpus
 *                        ($SOKAN_BENCH_CORPUS or /work/shared/corpus/*.txt)
 *                        repeated to ~M MB, each copy made unique by a last
 *                        line `（複製 k）` so the content hash differs; its
 *                        text is never printed
 *          --dir D       work folder (default a temp folder, removed after)
 *
 * Last line: `BENCH_JSON {"figures":[...],"corpus":{...}}` for scripts/bench.mjs.
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { arch, availableParallelism, cpus, platform, tmpdir, totalmem } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { performance } from 'node:perf_hooks';
import { generateCorpus, generateDocuments } from './generate-corpus.mjs';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const arg = (name) => { const i = args.indexOf(name); return i >= 0 ? args[i + 1] : undefined; };
const MB = Number(arg('--mb') ?? 20);
const DOCS = arg('--docs') === undefined ? null : Number(arg('--docs'));
const JOBS = (arg('--jobs') ?? '1,2').split(',').map(Number);
const RUNS = Number(arg('--runs') ?? 1);
const SIZE = arg('--size') ?? 'long';
const LABEL = arg('--label') ?? 'ingest';
const KEEP = args.includes('--keep');
const SEED = Number(arg('--seed') ?? 20261125);
const GIVEN_DIR = arg('--dir');
const REAL = args.includes('--real');
const CORPUS_DIR = process.env.SOKAN_BENCH_CORPUS ?? '/work/shared/corpus';
const TARGET_MB_S = 2;
const MEMORY_LIMIT = 2 * 1024 ** 3;

if (!existsSync(join(ROOT, 'dist', 'app', 'parallel', 'ingest-worker.js'))) {
  console.log('dist/ missing: running `npm run build` ...');
  const b = spawnSync('npm', ['run', 'build'], { cwd: ROOT, stdio: 'inherit' });
  if (b.status !== 0) process.exit(b.status ?? 1);
}

const work = GIVEN_DIR ?? mkdtempSync(join(tmpdir(), 'sokan-bench-ingest-'));
const docsDir = join(work, 'docs');
mkdirSync(docsDir, { recursive: true });

/** Writes the corpus in batches so 100,000 documents never sit in memory at once. */
function writeCorpus() {
  let bytes = 0;
  let count = 0;
  const write = (docs) => {
    for (const d of docs) {
      writeFileSync(join(docsDir, d.name), d.text);
      bytes += Buffer.byteLength(d.text, 'utf8');
      count++;
    }
  };
  if (REAL) {
    const originals = readdirSync(CORPUS_DIR).filter((f) => f.endsWith('.txt')).sort().map((f) => readFileSync(join(CORPUS_DIR, f), 'utf8'));
    if (originals.length === 0) throw new Error(`no .txt files in ${CORPUS_DIR}`);
    for (let k = 0; bytes < MB * 1e6; k++) {
      write(originals.map((text, i) => ({ name: `real-${String(k).padStart(5, '0')}-${i}.txt`, text: `${text}\n（複製 ${k}）\n` })));
    }
  } else if (DOCS === null) write(generateCorpus({ bytes: MB * 1e6, seed: SEED, language: 'ja' }));
  else {
    // generateDocuments always starts at index 0; seeds per batch keep names apart.
    const BATCH = 1000;
    for (let b = 0; b * BATCH < DOCS; b++) {
      const docs = generateDocuments({ count: Math.min(BATCH, DOCS - b * BATCH), seed: SEED + b, language: 'ja', size: SIZE });
      write(docs.map((d, i) => ({ ...d, name: `ja-${String(b * BATCH + i).padStart(6, '0')}.txt` })));
    }
  }
  return { bytes, count };
}

/**
 * Runs the CLI; peak RSS from /usr/bin/time -v if present, else polled from
 * /proc/PID/status (VmHWM). Also polls the node process's RssAnon and RssFile:
 * RSS counts the database pages SQLite reads through its memory map
 * (mmap_size, up to 1 GiB: clean file pages the kernel can drop), and the
 * anonymous part is the memory the process itself holds.
 */
function runIngest(jobs, db) {
  const cli = [join(ROOT, 'bin', 'sokan.js'), '--db', db, 'ingest', '--jobs', String(jobs), docsDir];
  const timeBin = existsSync('/usr/bin/time') ? '/usr/bin/time' : null;
  const [cmd, cmdArgs] = timeBin ? [timeBin, ['-v', process.execPath, ...cli]] : [process.execPath, cli];
  return new Promise((resolve) => {
    const t0 = performance.now();
    const child = spawn(cmd, cmdArgs, { env: { ...process.env, CI: '1' }, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    let polled = 0;
    let anon = 0;
    let file = 0;
    const kb = (status, key) => Number(new RegExp(`${key}:\\s+(\\d+) kB`).exec(status)?.[1] ?? 0) * 1024;
    const poll = setInterval(() => {
      try {
        const pid = timeBin ? readFileSync(`/proc/${child.pid}/task/${child.pid}/children`, 'utf8').trim().split(' ')[0] : child.pid;
        if (!pid) return;
        const status = readFileSync(`/proc/${pid}/status`, 'utf8');
        polled = Math.max(polled, kb(status, 'VmHWM'));
        anon = Math.max(anon, kb(status, 'RssAnon'));
        file = Math.max(file, kb(status, 'RssFile'));
      } catch { /* not started yet, or exited */ }
    }, 250);
    child.stdout.on('data', (c) => { out += c; });
    child.stderr.on('data', (c) => { err += c; });
    child.on('close', (code) => {
      clearInterval(poll);
      const seconds = (performance.now() - t0) / 1000;
      const m = /Maximum resident set size \(kbytes\): (\d+)/.exec(err);
      const rss = m ? Number(m[1]) * 1024 : polled;
      // CPU seconds (user + system, all threads) when /usr/bin/time reports them: steadier than wall time on a shared machine.
      const user = /User time \(seconds\): ([\d.]+)/.exec(err);
      const sys = /System time \(seconds\): ([\d.]+)/.exec(err);
      const cpu = user && sys ? Number(user[1]) + Number(sys[1]) : null;
      // The CLI's own stderr, without /usr/bin/time's report (tab-indented lines).
      const stderr = err.split('\n').filter((l) => l.trim() !== '' && !l.startsWith('\t') && !l.startsWith('Command exited'));
      const errors = stderr.filter((l) => l.startsWith('error:'));
      resolve({ code, seconds, cpu, rss, anon, file, summary: out.trim(), errors: errors.length > 0 ? errors : stderr.slice(-3) });
    });
  });
}

const tg = performance.now();
const corpus = writeCorpus();
console.log(`${REAL ? 'copied' : 'generated'} ${corpus.count} Japanese documents, ${(corpus.bytes / 1e6).toFixed(1)} MB, in ${((performance.now() - tg) / 1000).toFixed(1)} s (${work})`);
console.log(`machine: ${cpus()[0]?.model ?? '?'}, ${availableParallelism()} CPUs, ${(totalmem() / 1024 ** 3).toFixed(1)} GiB, ${platform()}-${arch()}, node ${process.version}\n`);
console.log('| --jobs | documents | MB | seconds | MB/s | peak RSS MB | result |');
console.log('| ---: | ---: | ---: | ---: | ---: | ---: | --- |');

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor((xs.length - 1) / 2)];
const results = [];
for (const jobs of JOBS) {
  const runs = [];
  for (let k = 0; k < RUNS; k++) {
    const db = join(work, `jobs-${jobs}.db`);
    for (const f of [db, `${db}-wal`, `${db}-shm`]) rmSync(f, { force: true });
    const r = await runIngest(jobs, db);
    runs.push(r);
    const mbs = corpus.bytes / 1e6 / r.seconds;
    console.log(`| ${jobs} | ${corpus.count} | ${(corpus.bytes / 1e6).toFixed(1)} | ${r.seconds.toFixed(1)} | ${mbs.toFixed(2)} | ${(r.rss / 1e6).toFixed(0)} | ${r.summary} |`);
    if (r.code !== 0) console.log(`  exit ${r.code}; ${r.errors.slice(0, 3).join(' / ')}`);
  }
  // The median of the runs that succeeded (a failed run's time means nothing); failures are reported.
  const good = runs.filter((r) => r.code === 0);
  const pool = good.length > 0 ? good : runs;
  const seconds = median(pool.map((r) => r.seconds));
  results.push({ ...pool.find((r) => r.seconds === seconds), jobs, rss: Math.max(...pool.map((r) => r.rss)), anon: Math.max(...pool.map((r) => r.anon)), file: Math.max(...pool.map((r) => r.file)), ok: good.length > 0, failedRuns: runs.length - good.length });
}

const counts = new Set(results.map((r) => r.summary.replace(/^.*;\s*/, '')));
if (counts.size > 1) console.log('\nWARNING: the runs stored different numbers of events/claims');
const best = Math.max(...results.map((r) => corpus.bytes / 1e6 / r.seconds));
const peak = Math.max(...results.map((r) => r.rss));
console.log(`\nbest ${best.toFixed(2)} MB/s${RUNS > 1 ? ` (median of ${RUNS} runs)` : ''} (target ${TARGET_MB_S} MB/s: ${best >= TARGET_MB_S ? 'met' : 'MISSED'}); ` +
  `peak RSS ${(peak / 1e6).toFixed(0)} MB (limit 2 GB: ${peak < MEMORY_LIMIT ? 'met' : 'MISSED'})`);

const figures = [];
const docsNote = `${corpus.count} docs, ${(corpus.bytes / 1e6).toFixed(1)} MB${RUNS > 1 ? `, median of ${RUNS}` : ''}`;
for (const r of results) {
  const mbs = corpus.bytes / 1e6 / r.seconds;
  const two = r.jobs === 2;
  figures.push({ name: `${LABEL} --jobs ${r.jobs} (${docsNote})`, value: Number(mbs.toFixed(2)), unit: 'MB/s',
    target: two ? `>= ${TARGET_MB_S}` : null, met: two ? r.ok && mbs >= TARGET_MB_S : null });
  figures.push({ name: `${LABEL} --jobs ${r.jobs} wall time`, value: Number(r.seconds.toFixed(1)), unit: 's', target: null, met: null });
  if (r.cpu) {
    figures.push({ name: `${LABEL} --jobs ${r.jobs} per CPU-second (all threads)`, value: Number((corpus.bytes / 1e6 / r.cpu).toFixed(2)), unit: 'MB/CPU-s', target: null, met: null });
  }
  figures.push({ name: `${LABEL} --jobs ${r.jobs} peak RSS`, value: Math.round(r.rss / 1024 ** 2), unit: 'MiB',
    target: '< 2048', met: r.rss > 0 ? r.rss < MEMORY_LIMIT : null });
  if (r.anon > 0) {
    figures.push({ name: `${LABEL} --jobs ${r.jobs} of which: peak anonymous memory / peak mapped file pages (sampled)`,
      value: `${Math.round(r.anon / 1024 ** 2)} / ${Math.round(r.file / 1024 ** 2)}`, unit: 'MiB', target: null, met: null });
  }
  figures.push({ name: `${LABEL} --jobs ${r.jobs} stored${r.failedRuns > 0 ? ` (${r.failedRuns} of ${RUNS} runs failed)` : ''}`, value: r.summary, unit: '', target: null, met: r.ok });
}
console.log(`BENCH_JSON ${JSON.stringify({ figures, corpus: { dir: docsDir, bytes: corpus.bytes, count: corpus.count } })}`);
if (!GIVEN_DIR && !KEEP) rmSync(work, { recursive: true, force: true });
