/**
 * Deterministic event store for the query benchmarks (scripts/bench-queries.mjs,
 * scripts/bench-api.mjs). Creates a fresh Sokan store with the built code
 * (dist/, so every migration runs), then bulk-inserts straight into SQLite in
 * one transaction with prepared statements:
 *
 * - `docCount` short source documents (the events' `event_sources` point at them);
 * - `count` events: 200 actors (the real states of data/actors.json in gazetteer
 *   order — RUS, PRK, CHN, ... — then synthetic codes XAA, XAB, ...), drawn with a
 *   Zipf(1) weight by rank, so RUS and PRK are the busiest pair; dates 1990–2026,
 *   denser in recent years, 85 % to the day, 10 % to the month, 5 % to the
 *   year, 2 % with an end date; CAMEO codes, QuadClass and Goldstein from
 *   data/cameo-codes.tsv; 3 % without a target; 70 % extracted with one or two
 *   sources, 30 % imported (gdelt2) without sources.
 *
 * Same arguments ⇒ same rows (mulberry32 PRNG from generate-corpus.mjs).
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import BetterSqlite3 from 'better-sqlite3';
import { mulberry32 } from './generate-corpus.mjs';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
export const BUSY_DYAD = ['RUS', 'PRK'];

function cameoCodes() {
  const lines = readFileSync(join(ROOT, 'data', 'cameo-codes.tsv'), 'utf8').trim().split('\n').slice(1);
  return lines.map((l) => {
    const [code, , quad, goldstein] = l.split('\t');
    return { code, quad: Number(quad), goldstein: Number(goldstein) };
  });
}

function actorCodes(n) {
  const states = JSON.parse(readFileSync(join(ROOT, 'data', 'actors.json'), 'utf8')).states.map((s) => s.code);
  const out = [...states];
  const A = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
  for (let i = 0; out.length < n; i++) out.push(`X${A[Math.floor(i / 26) % 26]}${A[i % 26]}`);
  return out.slice(0, n);
}

/** Picks an index with probability ∝ 1 / (rank + 1). */
function zipfPicker(n, next) {
  const cum = new Float64Array(n);
  let total = 0;
  for (let i = 0; i < n; i++) cum[i] = total += 1 / (i + 1);
  return () => {
    const x = next() * total;
    let lo = 0;
    let hi = n - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (cum[mid] < x) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
}

const pad2 = (n) => String(n).padStart(2, '0');

function offsetsBlob(length) {
  const a = new Int32Array(length + 1);
  for (let i = 0; i <= length; i++) a[i] = i;
  return Buffer.from(a.buffer);
}

/**
 * Creates the store at `path` (which must not exist) with `count` events.
 * `dist` is the imported dist/store/index.js. Returns what was made.
 */
export async function createEventStore(dist, path, { count, docCount = 2000, seed = 20261125, actors = 200 }) {
  const store = await dist.openStore({ path });
  await store.close();
  const db = new BetterSqlite3(path);
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = OFF');
  const next = mulberry32(seed);
  const codes = actorCodes(actors);
  const pickActor = zipfPicker(codes.length, next);
  const cameo = cameoCodes();
  const now = '2026-11-25T00:00:00.000Z';

  const insertDoc = db.prepare(`insert into documents (content_hash, source_path, file_name, format, encoding, title,
    author, publisher, published_date, language, original_text, normalised_text, offsets, ingested_at, extractor_version)
    values (?, ?, ?, 'txt', 'UTF8', ?, null, null, ?, 'ja', ?, ?, ?, ?, 'bench')`);
  const insertEvent = db.prepare(`insert into events (date, date_end, precision, cameo, quad_class, goldstein, source,
    target, source_name, target_name, status, location, review_state, version, created_at, updated_at, dedup_key, origin,
    external_id, lat, lon) values (?, ?, ?, ?, ?, ?, ?, ?, null, null, ?, ?, 'unreviewed', 1, ?, ?, ?, ?, ?, null, null)`);
  const insertSource = db.prepare(`insert into event_sources (event_id, document_id, quote, span_start, span_end, rule,
    extractor_version) values (?, ?, ?, ?, ?, ?, 'bench')`);

  let sources = 0;
  db.transaction(() => {
    for (let d = 1; d <= docCount; d++) {
      const text = `ベンチ用文書${d}。ロシアと北朝鮮の首脳が会談した。`.repeat(8);
      const hash = createHash('sha256').update(text).digest('hex');
      insertDoc.run(hash, `bench/doc-${d}.txt`, `doc-${d}`, `文書${d}`, `20${pad2(d % 26)}`, text, text, offsetsBlob(text.length), now);
    }
    for (let i = 1; i <= count; i++) {
      const year = 1990 + Math.floor(37 * Math.sqrt(next()));
      const month = 1 + Math.floor(next() * 12);
      const day = 1 + Math.floor(next() * 28);
      const p = next();
      const precision = p < 0.85 ? 'day' : p < 0.95 ? 'month' : 'year';
      const date = precision === 'day' ? `${year}-${pad2(month)}-${pad2(day)}` : precision === 'month' ? `${year}-${pad2(month)}` : `${year}`;
      const dateEnd = precision === 'day' && next() < 0.02 ? `${year}-${pad2(month)}-${pad2(Math.min(28, day + 3))}` : null;
      const c = cameo[Math.floor(next() * cameo.length)];
      const source = codes[pickActor()];
      let target = null;
      if (next() >= 0.03) {
        do target = codes[pickActor()];
        while (target === source);
      }
      const s = next();
      const status = s < 0.9 ? 'occurred' : s < 0.95 ? 'planned' : s < 0.99 ? 'alleged' : 'cancelled';
      const extracted = next() < 0.7;
      const key = `${date}|${c.code.slice(0, 2)}|${[source, target ?? ''].sort().join(',')}`;
      const location = next() < 0.3 ? '平壌' : null;
      const id = insertEvent.run(date, dateEnd, precision, c.code, c.quad, c.goldstein, source, target, status, location,
        now, now, key, extracted ? 'extracted' : 'gdelt2', extracted ? null : `g${i}`).lastInsertRowid;
      if (!extracted) continue;
      const n = next() < 0.2 ? 2 : 1;
      for (let k = 0; k < n; k++) {
        const start = Math.floor(next() * 100);
        insertSource.run(id, 1 + Math.floor(next() * docCount), 'ロシアと北朝鮮の首脳が会談した', start, start + 15, 'bench-rule');
        sources++;
      }
    }
  })();
  db.close();
  return { events: count, sources, documents: docCount, actors: codes.length };
}
