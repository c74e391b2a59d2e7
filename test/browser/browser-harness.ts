// Shared set-up of the browser tests: a real `sokan serve` on port 0 over a
// fresh database (it ingests samples/), and Debian's Chromium driven by
// playwright-core (which gives it a fresh temporary profile). Never downloads a browser.
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';

export const ROOT = join(import.meta.dirname, '..', '..');
export const CHROMIUM = process.env['SOKAN_CHROMIUM'] ?? '/usr/bin/chromium';
export const HAVE_CHROMIUM = existsSync(CHROMIUM);
/** Set SOKAN_SCREENSHOTS=docs/screenshots to refresh the documentation's pictures. */
const SHOTS = process.env['SOKAN_SCREENSHOTS'];

export interface Harness {
  readonly url: string;
  readonly browser: Browser;
  readonly dir: string;
  readonly errors: string[];
  newPage(): Promise<Page>;
  shot(page: Page, name: string): Promise<void>;
  close(): Promise<void>;
}

function startServer(dir: string): Promise<{ url: string; child: ChildProcess }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [join(ROOT, 'bin', 'sokan.js'), '--db', join(dir, 'b.db'), 'serve', '--port', '0'], { env: { ...process.env, CI: '1' } });
    let out = '';
    const timer = setTimeout(() => reject(new Error(`server did not start: ${out}`)), 60_000);
    child.stdout!.on('data', (b: Buffer) => {
      out += b.toString();
      const m = /at (http:\/\/127\.0\.0\.1:\d+\/)/.exec(out);
      if (m) {
        clearTimeout(timer);
        resolve({ url: m[1]!, child });
      }
    });
    child.stderr!.on('data', (b: Buffer) => (out += b.toString()));
    child.on('exit', (code) => reject(new Error(`server exited ${code}: ${out}`)));
  });
}

export async function startHarness(): Promise<Harness> {
  if (!existsSync(join(ROOT, 'dist', 'web', 'index.html'))) throw new Error('dist/web is missing: run `npm run build` first');
  const dir = mkdtempSync(join(tmpdir(), 'sokan-browser-'));
  const { url, child } = await startServer(dir);
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'],
  }).catch((e: unknown) => {
    child.kill('SIGTERM');
    throw e;
  });
  const errors: string[] = [];
  if (SHOTS) mkdirSync(join(ROOT, SHOTS), { recursive: true });
  return {
    url,
    browser,
    dir,
    errors,
    async newPage() {
      const page = await browser.newPage({ viewport: { width: 1440, height: 900 }, locale: 'ja-JP', timezoneId: 'Asia/Tokyo' });
      page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
      page.on('pageerror', (e) => errors.push(e.message));
      return page;
    },
    async shot(page, name) {
      await page.screenshot({ path: join(SHOTS ? join(ROOT, SHOTS) : dir, `${name}.png`), fullPage: false });
    },
    async close() {
      await browser.close();
      child.kill('SIGTERM');
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
