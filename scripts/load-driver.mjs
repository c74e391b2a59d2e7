/**
 * The server-mode load run shared by test/reliability/load.test.ts (small,
 * fixed counts) and scripts/bench-load.mjs (bigger, with figures).
 *
 * It starts the built CLI `sokan serve` on 127.0.0.1 (port 0) over a fresh
 * SQLite file that has an admin account, so the server runs in server mode
 * and ingests the sample corpus. The admin adds analysts and viewers through
 * POST /api/users; each logs in (session cookie). Then, concurrently:
 *  - `uploads` small documents of our own words are uploaded by analysts,
 *    each one twice from two clients at once (one must be stored, the other
 *    found a duplicate);
 *  - `analysts` analysts each make `editsPerAnalyst` corrections to a shared
 *    set of `sharedEvents` events, sending the version they read; on 409
 *    they re-read and retry;
 *  - `readers` viewers each make `readsPerReader` reads of events, search,
 *    the relationship index and stats.
 * Every response is timed and its status kept. `checkLoad` then reads the
 * final state back. Only loopback is used; every request has a timeout.
 */
import { spawn, spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';

const ADMIN_PASSWORD = 'load test admin password';
const PASSWORD = 'load test user password';
const REQUEST_TIMEOUT_MS = 60_000;

/** Starts `sokan serve` in server mode; resolves with its URL and a stop function. */
export async function startLoadServer({ root, dir }) {
  const bin = join(root, 'bin', 'sokan.js');
  const db = join(dir, 'load.db');
  const add = spawnSync(process.execPath, [bin, '--db', db, 'user', 'add', 'admin1', '--role', 'admin', '--password-stdin'], { input: `${ADMIN_PASSWORD}\n`, encoding: 'utf8' });
  if (add.status !== 0) throw new Error(`sokan user add: ${add.stderr}`);
  const child = spawn(process.execPath, [bin, '--db', db, 'serve', '--host', '127.0.0.1', '--port', '0'], { env: { ...process.env, CI: '1' } });
  let out = '';
  const url = await new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`server did not start: ${out}`)), 120_000);
    child.stdout.on('data', (b) => {
      out += b.toString();
      const m = /at (http:\/\/127\.0\.0\.1:\d+\/) \(server mode/.exec(out);
      if (m) { clearTimeout(timer); resolve(m[1]); }
    });
    child.stderr.on('data', (b) => (out += b.toString()));
    child.on('exit', (code) => reject(new Error(`server exited ${code}: ${out}`)));
  });
  const stop = () => new Promise((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) return resolve();
    child.once('exit', () => resolve());
    child.kill('SIGTERM');
  });
  return { url, db, bin, stop, serverLog: () => out };
}

/** A small Japanese news item in our own words; `n` makes it unique. */
export function loadDocument(n) {
  const day = (n % 27) + 1;
  return `第${n}号 試験記事\n2024年5月${day}日\n\n日本の外相は2024年5月${day}日、東京で韓国の外相と会談した（試験番号${n}）。` +
    `両外相は北朝鮮のミサイル発射について協議し、連携を強めることで一致した。\n`;
}

