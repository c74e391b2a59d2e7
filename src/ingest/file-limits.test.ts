import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ingestFile, MAX_FILE_BYTES } from './ingest-file.js';

const dir = mkdtempSync(join(tmpdir(), 'sokan-limits-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('ingestFile limits', () => {
  it('refuses a text file over its limit before reading it, naming the limit', async () => {
    const path = join(dir, 'big.txt');
    writeFileSync(path, '');
    truncateSync(path, MAX_FILE_BYTES.txt + 1); // sparse: nothing to read anyway
    expect(await ingestFile(path)).toEqual({
      ok: false,
      error: `${path}: the file is 17 MB, over the 16 MB limit for txt files; nothing was read; split it into smaller files and ingest those`,
    });
  });

  it('accepts HTML up to its own, higher limit', () => {
    expect(MAX_FILE_BYTES.html).toBeGreaterThan(MAX_FILE_BYTES.txt);
  });

  it.runIf(process.platform !== 'win32')('refuses a named pipe with a text extension instead of blocking on it', async () => {
    const path = join(dir, 'pipe.txt');
    expect(spawnSync('mkfifo', [path]).status).toBe(0);
    expect(await ingestFile(path)).toEqual({ ok: false, error: `${path}: not a regular file (a device, socket or pipe); nothing was read` });
  });

  it('names a file with control characters escaped', async () => {
    const path = join(dir, 'bell\x07.txt');
    writeFileSync(path, '');
    const r = await ingestFile(path);
    expect(!r.ok && r.error).toBe(`${dir}/bell\\x07.txt: the file is empty (0 bytes); there is no text to ingest`);
  });
});
