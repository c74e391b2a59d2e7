// Parallel ingest (worker threads, one writer) stores exactly what sequential
// ingest stores. Needs the build: the worker module is dist/app/parallel/ingest-worker.js.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ingestFiles, type IngestProgress } from '../src/app/ingest-documents.js';
import { defaultJobs } from '../src/cli/commands/ingest-command.js';
import { localPreparer, type Preparer } from '../src/app/parallel/preparer.js';
import { startWorkerPreparer } from '../src/app/parallel/worker-preparer.js';
import { createExtractor } from '../src/extract/create-extractor.js';
import { ingestFile } from '../src/ingest/ingest-file.js';
import { exportClaimRecords, exportEventRecords } from '../src/store/export-records.js';
import { openStore } from '../src/store/open-store.js';
import type { Store } from '../src/store/store.js';
import { generateDocuments } from '../scripts/generate-corpus.mjs';

let dir: string;
let files: string[];
const extractor = createExtractor();

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'sokan-parallel-'));
  const docs = join(dir, 'docs');
  mkdirSync(docs);
  const generated = generateDocuments({ count: 30, seed: 4242, language: 'ja' }) as { name: string; text: string }[];
  for (const d of generated) writeFileSync(join(docs, d.name), d.text);
  writeFileSync(join(docs, 'copy.txt'), generated[3]!.text); // same content: a duplicate
  writeFileSync(join(docs, 'broken.txt'), Uint8Array.from([0, 1, 2, 0, 0, 255, 0, 7, 0, 0, 0, 3]));
  files = [...generated.map((d) => join(docs, d.name)), join(docs, 'copy.txt'), join(docs, 'broken.txt')];
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function ingestInto(name: string, preparer: Preparer | undefined) {
  const store = await openStore({ path: join(dir, name) });
  const progress: IngestProgress[] = [];
  const summary = await ingestFiles(
    { store, extractor, readDocument: ingestFile, ...(preparer ? { preparer } : {}) },
    files,
    (p) => progress.push(p),
  );
  return { store, summary, progress };
}

const asSet = (records: readonly object[]) => records.map((r) => JSON.stringify(r)).sort();

async function exported(store: Store) {
  return { events: asSet(await exportEventRecords(store)), claims: asSet(await exportClaimRecords(store)) };
}

describe('parallel ingest', () => {
  // The same records, not only as sets: files are stored in input order, so
  // events stated by several documents merge the same way.
  it('stores the same events and claims as sequential ingest', async () => {
    const seq = await ingestInto('seq.db', undefined);
    const pool = await startWorkerPreparer(2);
    let par;
    try {
      par = await ingestInto('par.db', pool);
    } finally {
      await pool.close();
    }
    try {
      const count = (s: typeof seq.summary) => ({ ...s, failed: s.failed.map((f) => f.message) });
      expect(count(par.summary)).toEqual(count(seq.summary));
      expect(seq.summary.stored + seq.summary.duplicates).toBe(31);
      expect(seq.summary.failed).toHaveLength(1);
      expect(seq.summary.failed[0]!.message).toMatch(/broken\.txt/);
      const a = await exported(seq.store);
      const b = await exported(par.store);
      expect(a.events.length).toBeGreaterThan(100);
      expect(b.events).toEqual(a.events);
      expect(b.claims).toEqual(a.claims);
      // Progress events unchanged: one start, then one per file, counted 1..n.
      for (const run of [seq, par]) {
        expect(run.progress[0]).toEqual({ type: 'start', total: files.length });
        expect(run.progress.slice(1).map((p) => (p.type === 'file' ? p.index : -1))).toEqual(files.map((_, i) => i + 1));
        expect(run.progress.slice(1).map((p) => (p.type === 'file' ? p.outcome.path : ''))).toEqual(files); // stored in input order
      }
    } finally {
      await seq.store.close();
      await par.store.close();
    }
  });

  it('a file whose preparation throws (a crashed worker) fails alone; the others are stored', async () => {
    const local = localPreparer(extractor, ingestFile);
    const flaky: Preparer = {
      inFlight: 4,
      prepare: (path) =>
        path.endsWith('ja-00005.txt') ? Promise.reject(new Error('the worker reading this file crashed (boom)')) : local.prepare(path),
    };
    const run = await ingestInto('flaky.db', flaky);
    try {
      expect(run.summary.failed.map((f) => f.message).sort()).toEqual([
        expect.stringMatching(/broken\.txt/),
        expect.stringMatching(/ja-00005\.txt: the worker reading this file crashed \(boom\)/),
      ]);
      expect(run.summary.stored + run.summary.duplicates).toBe(30);
    } finally {
      await run.store.close();
    }
  });
});

describe('sokan ingest --jobs', () => {
  const BIN = join(import.meta.dirname, '..', 'bin', 'sokan.js');
  const sokan = (...args: string[]) =>
    spawnSync(process.execPath, [BIN, '--db', join(dir, 'cli.db'), ...args], { encoding: 'utf8', env: { ...process.env, CI: '1' } });

  it('ingests with worker threads and reports the bad file by name', () => {
    const r = sokan('ingest', '--jobs', '3', join(dir, 'docs'));
    expect(r.stderr).toMatch(/broken\.txt/);
    expect(r.stdout).toMatch(/30 stored, 1 already stored, 1 failed/);
    expect(r.status).toBe(1);
  });

  it('refuses a --jobs that is not a whole number from 1 to 64', () => {
    const r = sokan('ingest', '--jobs', '0', join(dir, 'docs'));
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/--jobs must be a whole number/);
  });

  it('defaults to min(cores, 4) threads for many files, 1 for a few', () => {
    expect(defaultJobs(1, 8)).toBe(1);
    expect(defaultJobs(7, 8)).toBe(1);
    expect(defaultJobs(100, 8)).toBe(4);
    expect(defaultJobs(100, 2)).toBe(2);
    expect(defaultJobs(100, 1)).toBe(1);
  });
});
