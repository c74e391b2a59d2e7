// The main job (`npm start` = `sokan serve`): on an empty database it ingests the
// sample corpus, then serves the page and the API on loopback.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '..');
const dir = mkdtempSync(join(tmpdir(), 'sokan-serve-'));
let child: ChildProcess | undefined;

afterAll(() => {
  child?.kill('SIGTERM');
  rmSync(dir, { recursive: true, force: true });
});

function startServer(): Promise<string> {
  return new Promise((resolve, reject) => {
    child = spawn(process.execPath, [join(ROOT, 'bin', 'sokan.js'), '--db', join(dir, 's.db'), 'serve', '--port', '0'], {
      env: { ...process.env, CI: '1' },
    });
    let out = '';
    const timer = setTimeout(() => reject(new Error(`server did not start: ${out}`)), 60_000);
    child.stdout!.on('data', (b: Buffer) => {
      out += b.toString();
      const m = /at (http:\/\/127\.0\.0\.1:\d+\/)/.exec(out);
      if (m) {
        clearTimeout(timer);
        resolve(m[1]!);
      }
    });
    child.stderr!.on('data', (b: Buffer) => (out += b.toString()));
    child.on('exit', (code) => reject(new Error(`server exited ${code}: ${out}`)));
  });
}

describe('sokan serve', () => {
  it('fills an empty database with the sample corpus and serves it on 127.0.0.1', async () => {
    const url = await startServer();
    const samples = readdirSync(join(ROOT, 'samples')).filter((f) => f !== 'README.md');
    const stats = (await (await fetch(`${url}api/stats`)).json()) as { documents: number; events: number };
    expect(stats.documents).toBe(samples.length);
    expect(stats.events).toBeGreaterThan(samples.length);
    const page = await (await fetch(url)).text();
    expect(page).toContain('Sokan');
    const spec = (await (await fetch(`${url}api/openapi.json`)).json()) as { openapi: string };
    expect(spec.openapi).toMatch(/^3\./);
  });
});