function percentile(sorted, p) {
  if (sorted.length === 0) return null;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

/** Runs the concurrent phase; returns timings, statuses and what was accepted. */
export async function runLoad(url, opts) {
  const timings = new Map(); // op -> ms[]
  const statuses = []; // { op, status }
  const call = async (op, path, init = {}) => {
    const t0 = performance.now();
    const res = await fetch(new URL(path, url), { ...init, signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS) });
    const text = await res.text();
    const ms = performance.now() - t0;
    if (!timings.has(op)) timings.set(op, []);
    timings.get(op).push(ms);
    statuses.push({ op, status: res.status, ...(res.status >= 500 ? { body: text.slice(0, 300) } : {}) });
    let body = null;
    try { body = JSON.parse(text); } catch { body = text; }
    return { status: res.status, body, headers: res.headers };
  };
  const jsonInit = (method, cookie, body) => ({ method, headers: { 'Content-Type': 'application/json', ...(cookie ? { Cookie: cookie } : {}) }, body: JSON.stringify(body) });
  const login = async (name, password) => {
    const r = await call('login', '/api/login', jsonInit('POST', null, { name, password }));
    if (r.status !== 200) throw new Error(`login ${name}: ${r.status} ${JSON.stringify(r.body)}`);
    const cookie = /sokan_session=[^;]+/.exec(r.headers.get('set-cookie') ?? '')?.[0];
    if (!cookie) throw new Error(`login ${name}: no session cookie`);
    return cookie;
  };

  // Accounts, made by the admin over the API, then logged in.
  const admin = await login('admin1', ADMIN_PASSWORD);
  const analysts = Array.from({ length: opts.analysts }, (_, i) => `analyst${i + 1}`);
  const readers = Array.from({ length: opts.readers }, (_, i) => `reader${i + 1}`);
  for (const [name, role] of [...analysts.map((a) => [a, 'analyst']), ...readers.map((r) => [r, 'viewer'])]) {
    const r = await call('add-user', '/api/users', jsonInit('POST', admin, { name, role, password: PASSWORD }));
    if (r.status !== 201) throw new Error(`add ${name}: ${r.status} ${JSON.stringify(r.body)}`);
  }
  const cookies = new Map();
  await Promise.all([...analysts, ...readers].map(async (n) => cookies.set(n, await login(n, PASSWORD))));

  const first = await call('read-events', '/api/events?limit=1000', { headers: { Cookie: cookies.get(readers[0] ?? analysts[0]) } });
  const shared = first.body.slice(0, opts.sharedEvents).map((e) => e.id);
  if (shared.length < opts.sharedEvents) throw new Error(`only ${shared.length} events to share`);

  const accepted = []; // { eventId, user, location, version }
  let conflicts = 0;
  let gaveUp = 0;
  const analyst = async (name, ai) => {
    const cookie = cookies.get(name);
    for (let i = 0; i < opts.editsPerAnalyst; i++) {
      const eventId = shared[(ai * 7 + i * 3) % shared.length];
      const location = `${name}-edit-${i}`;
      let done = false;
      for (let attempt = 0; attempt < 50 && !done; attempt++) {
        const cur = await call('read-event', `/api/events/${eventId}`, { headers: { Cookie: cookie } });
        if (cur.status !== 200) throw new Error(`read event ${eventId}: ${cur.status}`);
        const r = await call('edit', `/api/events/${eventId}`, jsonInit('PATCH', cookie, { version: cur.body.event.version, changes: { location } }));
        if (r.status === 200) {
          accepted.push({ eventId, user: name, location, version: r.body.version });
          done = true;
        } else if (r.status === 409) conflicts++;
        else throw new Error(`edit ${eventId}: ${r.status} ${JSON.stringify(r.body)}`);
      }
      if (!done) gaveUp++;
    }
  };
  const READS = [
    ['read-events', () => '/api/events?limit=200'],
    ['search', (i) => `/api/search?q=${encodeURIComponent(['外相', '北朝鮮', 'ミサイル', '会談', '協力'][i % 5])}`],
    ['index', () => '/api/analyses/index?dyad=RUS,PRK&by=month'],
    ['stats', () => '/api/stats'],
  ];
  const reader = async (name, ri) => {
    const cookie = cookies.get(name);
    for (let i = 0; i < opts.readsPerReader; i++) {
      const [op, path] = READS[(ri + i) % READS.length];
      const r = await call(op, path(i), { headers: { Cookie: cookie } });
      if (r.status !== 200 && r.status < 500) throw new Error(`${op}: ${r.status} ${JSON.stringify(r.body)}`);
    }
  };
  const uploads = []; // { n, name, outcomes: [] }
  const upload = async (n) => {
    const name = `load-${n}.txt`;
    const text = loadDocument(n);
    const send = async (who) => {
      const form = new FormData();
      form.append('files', new Blob([text], { type: 'text/plain' }), name);
      const r = await call('upload', '/api/documents', { method: 'POST', body: form, headers: { Cookie: cookies.get(who) } });
      if (r.status !== 200) throw new Error(`upload ${name}: ${r.status} ${JSON.stringify(r.body)}`);
      return r.body.files[0];
    };
    // the same document from two analysts at once
    const outcomes = await Promise.all([send(analysts[n % analysts.length]), send(analysts[(n + 1) % analysts.length])]);
    uploads.push({ n, name, outcomes });
  };
  const uploader = async (slot, slots) => {
    for (let n = slot; n < opts.uploads; n += slots) await upload(n + 1);
  };

  // figures cover the concurrent phase only (logins and account set-up are timed apart)
  const setup = new Map(timings);
  timings.clear();
  const before = statuses.length;
  const t0 = performance.now();
  await Promise.all([
    ...analysts.map((a, i) => analyst(a, i)),
    ...readers.map((r, i) => reader(r, i)),
    ...Array.from({ length: Math.min(2, opts.uploads) }, (_, s) => uploader(s, Math.min(2, opts.uploads))),
  ]);
  const seconds = (performance.now() - t0) / 1000;

  const ops = [...timings.entries()].map(([op, ms]) => {
    const sorted = [...ms].sort((a, b) => a - b);
    return { op, count: ms.length, p50: percentile(sorted, 50), p95: percentile(sorted, 95) };
  });
  const setupOps = [...setup.entries()].map(([op, ms]) => {
    const sorted = [...ms].sort((a, b) => a - b);
    return { op, count: ms.length, p50: percentile(sorted, 50), p95: percentile(sorted, 95) };
  });
  return { seconds, requests: statuses.length - before, ops, setupOps, statuses, accepted, conflicts, gaveUp, uploads, shared, cookies, admin, call };
}

