// A full disk while a batch of documents (one transaction of up to 16, see
// save-document-batch.ts) is being stored: every file of that batch is
// reported not stored, none of it is in the database, and the same ingest
// run again completes. The built CLI runs as a real child process.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateDocuments } from '../../scripts/generate-corpus.mjs';
import { BIN, ENV, health, sokan, tempFolder, withDb, writeFiles } from './helpers.js';

let dir: string;
let remove: () => void;
let small: string;

beforeAll(() => {
  ({ dir, remove } = tempFolder('sokan-full-batch-'));
  small = join(dir, 'small');
  const docs = generateDocuments({ count: 40, seed: 11, language: 'ja' }) as { name: string; text: string }[];
  writeFiles(small, Object.fromEntries(docs.map((d) => [d.name, d.text])));
});
afterAll(() => remove());

const documents = (db: string): number => withDb(db, (d) => (d.prepare('select count(*) as n from documents').get() as { n: number }).n);
const hasBash = spawnSync('bash', ['-c', 'true']).status === 0;

describe('a full disk in the middle of a batch', () => {
  it.runIf(hasBash)('reports every file of the batch not stored, stores none of it; the same ingest later completes', () => {
    const db = join(dir, 'full.db');
    expect(sokan(db, ['ingest', join(small, 'ja-00000.txt'), join(small, 'ja-00001.txt')]).code).toBe(0);
    // As in crash.test.ts: every file the child writes (the WAL included) capped a little above the database's size.
    const limitKb = Math.floor(readFileSync(db).length / 1024) + 300;
    // --jobs 1: files are prepared on the writer's thread, so batches are always full (16 files).
    const r = spawnSync('bash', ['-c', `trap '' XFSZ; ulimit -f ${limitKb}; exec "$0" "$@"`, process.execPath, BIN, '--db', db, 'ingest', '--jobs', '1', small], {
      encoding: 'utf8',
      env: ENV,
    });
    expect(r.status).toBe(1);
    expect(r.stderr).not.toMatch(/unexpected error|at .*\.js:\d+/);
    const errors = r.stderr.split('\n').filter((l) => l.startsWith('error:'));
    expect(errors, r.stderr).toHaveLength(16);
    errors.forEach((line, i) => {
      expect(line).toContain(`ja-${String(i).padStart(5, '0')}.txt: not stored: the database could not be written (`);
    });
    expect(errors[0]).toMatch(/disk full.*it was in one transaction with the next 15 files$/);
    expect(errors[15]).toMatch(/ja-00015\.txt: not stored: .*disk full.*; ingest stopped, 24 more files not read or stored; .*run the same ingest again/);
    expect(r.stdout + r.stderr).toContain('0 stored, 0 already stored, 16 failed');
    expect(documents(db)).toBe(2); // the batch was rolled back whole; what was stored before is intact
    expect(health(db)).toEqual({ integrity: 'ok', foreignKeyProblems: 0, halfStored: 0 });

    const again = sokan(db, ['ingest', small]);
    expect(again.code).toBe(0);
    expect(again.out).toContain('38 stored, 2 already stored, 0 failed');
  });
});
