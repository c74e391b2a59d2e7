// Issue 7, faults: kill -9 in the middle of a large ingest, a full disk, a
// database that cannot be written. The built CLI runs as a real child process.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateDocuments } from '../../scripts/generate-corpus.mjs';
import { ENV, BIN, health, sokan, startSokan, tempFolder, withDb, writeFiles } from './helpers.js';

const COUNT = 300;
let dir: string;
let remove: () => void;
let corpus: string;
/** The first 40 documents, for the slower fault tests. */
let small: string;

beforeAll(() => {
  ({ dir, remove } = tempFolder('sokan-crash-'));
  corpus = join(dir, 'corpus');
  const docs = generateDocuments({ count: COUNT, seed: 11, language: 'ja' }) as { name: string; text: string }[];
  writeFiles(corpus, Object.fromEntries(docs.map((d) => [d.name, d.text])));
  small = join(dir, 'small');
  writeFiles(small, Object.fromEntries(docs.slice(0, 40).map((d) => [d.name, d.text])));
});
afterAll(() => remove());

const documents = (db: string): number => withDb(db, (d) => (d.prepare('select count(*) as n from documents').get() as { n: number }).n);
const sha = (file: string) => createHash('sha256').update(readFileSync(file)).digest('hex');

async function waitFor(check: () => boolean, timeoutMs: number): Promise<void> {
  const end = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > end) throw new Error('timed out');
    await new Promise((r) => setTimeout(r, 50));
  }
}

describe('kill -9 during a large ingest', () => {
  it('leaves a consistent database with no half-stored document; the same ingest again completes it', async () => {
    const db = join(dir, 'killed.db');
    const child = startSokan(db, ['ingest', corpus]);
    const exited = new Promise<NodeJS.Signals | null>((resolve) => child.on('exit', (_code, signal) => resolve(signal)));
    // Kill once some documents are committed, mid-way through the rest.
    await waitFor(() => existsSync(db) && safeCount(db) >= 25, 30_000);
    child.kill('SIGKILL');
    expect(await exited).toBe('SIGKILL');

    const before = documents(db);
    expect(before).toBeGreaterThanOrEqual(25);
    expect(before).toBeLessThan(COUNT);
    expect(health(db)).toEqual({ integrity: 'ok', foreignKeyProblems: 0, halfStored: 0 });
    // Every stored document is whole: it has its event sources, mentions and text index entry.
    const partial = withDb(db, (d) => d.prepare(`select count(*) as n from documents doc
      where not exists (select 1 from mentions m where m.document_id = doc.id)
         or not exists (select 1 from event_sources s where s.document_id = doc.id)`).get() as { n: number });
    expect(partial.n).toBe(0);

    const again = sokan(db, ['ingest', corpus]);
    expect(again.code).toBe(0);
    expect(again.out).toContain(`${COUNT - before} stored, ${before} already stored, 0 failed`);
    expect(documents(db)).toBe(COUNT);
    const distinct = withDb(db, (d) => (d.prepare('select count(distinct file_name) as n from documents').get() as { n: number }).n);
    expect(distinct).toBe(COUNT);
    expect(health(db)).toEqual({ integrity: 'ok', foreignKeyProblems: 0, halfStored: 0 });
  });
});

function safeCount(db: string): number {
  try {
    return documents(db);
  } catch {
    return 0; // not created yet, or mid-migration
  }
}

const hasBash = spawnSync('bash', ['-c', 'true']).status === 0;

