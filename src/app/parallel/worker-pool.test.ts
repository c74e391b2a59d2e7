import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { WorkerPool, workerExecArgv } from './worker-pool.js';

// A plain JS worker speaking the pool's protocol ({ id, input } in, one job at a time in
// the order received, { id, ok, value | message } out): doubles numbers (taking n % 3 ms),
// throws on -1 (a reported error), crashes the thread on -2 and exits on -3.
const dir = mkdtempSync(join(tmpdir(), 'sokan-pool-'));
const workerFile = join(dir, 'double.mjs');
writeFileSync(
  workerFile,
  `import { parentPort } from 'node:worker_threads';
const pending = [];
let running = false;
parentPort.on('message', (job) => { pending.push(job); if (!running) next(); });
function next() {
  const job = pending.shift();
  running = job !== undefined;
  if (!running) return;
  const { id, input: n } = job;
  if (n === -2) setTimeout(() => { throw new Error('thread blew up'); });
  else if (n === -3) process.exit(7);
  else if (n === -1) { parentPort.postMessage({ id, ok: false, message: 'negative' }); next(); }
  else setTimeout(() => { parentPort.postMessage({ id, ok: true, value: n * 2 }); next(); }, n % 3);
}
parentPort.postMessage({ ready: true });
`,
);
const brokenFile = join(dir, 'broken.mjs');
writeFileSync(brokenFile, `throw new Error('cannot load tables');\n`);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('WorkerPool', () => {
  it('runs every job, more jobs than workers', async () => {
    const pool = new WorkerPool<number, number>(pathToFileURL(workerFile), 2);
    try {
      const out = await Promise.all(Array.from({ length: 25 }, (_, i) => pool.run(i)));
      expect(out).toEqual(Array.from({ length: 25 }, (_, i) => i * 2));
    } finally {
      await pool.close();
    }
  });

  it.each([1, 3])('a reported error or a crashed worker fails only that job; the pool replaces the worker (%i jobs ahead per worker)', async (depth) => {
    // with several jobs posted ahead, those queued behind the crashed one go back to the pool and still run
    const pool = new WorkerPool<number, number>(pathToFileURL(workerFile), 2, depth);
    try {
      const jobs = [1, -1, 2, -2, 3, -3, 4, 5, 6].map((n) => pool.run(n).then((v) => `ok ${v}`, (e: Error) => `err ${e.message}`));
      const out = await Promise.all(jobs);
      expect(out).toEqual([
        'ok 2',
        'err negative',
        'ok 4',
        expect.stringMatching(/crashed \(thread blew up\)/),
        'ok 6',
        expect.stringMatching(/crashed \(the worker exited with code 7\)/),
        'ok 8',
        'ok 10',
        'ok 12',
      ]);
      expect(await pool.run(21)).toBe(42); // still two live workers
    } finally {
      await pool.close();
    }
  });

  it('posts up to `depth` jobs ahead to each worker and answers each by its id, in any order of completion', async () => {
    const pool = new WorkerPool<number, number>(pathToFileURL(workerFile), 1, 4);
    try {
      const out = await Promise.all([5, 3, 4, 2, 8, 7].map((n) => pool.run(n)));
      expect(out).toEqual([10, 6, 8, 4, 16, 14]);
    } finally {
      await pool.close();
    }
  });

  it('a module that cannot start breaks the pool once, with the reason, and does not respawn', async () => {
    const pool = new WorkerPool<number, number>(pathToFileURL(brokenFile), 2);
    const job = pool.run(1);
    await expect(pool.ready()).rejects.toThrow(/worker threads cannot start \(cannot load tables\)/);
    await expect(job).rejects.toThrow(/cannot start/);
    await expect(pool.run(2)).rejects.toThrow(/cannot start/);
    await pool.close();
  });

  it('workers get the node options minus --input-type and an --eval script', () => {
    expect(workerExecArgv(['--max-old-space-size=300', '--input-type=module', '-e', 'x()', '--cpu-prof'])).toEqual([
      '--max-old-space-size=300',
      '--cpu-prof',
    ]);
    expect(workerExecArgv(['--input-type', 'module', '--eval', 'x()'])).toEqual([]);
  });

  it('rejects jobs after close', async () => {
    const pool = new WorkerPool<number, number>(pathToFileURL(workerFile), 1);
    await pool.close();
    await expect(pool.run(1)).rejects.toThrow(/closed/);
  });
});
