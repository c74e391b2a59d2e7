// Ingest on SQLite stores up to 16 documents per transaction, each in its own
// savepoint. The rows must be those of one transaction per document; a bad
// document fails alone; no file is reported before its transaction commits.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ingestFiles, type IngestProgress } from '../src/app/ingest-documents.js';
import { localPreparer, type Preparer } from '../src/app/parallel/preparer.js';
import { createExtractor } from '../src/extract/create-extractor.js';
import { ingestFile } from '../src/ingest/ingest-file.js';
import { openStore } from '../src/store/open-store.js';
import { sqliteHandle } from '../src/store/sqlite/sqlite-handle.js';
import type { Store } from '../src/store/store.js';
import { ingestedRows, queryBuilderStore } from '../src/store/testing/query-builder-store.js';
import { generateDocuments } from '../scripts/generate-corpus.mjs';

let dir: string;
let files: string[];
const extractor = createExtractor();

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'sokan-batched-'));
  const docs = join(dir, 'docs');
  mkdirSync(docs);
  const generated = generateDocuments({ count: 20, seed: 9090, language: 'ja' }) as { name: string; text: string }[];
  for (const d of generated) writeFileSync(join(docs, d.name), d.text);
  writeFileSync(join(docs, 'copy.txt'), generated[4]!.text); // a duplicate inside the first batch
  files = generated.map((d) => join(docs, d.name));
  files.splice(8, 0, join(docs, 'copy.txt'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));


/** Prepares on this thread, with the offset table of `bad` one entry short (saveDocument throws RangeError on it). */
function corrupting(bad: string): Preparer {
  const local = localPreparer(extractor, ingestFile);
  return {
    inFlight: 32,
    async prepare(path) {
      const r = await local.prepare(path);
      return r.ok && path === bad ? { ok: true, value: { ...r.value, offsetsArray: r.value.offsetsArray.subarray(1) } } : r;
    },
  };
}

describe('batched ingest', () => {
  it('stores the rows of one transaction per document, and reports each file only after its transaction commits', async () => {
    const batched = await openStore({ path: join(dir, 'batched.db') });
    const single = await queryBuilderStore(join(dir, 'single.db'));
    try {
      const raw = sqliteHandle(batched.db)!;
      const storedNow = () => (raw.prepare('select count(*) as n from documents').get() as { n: number }).n;
      const seen: number[] = [];
      const a = await ingestFiles({ store: batched, extractor, readDocument: ingestFile }, files, (p: IngestProgress) => {
        if (p.type !== 'file') return;
        if (p.outcome.kind === 'stored') expect(raw.prepare('select 1 from documents where id = ?').get(p.outcome.documentId)).toBeDefined();
        seen.push(storedNow());
      });
      const b = await ingestFiles({ store: single, extractor, readDocument: ingestFile }, files, () => {});
      expect(a).toEqual(b);
      expect(a.stored).toBe(20);
      expect(a.duplicates).toBe(1);
      expect(await ingestedRows(batched)).toEqual(await ingestedRows(single));
      // Batched: when the first file is reported, its batch (16 files, one a duplicate) is already stored.
      expect(seen[0]).toBe(15);
    } finally {
      await batched.close();
      await single.close();
    }
  });

  it('a document that fails in the middle of a batch is reported failed; its neighbours are stored', async () => {
    const bad = files[5]!;
    const store = await openStore({ path: join(dir, 'bad.db') });
    const single = await queryBuilderStore(join(dir, 'bad-single.db'));
    try {
      const outcomes: string[] = [];
      const summary = await ingestFiles({ store, extractor, readDocument: ingestFile, preparer: corrupting(bad) }, files, (p) => {
        if (p.type === 'file') outcomes.push(p.outcome.kind);
      });
      expect(summary.failed).toHaveLength(1);
      expect(summary.failed[0]!.path).toBe(bad);
      expect(summary.failed[0]!.message).toMatch(/offset table of .* has \d+ entries; expected normalised length \+ 1/);
      expect(outcomes.filter((k) => k === 'stored')).toHaveLength(19);
      expect(outcomes[5]).toBe('failed');
      const others = files.filter((f) => f !== bad);
      await ingestFiles({ store: single, extractor, readDocument: ingestFile }, others, () => {});
      expect(await ingestedRows(store)).toEqual(await ingestedRows(single));
    } finally {
      await store.close();
      await single.close();
    }
  });
});
