#!/usr/bin/env node
/**
 * Full-text search on PostgreSQL (`npm run bench:pg-search`, which builds
 * first): pg_trgm GIN index vs the same query without it, beside SQLite's
 * FTS5 trigram index, on generated Japanese news items (generate-corpus.mjs;
 * nothing from the real corpus). A benchmark command, never part of `npm test`.
 *
 * Needs a PostgreSQL server: --url or $SOKAN_BENCH_DATABASE_URL or
 * $SOKAN_TEST_DATABASE_URL (a role that may create databases). Makes and
 * drops its own databases: one with the server's default locale and one with
 * LC_CTYPE=C (where pg_trgm sees no kana or kanji).
 *
 * For each query it prints the documents found and the median time of
 * `searchText` (candidates from the index, then exact matching with snippets
 * in JS) over --runs runs, and for PostgreSQL the plan's index use and the
 * time of the bare candidate query with index scans disabled (a full scan).
 *
 * Options: --docs N (default 3000)  --runs R (default 15)  --seed S
 */
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import { sql } from 'kysely';
import pg from 'pg';
import { openStore } from '../dist/store/open-store.js';
import { saveDocument } from '../dist/store/save-document.js';
import { searchText } from '../dist/store/search-text.js';
import { generateDocuments } from './generate-corpus.mjs';

const { values: o } = parseArgs({
  options: { url: { type: 'string' }, docs: { type: 'string', default: '3000' }, runs: { type: 'string', default: '15' }, seed: { type: 'string', default: '20261125' } },
});
const URL_ = o.url ?? process.env.SOKAN_BENCH_DATABASE_URL ?? process.env.SOKAN_TEST_DATABASE_URL;
if (!URL_) {
  console.error('bench-pg-search: give a PostgreSQL server with --url or SOKAN_BENCH_DATABASE_URL (e.g. postgres://sokan@127.0.0.1:5432/postgres)');
  process.exit(2);
}
const DOCS = Number(o.docs);
const RUNS = Number(o.runs);
const QUERIES = ['会談', '北朝鮮', '弾道ミサイル', '安全保障理事会', 'プーチン大統領', '研究員　鈴木', '核', 'UN'];

/** NFKC per code point, line breaks kept; the offset table as saveDocument wants it. */
function normalise(original) {
  let normalised = '';
  const table = [];
  let at = 0;
  for (const ch of original) {
    const out = ch.normalize('NFKC');
    for (let k = 0; k < out.length; k++) table.push(at);
    normalised += out;
    at += ch.length;
  }
  table.push(original.length);
  return { normalised, offsets: Int32Array.from(table) };
}

function input(d, i) {
  const { normalised, offsets } = normalise(d.text);
  return {
    doc: {
      contentHash: `${i}-${randomBytes(8).toString('hex')}`, sourcePath: d.name, fileName: d.name.replace(/\.txt$/, ''), format: 'txt', encoding: 'UTF8',
      title: null, author: null, publisher: null, publishedDate: null, language: 'ja', originalText: d.text, normalisedText: normalised, citations: [],
    },
    offsetsArray: offsets, mentions: [], events: [], claims: [], extractorVersion: 'bench',
  };
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

async function time(fn) {
  const ms = [];
  let result;
  for (let r = 0; r < RUNS; r++) {
    const t = performance.now();
    result = await fn();
    ms.push(performance.now() - t);
  }
  return { ms: median(ms), result };
}

async function admin(statement) {
  const c = new pg.Client({ connectionString: URL_ });
  await c.connect();
  try { await c.query(statement); } finally { await c.end(); }
}

async function fill(store, docs) {
  for (let i = 0; i < docs.length; i++) await saveDocument(store, input(docs[i], i));
}

async function measure(label, store, postgres) {
  const rows = [];
  if (postgres) await sql`analyze documents`.execute(store.db);
  for (const q of QUERIES) {
    const { ms, result } = await time(() => searchText(store, q, { limit: 20 }));
    const row = { store: label, query: q, docs: result.length === 20 ? '≥20' : result.length, hitsTop: result[0]?.totalHits ?? 0, ms: ms.toFixed(1) };
    if (postgres && [...q].length >= 3) {
      const pattern = `%${q}%`;
      const plan = (await sql`explain select id from documents where normalised_text ilike ${pattern} escape '\\' order by id limit 2000`.execute(store.db)).rows.map((r) => r['QUERY PLAN']).join(' ');
      row.index = /documents_normalised_trgm/.test(plan) ? 'trgm' : 'none';
      const candidates = await time(() => sql`select id from documents where normalised_text ilike ${pattern} escape '\\' order by id limit 2000`.execute(store.db));
      const scan = await store.db.transaction().execute(async (trx) => {
        await sql`set local enable_bitmapscan = off`.execute(trx);
        await sql`set local enable_indexscan = off`.execute(trx);
        return time(() => sql`select id from documents where normalised_text ilike ${pattern} escape '\\' order by id limit 2000`.execute(trx));
      });
      row.candidatesMs = candidates.ms.toFixed(1);
      row.fullScanMs = scan.ms.toFixed(1);
    }
    rows.push(row);
  }
  return rows;
}

const docs = generateDocuments({ count: DOCS, seed: Number(o.seed), language: 'ja', size: 'news' });
const mb = docs.reduce((n, d) => n + Buffer.byteLength(d.text), 0) / 1e6;
console.log(`${DOCS} generated Japanese news items, ${mb.toFixed(1)} MB; median of ${RUNS} runs per query`);
const all = [];
const dir = mkdtempSync(join(tmpdir(), 'sokan-bench-search-'));
try {
  const lite = await openStore({ path: join(dir, 'bench.db') });
  let t = performance.now();
  await fill(lite, docs);
  console.log(`SQLite: stored in ${((performance.now() - t) / 1000).toFixed(1)} s`);
  all.push(...(await measure('sqlite fts5', lite, false)));
  await lite.close();
  for (const [label, create] of [
    ['pg trgm', (name) => `create database ${name}`],
    ['pg trgm, LC_CTYPE=C', (name) => `create database ${name} template template0 encoding 'UTF8' lc_collate 'C' lc_ctype 'C'`],
  ]) {
    const name = `sokan_bench_${randomBytes(4).toString('hex')}`;
    await admin(create(name));
    try {
      const url = new URL(URL_);
      url.pathname = `/${name}`;
      const store = await openStore({ path: url.toString() });
      t = performance.now();
      await fill(store, docs);
      console.log(`${label}: stored in ${((performance.now() - t) / 1000).toFixed(1)} s`);
      all.push(...(await measure(label, store, true)));
      await store.close();
    } finally {
      await admin(`drop database if exists ${name} with (force)`);
    }
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
console.table(all);
console.log(`BENCH_JSON ${JSON.stringify({ bench: 'pg-search', docs: DOCS, mb: Number(mb.toFixed(1)), runs: RUNS, rows: all })}`);
