// The web workbench in Debian's Chromium against a real server and database:
// upload, review with audit, Japanese search, every screen reachable.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { CHROMIUM, HAVE_CHROMIUM, startHarness, type Harness } from './browser-harness.js';

if (!HAVE_CHROMIUM && process.env['SOKAN_REQUIRE_BROWSER']) throw new Error(`SOKAN_REQUIRE_BROWSER is set but there is no Chromium at ${CHROMIUM}`);
if (!HAVE_CHROMIUM) console.warn(`browser tests skipped: no Chromium at ${CHROMIUM} (apt-get install -y chromium, or set SOKAN_CHROMIUM)`);

describe.skipIf(!HAVE_CHROMIUM)('web workbench in Chromium', () => {
  let h: Harness;
  let page: Page;

  beforeAll(async () => {
    h = await startHarness();
    page = await h.newPage();
  }, 90_000);

  afterAll(async () => {
    await h?.close();
  });

  it('shows the counts, latest documents and navigation on the home screen, in Japanese', async () => {
    await page.goto(h.url);
    await page.getByTestId('counts').waitFor();
    expect(await page.getByTestId('counts').locator('li').first().innerText()).toMatch(/13\s*文書/);
    expect(await page.locator('nav a').count()).toBe(11);
  });

  it('uploads a file and shows its events in the reader', async () => {
    const file = join(h.dir, 'wang-yi-lavrov.txt');
    writeFileSync(file, '中露外相会談\n2024年3月10日\n\n中国の王毅外相は2024年3月8日、北京を訪れたロシアのラブロフ外相と会談した。両外相は両国の協力を一層深めることで一致した。\n');
    await page.getByRole('link', { name: '文書' }).first().click();
    await page.getByTestId('documents').waitFor();
    await page.getByTestId('upload-files').setInputFiles(file);
    const row = page.getByTestId('upload-status').locator('li.outcome-stored');
    await row.waitFor();
    expect(await row.innerText()).toMatch(/wang-yi-lavrov\.txt — 保存 #\d+: [1-9]\d* イベント/);
    await expect.poll(() => page.getByTestId('documents').locator('tbody tr').count(), { timeout: 10_000 }).toBe(14);
    await h.shot(page, 'documents');
    await row.getByRole('link').click();
    await page.getByTestId('reader-text').waitFor();
    expect(await page.getByTestId('reader-text').locator('.hl-event').count()).toBeGreaterThan(0);
    await page.getByTestId('reader-text').locator('.hl-event').first().click();
    await page.getByTestId('event-panel').getByTestId('event-dyad').waitFor();
    expect(await page.getByTestId('event-dyad').innerText()).toMatch(/CHN|RUS/);
  });

  it('adds an event by hand from a text selection and audits it', async () => {
    await page.evaluate(() => {
      const text = document.querySelector('[data-testid=reader-text]')!;
      const plain = [...text.querySelectorAll<HTMLElement>('span[data-start]')].find((s) => s.textContent!.includes('一致した'))!;
      const node = plain.firstChild!;
      const at = node.textContent!.indexOf('両外相');
      const range = document.createRange();
      range.setStart(node, at);
      range.setEnd(node, node.textContent!.indexOf('一致した') + 4);
      getSelection()!.removeAllRanges();
      getSelection()!.addRange(range);
      text.dispatchEvent(new MouseEvent('mouseup', { bubbles: true }));
    });
    const form = page.getByTestId('add-event');
    expect(await form.locator('blockquote').innerText()).toMatch(/^両外相.*一致した$/);
    await form.getByLabel('CAMEO').fill('057');
    await form.getByLabel('主体').fill('CHN');
    await form.getByLabel('対象').fill('RUS');
    await form.getByRole('button', { name: '保存' }).click();
    await page.getByTestId('event-panel').getByTestId('audit').waitFor();
    expect(await page.getByTestId('event-panel').getByTestId('audit').innerText()).toMatch(/手動追加/);
    expect(await page.getByTestId('event-cameo').innerText()).toMatch(/^057/);
    const id = /#(\d+)/.exec(await page.getByTestId('event-panel').locator('h3').innerText())![1];
    await expect.poll(() => page.getByTestId('reader-text').locator(`[title*="event #${id}"]`).count(), { timeout: 10_000 }).toBeGreaterThan(0);
  });

  it('links footnote markers to their notes in the reader', async () => {
    await page.goto(`${h.url}documents`);
    await page.getByRole('link', { name: /ボストーチヌイ|Vostochny|首脳会談/ }).first().click();
    await page.getByTestId('reader-text').waitFor();
    const marker = page.locator('a.hl-marker').first();
    expect(await marker.getAttribute('href')).toBe('#note-0');
    expect(await page.locator('#note-0').count()).toBe(1);
    await page.getByTestId('reader-text').locator('.hl-event').first().click();
    await page.getByTestId('event-panel').getByTestId('event-dyad').waitFor();
    await h.shot(page, 'reader');
  });

  it('filters the events table, corrects an event and shows the audit entry', async () => {
    await page.goto(`${h.url}events`);
    await page.getByTestId('events-table').waitFor();
    const all = Number(/\d+/.exec(await page.getByTestId('event-count').innerText())![0]);
    expect(all).toBeGreaterThan(13);
    await page.locator('input[name=dyad]').fill('RUS,PRK');
    const some = Number(/\d+/.exec(await page.getByTestId('event-count').innerText())![0]);
    expect(some).toBeGreaterThan(0);
    expect(some).toBeLessThan(all);
    await page.locator('.vtable-row').first().click();
    await page.getByTestId('event-panel').getByTestId('event-dyad').waitFor();
    await page.getByRole('button', { name: '修正' }).click();
    await page.getByTestId('correct-form').locator('input[name=location]').fill('ウラジオストク');
    await page.getByTestId('correct-form').getByRole('button', { name: '保存' }).click();
    const audit = page.getByTestId('event-panel').getByTestId('audit');
    await audit.waitFor();
    expect(await audit.innerText()).toMatch(/修正[\s\S]*local[\s\S]*location[\s\S]*ウラジオストク/);
    expect(await page.getByTestId('event-panel').locator('.badge').innerText()).toBe('修正済');
    await h.shot(page, 'events');
  });

  it('merges a duplicate picked from the events of the same day and dyad', async () => {
    await page.goto(`${h.url}events`);
    await page.locator('input[name=dyad]').fill('RUS,PRK');
    await page.locator('input[name=from]').fill('2023-09-13');
    await page.locator('input[name=to]').fill('2023-09-13');
    const count = async () => Number(/\d+/.exec(await page.getByTestId('event-count').innerText())![0]);
    const before = await count();
    expect(before).toBeGreaterThan(1);
    await page.locator('.vtable-row', { hasText: '2023年9月13日' }).first().click();
    await page.getByRole('button', { name: '重複を統合' }).click();
    await page.getByTestId('merge-candidates').locator('button').first().click();
    await page.getByTestId('event-panel').getByRole('button', { name: '重複を統合' }).click();
    await expect.poll(async () => (await page.getByTestId('event-panel').getByTestId('audit').count()) > 0 && page.getByTestId('event-panel').getByTestId('audit').innerText(), { timeout: 10_000 }).toMatch(/統合/);
    await expect.poll(count, { timeout: 10_000 }).toBe(before - 1);
  });

  it('searches Japanese text and highlights the match', async () => {
    await page.goto(`${h.url}search`);
    await page.getByRole('searchbox').fill('羅津');
    await page.getByRole('button', { name: '検索' }).click();
    await page.getByTestId('search-results').waitFor();
    const marks = await page.getByTestId('search-results').locator('mark').allInnerTexts();
    expect(marks.length).toBeGreaterThan(0);
    expect(marks.every((m) => m === '羅津')).toBe(true);
    await h.shot(page, 'search');
  });

  it('lists the latest edit on the home screen and switches to English, remembering it', async () => {
    await page.goto(h.url);
    expect(await page.getByTestId('audit').innerText()).toMatch(/修正/);
    await h.shot(page, 'home');
    await page.getByRole('button', { name: 'English' }).click();
    await page.locator('nav').getByRole('link', { name: 'Events' }).waitFor();
    await page.reload();
    await page.locator('nav').getByRole('link', { name: 'Events' }).waitFor();
    expect(await page.locator('html').getAttribute('lang')).toBe('en');
    await page.getByRole('button', { name: '日本語' }).click();
  });

  it('reaches every analysis screen without console or CSP errors', async () => {
    const main: Record<string, string> = { timeline: 'timeline-chart', index: 'index-chart', network: 'network-chart', map: 'map-chart', claims: 'claims', narratives: 'narratives', hypotheses: 'hypotheses' };
    for (const [path, testId] of Object.entries(main)) {
      await page.goto(`${h.url}${path}`);
      await page.getByTestId(testId).waitFor();
    }
    expect(h.errors).toEqual([]);
  });
});