describe('a full disk', () => {
  it.runIf(hasBash)('stops at the first failed transaction with one clear line per file of it; nothing half-stored; the same ingest later completes', () => {
    const db = join(dir, 'full.db');
    const first = sokan(db, ['ingest', join(corpus, 'ja-00000.txt'), join(corpus, 'ja-00001.txt')]);
    expect(first.code).toBe(0);
    // ulimit -f caps every file the child writes (the WAL included) a little above the current size;
    // SIGXFSZ is ignored, so writes fail with EFBIG as they would on a full disk.
    const limitKb = Math.floor(readFileSync(db).length / 1024) + 300;
    const r = spawnSync('bash', ['-c', `trap '' XFSZ; ulimit -f ${limitKb}; exec "$0" "$@"`, process.execPath, BIN, '--db', db, 'ingest', small], {
      encoding: 'utf8',
      env: ENV,
    });
    const errors = r.stderr.split('\n').filter((l) => l.startsWith('error:'));
    expect(r.status).toBe(1);
    // the files of the one failed transaction (a batch of up to 16), each named once; the last says the run stopped
    expect(errors.length, r.stderr).toBeGreaterThanOrEqual(1);
    expect(errors.length, r.stderr).toBeLessThanOrEqual(16);
    for (const e of errors) expect(e).toMatch(/ja-\d+\.txt: not stored: the database could not be written \(.*disk full.*\)/);
    expect(errors[errors.length - 1]).toMatch(/; ingest stopped, \d+ more files not read/);
    expect(new Set(errors.map((e) => /ja-\d+\.txt/.exec(e)![0])).size).toBe(errors.length);
    expect(r.stderr).not.toMatch(/unexpected error|at .*\.js:\d+/);
    const stored = documents(db);
    expect(health(db)).toEqual({ integrity: 'ok', foreignKeyProblems: 0, halfStored: 0 });

    const again = sokan(db, ['ingest', small]);
    expect(again.code).toBe(0);
    expect(again.out).toContain(`${40 - stored} stored, ${stored} already stored, 0 failed`);
  });
});

describe('a database that cannot be written', () => {
  it('a WAL that cannot be created (as in a read-only folder): clear error naming the database, file untouched', () => {
    const db = join(dir, 'nowal.db');
    expect(sokan(db, ['ingest', join(corpus, 'ja-00002.txt')]).code).toBe(0);
    rmSync(`${db}-wal`, { force: true });
    rmSync(`${db}-shm`, { force: true });
    const hash = sha(db);
    mkdirSync(`${db}-wal`); // a folder where SQLite must create its WAL file: works even for root
    const r = sokan(db, ['ingest', join(corpus, 'ja-00003.txt')]);
    expect(r.code).toBe(1);
    expect(r.err).toContain(`sokan: cannot open the database: cannot open database ${db}: unable to open database file`);
    expect(r.err).toMatch(/read-only/);
    expect(r.err.trim().split('\n')).toHaveLength(1);
    expect(sha(db)).toBe(hash);
    rmSync(`${db}-wal`, { recursive: true });
    expect(health(db)).toEqual({ integrity: 'ok', foreignKeyProblems: 0, halfStored: 0 });
  });

  const mountable = process.platform === 'linux' && process.getuid?.() === 0 && canMountTmpfs();

  // chmod does not stop root (as in CI); a read-only mount does. Needs CAP_SYS_ADMIN: skipped without it.
  it.runIf(mountable)('on a read-only file system: clear error, file untouched', () => {
    const mnt = join(dir, 'ro');
    mkdirSync(mnt);
    expect(spawnSync('mount', ['-t', 'tmpfs', '-o', 'size=8m', 'tmpfs', mnt]).status).toBe(0);
    try {
      const db = join(mnt, 'r.db');
      expect(sokan(db, ['ingest', join(corpus, 'ja-00004.txt')]).code).toBe(0);
      const hash = sha(db);
      expect(spawnSync('mount', ['-o', 'remount,ro', mnt]).status).toBe(0);
      const r = sokan(db, ['ingest', join(corpus, 'ja-00005.txt')]);
      expect(r.code).toBe(1);
      expect(r.err).toMatch(new RegExp(`^sokan: cannot open the database: .*${db.replaceAll('/', '\\/')}`));
      expect(sha(db)).toBe(hash);
      expect(readdirSync(mnt)).toEqual(['r.db']);
    } finally {
      spawnSync('umount', [mnt]);
    }
  });
});

function canMountTmpfs(): boolean {
  const { dir: probe, remove: done } = tempFolder('sokan-mnt-');
  try {
    if (spawnSync('mount', ['-t', 'tmpfs', '-o', 'size=1m', 'tmpfs', probe]).status !== 0) return false;
    spawnSync('umount', [probe]);
    return true;
  } finally {
    done();
  }
}
