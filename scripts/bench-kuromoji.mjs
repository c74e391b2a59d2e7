#!/usr/bin/env node
/**
 * Baseline for issue 6: kuromoji (morphological analysis, the usual first step
 * of Japanese text processing) tokenising a corpus, on one thread. Sokan's
 * whole ingest should be at least 10× faster than this tokenisation alone.
 * `npm run bench` runs it on the SAME files as the ingest benchmark
 * (scripts/bench-ingest.mjs --keep); alone it generates its own.
 *
 * kuromoji (devDependency) ships its IPADIC dictionary inside the package
 * (node_modules/kuromoji/dict), so it loads offline. Dictionary loading is
 * timed apart; MB/s counts tokenising only, 1 MB = 10^6 UTF-8 bytes of the
 * files as read. Text is tokenised a paragraph at a time (kuromoji's lattice
 * grows with the input; whole 20 KB documents are slower per byte).
 *
 * Options: --dir D     tokenise the *.txt files in D (default: generate --mb M)
 *          --mb M      generated Japanese corpus size when no --dir (default 5)
 *          --runs R    runs; the median is reported (default 1)
 *          --max-mb X  tokenise at most the first X MB of the files (default all)
 *
 * Last line: `BENCH_JSON {"figures":[...]}` for scripts/bench.mjs.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { performance } from 'node:perf_hooks';
import { generateCorpus } from './generate-corpus.mjs';

const require = createRequire(import.meta.url);
const args = process.argv.slice(2);
const arg = (name) => { const i = args.indexOf(name); return i >= 0 ? args[i + 1] : undefined; };
const DIR = arg('--dir');
const RUNS = Number(arg('--runs') ?? 1);
const MAX_BYTES = arg('--max-mb') === undefined ? Infinity : Number(arg('--max-mb')) * 1e6;

let kuromoji;
try {
  kuromoji = require('kuromoji');
} catch {
  console.error('kuromoji is not installed: run `npm install` (it is a devDependency)');
  process.exit(2);
}
const dicPath = join(dirname(require.resolve('kuromoji/package.json')), 'dict');

function loadTexts() {
  const texts = [];
  let bytes = 0;
  const add = (t) => { if (bytes < MAX_BYTES) { texts.push(t); bytes += Buffer.byteLength(t, 'utf8'); } };
  if (DIR) for (const f of readdirSync(DIR).filter((f) => f.endsWith('.txt')).sort()) add(readFileSync(join(DIR, f), 'utf8'));
  else for (const d of generateCorpus({ bytes: Number(arg('--mb') ?? 5) * 1e6, seed: 20261125, language: 'ja' })) add(d.text);
  return { texts, bytes };
}

const { texts, bytes } = loadTexts();
if (texts.length === 0) {
  console.error(`no .txt files in ${DIR}`);
  process.exit(2);
}
const t0 = performance.now();
const tokenizer = await new Promise((resolve, reject) =>
  kuromoji.builder({ dicPath }).build((error, t) => (error ? reject(error) : resolve(t))));
const loadSeconds = (performance.now() - t0) / 1000;

const times = [];
const cpuTimes = [];
let tokens = 0;
for (let run = 0; run < RUNS; run++) {
  tokens = 0;
  const start = performance.now();
  const cpu0 = process.cpuUsage();
  for (const text of texts) {
    for (const paragraph of text.split(/\n\s*\n/)) if (paragraph !== '') tokens += tokenizer.tokenize(paragraph).length;
  }
  times.push((performance.now() - start) / 1000);
  const c = process.cpuUsage(cpu0);
  cpuTimes.push((c.user + c.system) / 1e6);
}
const cpuSeconds = [...cpuTimes].sort((a, b) => a - b)[Math.floor((cpuTimes.length - 1) / 2)];
const cpuMbs = bytes / 1e6 / cpuSeconds;
const seconds = [...times].sort((a, b) => a - b)[Math.floor((times.length - 1) / 2)];
const mbs = bytes / 1e6 / seconds;
console.log(`kuromoji ${require('kuromoji/package.json').version}: dictionary loaded in ${loadSeconds.toFixed(1)} s; ` +
  `${texts.length} files, ${(bytes / 1e6).toFixed(1)} MB, ${tokens} tokens in ${seconds.toFixed(1)} s` +
  `${RUNS > 1 ? ` (median of ${RUNS})` : ''}: ${mbs.toFixed(3)} MB/s on one thread, ${cpuMbs.toFixed(3)} MB per CPU-second`);
const figures = [
  { name: `kuromoji tokenisation alone (${texts.length} files, ${(bytes / 1e6).toFixed(1)} MB, 1 thread)`, value: Number(mbs.toFixed(3)), unit: 'MB/s', target: null, met: null },
  { name: 'kuromoji tokenisation, per CPU-second', value: Number(cpuMbs.toFixed(3)), unit: 'MB/CPU-s', target: null, met: null },
];
console.log(`BENCH_JSON ${JSON.stringify({ figures, kuromoji: { mbs, cpuMbs, bytes, seconds, cpuSeconds, tokens, loadSeconds } })}`);
