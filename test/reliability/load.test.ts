// A bounded load run in server mode, loopback only: the built `sokan serve`
// on a temp SQLite file; concurrent uploads (each document sent twice at
// once), analysts editing a shared set of events with version checks
// (re-read and retry on 409) and viewers reading. Fixed counts; no timing is
// asserted (figures: `npm run bench:load`, BENCHMARKS.md).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkLoad, runLoad, startLoadServer, verifyAudit, type LoadOptions, type LoadRun, type LoadServer } from '../../scripts/load-driver.mjs';
import { ROOT, tempFolder } from './helpers.js';

const OPTS: LoadOptions = { uploads: 6, analysts: 3, editsPerAnalyst: 12, sharedEvents: 4, readers: 3, readsPerReader: 16 };

describe('load in server mode', () => {
  const folder = tempFolder('sokan-load-');
  let server: LoadServer;
  let run: LoadRun;
  let problems: string[];

  beforeAll(async () => {
    server = await startLoadServer({ root: ROOT, dir: folder.dir });
    run = await runLoad(server.url, OPTS);
    problems = await checkLoad(server.url, run, OPTS);
    await server.stop();
  }, 110_000);

  afterAll(async () => {
    await server?.stop();
    folder.remove();
  });

  it('serves on loopback only, in server mode', () => {
    expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
  });

  it('answers every request without a 5xx, and accepts every edit after re-reading on conflict', () => {
    expect(run.statuses.filter((s) => s.status >= 500)).toEqual([]);
    expect(run.accepted).toHaveLength(OPTS.analysts * OPTS.editsPerAnalyst);
    expect(run.gaveUp).toBe(0);
    expect(run.ops.map((o) => o.op)).toEqual(expect.arrayContaining(['edit', 'upload', 'read-events', 'search', 'index']));
  });

  it('loses no edit, audits every accepted edit, stores each document once', () => {
    expect(problems).toEqual([]);
  });

  it('leaves an audit chain that verifies', () => {
    const v = verifyAudit(server.bin, server.db);
    expect(v.out).toMatch(/audit log OK/);
    expect(v.ok).toBe(true);
  });
});
