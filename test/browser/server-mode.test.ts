// Server mode in Debian's Chromium: a real `sokan serve` over a database with
// accounts (so it requires login). A viewer logs in, sees events, has no
// edit controls, and an edit forced from the page is refused (403); an
// analyst logs in and edits; the audit entry names the analyst.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHROMIUM, HAVE_CHROMIUM, ROOT } from './browser-harness.js';

if (!HAVE_CHROMIUM && process.env['SOKAN_REQUIRE_BROWSER']) throw new Error(`SOKAN_REQUIRE_BROWSER is set but there is no Chromium at ${CHROMIUM}`);

const PASSWORD = 'browser test password';
const SOKAN = join(ROOT, 'bin', 'sokan.js');

function addUser(db: string, name: string, role: string): void {
  const r = spawnSync(process.execPath, [SOKAN, '--db', db, 'user', 'add', name, '--role', role, '--password-stdin'], { input: `${PASSWORD}\n`, encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`user add ${name}: ${r.stderr}`);
}

function serve(db: string): Promise<{ url: string; child: ChildProcess }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [SOKAN, '--db', db, 'serve', '--port', '0'], { env: { ...process.env, CI: '1' } });
    let out = '';
    const timer = setTimeout(() => reject(new Error(`server did not start: ${out}`)), 60_000);
    child.stdout!.on('data', (b: Buffer) => {
      out += b.toString();
      const m = /at (http:\/\/127\.0\.0\.1:\d+\/) \(server mode/.exec(out);
      if (m) {
        clearTimeout(timer);
        resolve({ url: m[1]!, child });
      }
    });
    child.stderr!.on('data', (b: Buffer) => (out += b.toString()));
    child.on('exit', (code) => reject(new Error(`server exited ${code}: ${out}`)));
  });
}

describe.skipIf(!HAVE_CHROMIUM)('server mode in Chromium', () => {
  let dir: string;
  let url: string;
  let child: ChildProcess | undefined;
  let browser: Browser;
  const errors: string[] = [];

  beforeAll(async () => {
    if (!existsSync(join(ROOT, 'dist', 'web', 'index.html'))) throw new Error('dist/web is missing: run `npm run build` first');
    dir = mkdtempSync(join(tmpdir(), 'sokan-browser-auth-'));
    const db = join(dir, 'b.db');
    addUser(db, 'viewer1', 'viewer');
    addUser(db, 'analyst1', 'analyst');
    ({ url, child } = await serve(db));
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'],
    });
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    child?.kill('SIGTERM');
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  async function logIn(name: string): Promise<Page> {
    const page = await (await browser.newContext({ viewport: { width: 1440, height: 900 }, locale: 'ja-JP', timezoneId: 'Asia/Tokyo' })).newPage();
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(`${url}events`);
    await page.getByTestId('login').waitFor();
    await page.getByTestId('login-name').fill(name);
    await page.getByTestId('login-password').fill(PASSWORD);
    await page.getByTestId('login').getByRole('button', { name: 'ログイン' }).click();
    await page.getByTestId('session-user').waitFor();
    return page;
  }

  it('shows the login screen and refuses a wrong password', async () => {
    const page = await (await browser.newContext({ locale: 'ja-JP' })).newPage();
    await page.goto(url);
    await page.getByTestId('login').waitFor();
    expect(await page.locator('nav a').count()).toBe(0);
    await page.getByTestId('login-name').fill('viewer1');
    await page.getByTestId('login-password').fill('not the password');
    await page.getByTestId('login').getByRole('button', { name: 'ログイン' }).click();
    await page.getByTestId('login').getByRole('alert').waitFor();
    expect(await page.getByTestId('login').getByRole('alert').innerText()).toMatch(/違います/);
  });

  it('lets a viewer read events but not edit them; a forced edit is refused with 403', async () => {
    const page = await logIn('viewer1');
    expect(await page.getByTestId('session-user').innerText()).toMatch(/viewer1[\s\S]*閲覧者/);
    await page.getByTestId('events-table').waitFor();
    expect(Number(/\d+/.exec(await page.getByTestId('event-count').innerText())![0])).toBeGreaterThan(0);
    await page.locator('.vtable-row').first().click();
    await page.getByTestId('event-panel').getByTestId('event-dyad').waitFor();
    expect(await page.getByTestId('event-actions').count()).toBe(0);
    expect(await page.getByRole('button', { name: '確認' }).count()).toBe(0);
    await page.goto(`${url}documents`);
    await page.getByTestId('documents').waitFor();
    expect(await page.getByTestId('upload-files').count()).toBe(0);
    const status = await page.evaluate(async () => {
      const [e] = (await (await fetch('/api/events?limit=1')).json()) as { id: number; version: number }[];
      const res = await fetch(`/api/events/${e!.id}/confirm`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ version: e!.version }) });
      return res.status;
    });
    expect(status).toBe(403);
    await page.getByTestId('logout').click();
    await page.getByTestId('login').waitFor();
  });

  it('lets an analyst confirm an event; the audit entry names the analyst', async () => {
    const page = await logIn('analyst1');
    expect(await page.getByTestId('session-user').innerText()).toMatch(/analyst1/);
    await page.getByTestId('events-table').waitFor();
    await page.locator('.vtable-row').first().click();
    const panel = page.getByTestId('event-panel');
    await panel.getByTestId('event-actions').waitFor();
    await panel.getByRole('button', { name: '確認' }).click();
    await panel.getByTestId('audit').waitFor();
    expect(await panel.getByTestId('audit').innerText()).toMatch(/analyst1/);
    const audit = await page.evaluate(async () => (await (await fetch('/api/audit?limit=1')).json()) as { user: string; action: string }[]);
    expect(audit[0]).toMatchObject({ user: 'analyst1', action: 'confirm' });
    expect(errors).toEqual([]);
  });
});
