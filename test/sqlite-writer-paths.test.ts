// The SQLite fast path of saveDocument / insertExtraction (prepared statements
// reused on the raw connection) stores exactly the rows of the query-builder
// path, which a store whose dialect hides the raw connection still takes.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ingestFiles } from '../src/app/ingest-documents.js';
import { createExtractor } from '../src/extract/create-extractor.js';
import { ingestFile } from '../src/ingest/ingest-file.js';
import { openStore } from '../src/store/open-store.js';
import { saveDocument } from '../src/store/save-document.js';
import { sqliteHandle } from '../src/store/sqlite/sqlite-handle.js';
import type { Store } from '../src/store/store.js';
import { claimIn, eventIn, makeDocument, saveInput } from '../src/store/testing/fixtures.js';
import { ingestedRows, queryBuilderStore } from '../src/store/testing/query-builder-store.js';
import { generateDocuments } from '../scripts/generate-corpus.mjs';

let dir: string;
let files: string[];
const extractor = createExtractor();

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'sokan-writer-paths-'));
  const docs = join(dir, 'docs');
  mkdirSync(docs);
  const generated = generateDocuments({ count: 12, seed: 777, language: 'ja' }) as { name: string; text: string }[];
  const english = generateDocuments({ count: 4, seed: 778, language: 'en' }) as { name: string; text: string }[];
  for (const d of [...generated, ...english]) writeFileSync(join(docs, d.name), d.text);
  writeFileSync(join(docs, 'copy.txt'), generated[2]!.text); // a duplicate
  files = [...generated, ...english].map((d) => join(docs, d.name)).concat(join(docs, 'copy.txt'));
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));


/** Every row of the tables ingest writes (timestamps left out), and the documents an FTS query finds. */
async function tables(store: Store) {
  const out: Record<string, unknown[]> = await ingestedRows(store);
  const { rows } = await sql<{ rowid: number }>`select rowid from documents_fts where documents_fts match '"首脳会談"' order by rowid`.execute(store.db);
  out.fts = rows;
  return out;
}

async function ingestAll(store: Store) {
  const summary = await ingestFiles({ store, extractor, readDocument: ingestFile }, files, () => {});
  // A second pass: every file is a duplicate now.
  const again = await ingestFiles({ store, extractor, readDocument: ingestFile }, files.slice(0, 3), () => {});
  return { summary, again };
}

describe('SQLite fast path vs query-builder path', () => {
  it('stores identical rows and returns identical counts', async () => {
    const fast = await openStore({ path: join(dir, 'fast.db') });
    const portable = await queryBuilderStore(join(dir, 'portable.db'));
    try {
      expect(sqliteHandle(fast.db)).toBeDefined();
      expect(sqliteHandle(portable.db)).toBeUndefined();
      const a = await ingestAll(fast);
      const b = await ingestAll(portable);
      expect(a.summary.stored).toBe(files.length - 1);
      expect(a.summary.duplicates).toBe(1);
      expect(a.again.duplicates).toBe(3);
      expect(a).toEqual(b);
      const ta = await tables(fast);
      const tb = await tables(portable);
      // The comparison means something only if every kind of row, and merges, occurred.
      for (const t of Object.keys(ta)) expect(ta[t]!.length, t).toBeGreaterThan(0);
      expect(ta).toEqual(tb);
    } finally {
      await fast.close();
      await portable.close();
    }
  });
});

/** Documents whose events share dedup keys, so the merge rule picks among several candidates. */
function mergeCases() {
  const text = (n: number) => `第${n}報。北朝鮮とロシアは会談した。両国は協議した。朝鮮は声明を出した。`;
  const docs = [1, 2, 3, 4, 5, 6].map((n) => makeDocument(`merge-${n}`, text(n), {
    citations: n === 1 ? [{ marker: '1', text: '通信', url: null, accessDate: null, publisher: null, span: { start: 0, end: 3 } }] : [],
  }));
  const ev = (i: number, quote: string, cameo: string, source: string, target: string | null) =>
    eventIn(docs[i]!, quote, { date: '2023-09-13', cameo, source, target });
  const meet = '北朝鮮とロシアは会談した';
  const talk = '両国は協議した';
  const solo = '朝鮮は声明を出した';
  return [
    saveInput(docs[0]!, {
      events: [ev(0, meet, '042', 'RUS', 'PRK'), ev(0, talk, '040', 'PRK', 'RUS')], // two same-key events stay two
      claims: [claimIn(docs[0]!, talk, { subject: 'test', low: 2, unit: 'state' })],
      mentions: [{ code: 'PRK', entityId: 'PRK', surface: '北朝鮮', span: { start: 4, end: 7 } }],
    }),
    saveInput(docs[1]!, { events: [ev(1, meet, '042', 'RUS', 'PRK')] }), // best: same CAMEO and direction (score 3)
    saveInput(docs[2]!, { events: [ev(2, meet, '043', 'PRK', 'RUS')] }), // best: same direction (score 1)
    saveInput(docs[3]!, { events: [ev(3, meet, '040', 'PRK', 'RUS'), ev(3, talk, '040', 'PRK', 'RUS')] }), // second takes what is left
    saveInput(docs[4]!, { events: [ev(4, solo, '040', 'PRK', null), ev(4, meet, '190', 'PRK', 'RUS')] }),
    saveInput(docs[5]!, { events: [ev(5, solo, '040', 'PRK', null), ev(5, meet, '190', 'PRK', 'RUS')] }), // null target merges
  ];
}

describe('merge rule on both paths', () => {
  it('picks the same merge targets', async () => {
    const fast = await openStore({ path: join(dir, 'merge-fast.db') });
    const portable = await queryBuilderStore(join(dir, 'merge-portable.db'));
    try {
      const inputs = mergeCases();
      const ra = [];
      const rb = [];
      for (const input of [...inputs, inputs[0]!]) ra.push(await saveDocument(fast, input));
      for (const input of [...inputs, inputs[0]!]) rb.push(await saveDocument(portable, input));
      expect(ra.map((r) => [r.status, r.events, r.merged])).toEqual([
        ['stored', 2, 0], ['stored', 1, 1], ['stored', 1, 1], ['stored', 2, 2], ['stored', 2, 0], ['stored', 2, 2], ['duplicate', 0, 0],
      ]);
      expect(ra).toEqual(rb);
      const ta = await tables(fast);
      expect(ta.event_sources!.map((s) => (s as { event_id: number }).event_id)).toEqual([1, 2, 1, 2, 2, 1, 3, 4, 3, 4]);
      expect(ta).toEqual(await tables(portable));
    } finally {
      await fast.close();
      await portable.close();
    }
  });
});
