#!/usr/bin/env node
/**
 * Load benchmark in server mode (`npm run bench:load`, which builds first):
 * the same run as test/reliability/load.test.ts (scripts/load-driver.mjs) at
 * a bigger size, on 127.0.0.1 only. Prints throughput and p50/p95 latency
 * per operation, the checks (no 5xx, no lost edit, every accepted edit
 * audited, each document stored once, audit chain verifies), and a last line
 * `BENCH_JSON {"figures":[...]}` for scripts/bench.mjs.
 *
 * Options: --uploads K    documents uploaded (each sent twice at once; default 40)
 *          --analysts M   concurrent analysts (default 8)
 *          --edits E      edits per analyst (default 40)
 *          --events S     shared events they edit (default 10)
 *          --readers R    concurrent viewers (default 8)
 *          --reads Q      reads per viewer (default 80)
 *          --quick        small sizes (the test's)
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { availableParallelism, cpus, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { checkLoad, runLoad, startLoadServer, verifyAudit } from './load-driver.mjs';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const arg = (name, dflt) => { const i = args.indexOf(name); return i >= 0 ? Number(args[i + 1]) : dflt; };
const quick = args.includes('--quick');
const OPTS = quick
  ? { uploads: 6, analysts: 3, editsPerAnalyst: 12, sharedEvents: 4, readers: 3, readsPerReader: 16 }
  : { uploads: arg('--uploads', 40), analysts: arg('--analysts', 8), editsPerAnalyst: arg('--edits', 40), sharedEvents: arg('--events', 10), readers: arg('--readers', 8), readsPerReader: arg('--reads', 80) };

if (!existsSync(join(ROOT, 'dist', 'cli', 'main.js'))) {
  console.log('dist/ missing: running `npm run build` ...');
  const b = spawnSync('npm', ['run', 'build'], { cwd: ROOT, stdio: 'inherit' });
  if (b.status !== 0) process.exit(b.status ?? 1);
}

const dir = mkdtempSync(join(tmpdir(), 'sokan-bench-load-'));
const server = await startLoadServer({ root: ROOT, dir });
let run;
let problems;
try {
  console.log(`server mode at ${server.url} (${availableParallelism()} cores, ${cpus()[0]?.model ?? 'cpu'}, node ${process.version})`);
  console.log(`load: ${OPTS.uploads} uploads ×2 at once, ${OPTS.analysts} analysts × ${OPTS.editsPerAnalyst} edits on ${OPTS.sharedEvents} shared events, ${OPTS.readers} viewers × ${OPTS.readsPerReader} reads`);
  run = await runLoad(server.url, OPTS);
  problems = await checkLoad(server.url, run, OPTS);
} finally {
  await server.stop();
}
const audit = verifyAudit(server.bin, server.db);
rmSync(dir, { recursive: true, force: true });

const fmt = (n) => (n === null ? '—' : n.toFixed(1));
console.log(`\nconcurrent phase: ${run.seconds.toFixed(1)} s, ${run.requests} requests, ${(run.requests / run.seconds).toFixed(1)} req/s overall, ${run.conflicts} edit conflicts (409, re-read and retried)`);
console.log('\nop           count   per s   p50 ms   p95 ms');
for (const o of run.ops) console.log(`${o.op.padEnd(12)} ${String(o.count).padStart(5)} ${(o.count / run.seconds).toFixed(1).padStart(7)} ${fmt(o.p50).padStart(8)} ${fmt(o.p95).padStart(8)}`);
for (const o of run.setupOps) console.log(`${`(${o.op})`.padEnd(12)} ${String(o.count).padStart(5)} ${'set-up'.padStart(7)} ${fmt(o.p50).padStart(8)} ${fmt(o.p95).padStart(8)}`);
const fivexx = run.statuses.filter((s) => s.status >= 500).length;
console.log(`\nchecks: 5xx ${fivexx}; accepted edits ${run.accepted.length}; problems ${problems.length}${problems.length ? `:\n  ${problems.join('\n  ')}` : ''}; ${audit.out}`);

const figures = [
  { name: 'load: requests per second (server mode, mixed)', value: Number((run.requests / run.seconds).toFixed(1)), unit: 'req/s', target: null, met: null },
  ...run.ops.filter((o) => ['edit', 'upload', 'read-events', 'search', 'index', 'read-event'].includes(o.op)).flatMap((o) => [
    { name: `load: ${o.op} p50`, value: Number(fmt(o.p50)), unit: 'ms', target: null, met: null },
    { name: `load: ${o.op} p95`, value: Number(fmt(o.p95)), unit: 'ms', target: null, met: null },
  ]),
  ...run.setupOps.filter((o) => o.op === 'login').map((o) => ({ name: `load: login p50 (${o.count} at once, scrypt N=2^17)`, value: Number(fmt(o.p50)), unit: 'ms', target: null, met: null })),
  { name: 'load: 5xx responses', value: fivexx, unit: 'count', target: 0, met: fivexx === 0 },
  { name: 'load: lost or unaudited edits, duplicate documents', value: problems.length, unit: 'count', target: 0, met: problems.length === 0 },
  { name: 'load: audit chain verifies', value: audit.ok ? 1 : 0, unit: 'bool', target: 1, met: audit.ok },
];
console.log(`BENCH_JSON ${JSON.stringify({ figures })}`);
process.exitCode = fivexx === 0 && problems.length === 0 && audit.ok ? 0 : 1;