/** Reads the final state back and lists every problem found (empty: none). */
export async function checkLoad(url, run, opts) {
  const problems = [];
  const reader = run.cookies.get('reader1') ?? run.admin;
  const get = async (path) => {
    const res = await fetch(new URL(path, url), { headers: { Cookie: reader }, signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS) });
    if (res.status !== 200) throw new Error(`${path}: ${res.status}`);
    return res.json();
  };
  const fivexx = run.statuses.filter((s) => s.status >= 500);
  if (fivexx.length > 0) problems.push(`${fivexx.length} responses were 5xx: ${JSON.stringify(fivexx.slice(0, 3))}`);
  const odd = run.statuses.filter((s) => !(s.status === 200 || s.status === 201 || (s.op === 'edit' && s.status === 409)));
  if (odd.length > 0) problems.push(`${odd.length} unexpected statuses: ${JSON.stringify(odd.slice(0, 3))}`);
  if (run.gaveUp > 0) problems.push(`${run.gaveUp} edits gave up after 50 conflicts`);
  if (run.accepted.length !== opts.analysts * opts.editsPerAnalyst) problems.push(`${run.accepted.length} edits accepted, expected ${opts.analysts * opts.editsPerAnalyst}`);

  for (const id of run.shared) {
    const mine = run.accepted.filter((a) => a.eventId === id).sort((a, b) => a.version - b.version);
    const { event, audit } = await get(`/api/events/${id}`);
    const fullAudit = await get(`/api/audit?entity=events&entityId=${id}&limit=1000`);
    const last = mine.at(-1);
    if (last !== undefined && (event.location !== last.location || event.version !== last.version)) {
      problems.push(`event ${id}: final location ${event.location} v${event.version}, last accepted edit ${last.location} v${last.version} (lost edit)`);
    }
    const versions = new Set(mine.map((a) => a.version));
    if (versions.size !== mine.length) problems.push(`event ${id}: two accepted edits share a version`);
    for (const a of mine) {
      const entry = fullAudit.find((e) => e.action === 'correct' && e.user === a.user && e.after?.location === a.location && e.after?.version === a.version);
      if (entry === undefined) problems.push(`event ${id}: accepted edit ${a.location} by ${a.user} is not in the audit log`);
    }
    if (audit.length === 0 && mine.length > 0) problems.push(`event ${id}: no audit history`);
  }

  const docs = await get('/api/documents');
  for (const u of run.uploads) {
    const kinds = u.outcomes.map((o) => o.kind).sort();
    if (kinds.join(',') !== 'duplicate,stored') problems.push(`${u.name} sent twice at once: ${kinds.join(', ')} (expected one stored, one duplicate)`);
    const ids = new Set(u.outcomes.map((o) => o.documentId));
    if (ids.size !== 1) problems.push(`${u.name}: outcomes name different documents ${[...ids].join(', ')}`);
    const stored = docs.filter((d) => d.id === [...ids][0]);
    if (stored.length !== 1) problems.push(`${u.name}: stored ${stored.length} times`);
  }
  const uploadedDocs = docs.filter((d) => /^load-\d+$/.test(d.fileName));
  if (uploadedDocs.length !== opts.uploads) problems.push(`${uploadedDocs.length} uploaded documents in the store, expected ${opts.uploads}`);
  return problems;
}

/** `sokan audit verify` on the database (run after the server stopped). */
export function verifyAudit(bin, db) {
  const r = spawnSync(process.execPath, [bin, '--db', db, 'audit', 'verify'], { encoding: 'utf8' });
  return { ok: r.status === 0, out: `${r.stdout}${r.stderr}`.trim() };
}
