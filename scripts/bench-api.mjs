#!/usr/bin/env node
/**
 * HTTP API benchmark (`npm run bench:api`, which builds first). Issue 6
 * target: `GET /api/events`, 32 concurrent clients, p95 < 50 ms.
 *
 * Builds the deterministic 1,000,000-event store of scripts/bench-event-store.mjs
 * (as bench-queries does), starts the real server in its own process
 * (`sokan --db <store> serve --host 127.0.0.1 --port 0 --no-samples`), and runs
 * autocannon (in this process) with 32 connections for 10 s against
 *   GET /api/events?dyad=RUS,PRK&from=2020-01&to=2023-12&limit=50
 * (the busiest dyad, a four-year window, one page of 50: what the workbench
 * asks for), after a 2 s warm-up. Reports p50/p95/p99 latency, req/s and the
 * share of non-2xx answers, the server process's CPU time per request (from
 * /proc: what a request costs, whatever else runs on the machine), and a last line `BENCH_JSON {"figures":[...]}`.
 *
 * Options: --events N (default 1000000)  --connections C (default 32)
 *          --duration S (default 10)  --path P (another request)
 *          --quick (100,000 events, 5 s)  --dir D  --keep (reuse the store in D)
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { arch, cpus, loadavg, platform, tmpdir, totalmem } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import autocannon from 'autocannon';
import { createEventStore } from './bench-event-store.mjs';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const arg = (name) => { const i = args.indexOf(name); return i >= 0 ? args[i + 1] : undefined; };
const QUICK = args.includes('--quick');
const EVENTS = Number(arg('--events') ?? (QUICK ? 100_000 : 1_000_000));
const CONNECTIONS = Number(arg('--connections') ?? 32);
const DURATION = Number(arg('--duration') ?? (QUICK ? 5 : 10));
const PATH = arg('--path') ?? '/api/events?dyad=RUS,PRK&from=2020-01&to=2023-12&limit=50';
const KEEP = args.includes('--keep');
const DIR = arg('--dir') ?? mkdtempSync(join(tmpdir(), 'sokan-bench-api-'));

const store = await import(join(ROOT, 'dist', 'store', 'index.js'));
mkdirSync(DIR, { recursive: true });
const db = join(DIR, `events-${EVENTS}.db`);
if (!(KEEP && existsSync(db))) {
  rmSync(db, { force: true });
  const t = performance.now();
  const made = await createEventStore(store, db, { count: EVENTS });
  console.log(`created ${made.events} events (${made.sources} sources) in ${((performance.now() - t) / 1000).toFixed(1)} s`);
}

/** CPU time (user + system) the process has used, from /proc (Linux); NaN elsewhere. */
function serverCpuMs(pid) {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
    return ((Number(fields[11]) + Number(fields[12])) * 1000) / 100; // clock ticks; USER_HZ is 100 on Linux
  } catch {
    return Number.NaN;
  }
}

/** The real server in its own process; resolves with its URL once it listens. */
function startServer() {
  const child = spawn(process.execPath, [join(ROOT, 'bin', 'sokan.js'), '--db', db, 'serve', '--host', '127.0.0.1', '--port', '0', '--no-samples'], { stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  const url = new Promise((resolve, reject) => {
    child.stdout.on('data', (b) => {
      out += b.toString();
      const m = /at (http:\/\/127\.0\.0\.1:\d+)\//.exec(out);
      if (m) resolve(m[1]);
    });
    child.stderr.on('data', (b) => (out += b.toString()));
    child.on('exit', (code) => reject(new Error(`server exited ${code}: ${out}`)));
  });
  return { child, url };
}

/** One autocannon run; also keeps every response time, for exact percentiles (autocannon has no p95). */
const run = (url, duration) =>
  new Promise((resolve, reject) => {
    const times = [];
    const instance = autocannon({ url: url + PATH, connections: CONNECTIONS, duration }, (err, result) => (err ? reject(err) : resolve({ ...result, times })));
    instance.on('response', (_client, _status, _bytes, responseTime) => times.push(responseTime));
  });

const percentile = (xs, q) => { const s = [...xs].sort((a, b) => a - b); return Number(s[Math.min(s.length - 1, Math.ceil(q * s.length) - 1)].toFixed(2)); };

const server = startServer();
let result;
try {
  const url = await server.url;
  const probe = await fetch(url + PATH);
  const body = await probe.json();
  if (!probe.ok) throw new Error(`${PATH}: ${probe.status} ${JSON.stringify(body)}`);
  console.log(`${PATH} → ${body.length} events`);
  await run(url, 2);
  const load = loadavg()[0];
  const cpuBefore = serverCpuMs(server.child.pid);
  result = await run(url, DURATION);
  result.serverCpuMs = serverCpuMs(server.child.pid) - cpuBefore;
  const cpu = cpus();
  console.log(`machine: ${cpu[0]?.model ?? '?'}, ${cpu.length} cores, ${(totalmem() / 2 ** 30).toFixed(1)} GiB, ${platform()}-${arch()}, Node ${process.version}; load average before the run ${load.toFixed(2)}`);
} finally {
  server.child.kill('SIGTERM');
  if (!KEEP && arg('--dir') === undefined) rmSync(DIR, { recursive: true, force: true });
}

const non2xx = result.non2xx + result.errors + result.timeouts;
const [p50, p95, p99] = [0.5, 0.95, 0.99].map((q) => percentile(result.times, q));
const rps = Math.round(result.requests.average);
console.log(`GET ${PATH}, ${CONNECTIONS} connections, ${DURATION} s, ${EVENTS} events`);
const cpuPerRequest = result.serverCpuMs / Math.max(1, result.times.length);
console.log('| p50 | p95 | p99 | max | req/s | requests | non-2xx or errors | server CPU per request |');
console.log(`| ${p50} ms | ${p95} ms | ${p99} ms | ${result.latency.max} ms | ${rps} | ${result.times.length} | ${non2xx} | ${cpuPerRequest.toFixed(2)} ms |`);
const figures = [
  { name: 'HTTP GET /api/events p50, 32 clients', value: p50, unit: 'ms', target: null, met: null },
  { name: 'HTTP GET /api/events p95, 32 clients', value: p95, unit: 'ms', target: '< 50', met: p95 < 50 && non2xx === 0 },
  { name: 'HTTP GET /api/events p99, 32 clients', value: p99, unit: 'ms', target: null, met: null },
  { name: 'HTTP GET /api/events throughput, 32 clients', value: rps, unit: 'req/s', target: null, met: null },
  { name: 'HTTP GET /api/events server CPU per request', value: Number(cpuPerRequest.toFixed(2)), unit: 'ms', target: null, met: null },
];
console.log(`BENCH_JSON ${JSON.stringify({ figures })}`);
if (figures.some((f) => f.met === false)) process.exitCode = 1;
