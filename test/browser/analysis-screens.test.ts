// The analysis screens in Debian's Chromium against a real server: every chart draws as many marks as the API
// answer holds (computed here from the API, never hard-coded), a mark opens the events behind it, and exports exist.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import type { ClaimGroup, IndexReport, Network, NarrativeComparison, Place, StoredEvent, Timeline } from '../../web/src/api/types.js';
import { datedClaims } from '../../web/src/screens/claims/claims-chart.js';
import { asymmetrySeries, comparisonSeries, directionSeries } from '../../web/src/screens/index/index-data.js';
import { mapMarks, placeIndex } from '../../web/src/screens/map/map-data.js';
import { HAVE_CHROMIUM, startHarness, type Harness } from './browser-harness.js';

const marks = (series: readonly { values: readonly unknown[] }[]) => series.reduce((n, s) => n + s.values.length, 0);

describe.skipIf(!HAVE_CHROMIUM)('analysis screens in Chromium', () => {
  let h: Harness;
  let page: Page;
  const get = async <T>(path: string): Promise<T> => {
    const res = await fetch(`${h.url}${path}`);
    expect(res.status, path).toBe(200);
    return (await res.json()) as T;
  };

  beforeAll(async () => {
    h = await startHarness();
    page = await h.newPage();
  }, 90_000);

  afterAll(async () => {
    await h?.close();
  });

  it('draws one timeline mark per event of the timeline API, and a mark opens its event', async () => {
    const tl = await get<Timeline>('api/analyses/timeline?limit=10000');
    expect(tl.items.length).toBe(tl.total);
    await page.goto(`${h.url}timeline`);
    await page.getByTestId('timeline-chart').waitFor();
    expect(await page.getByTestId('timeline-mark').count()).toBe(tl.total);
    expect(await page.getByTestId('timeline-count').innerText()).toContain(String(tl.total));
    const first = page.getByTestId('timeline-mark').first();
    const id = Number(await first.getAttribute('data-event'));
    await first.click();
    await page.getByTestId('evidence').getByTestId('event-dyad').waitFor();
    expect(await page.getByTestId('event-panel').locator('h3').innerText()).toContain(`#${id}`);
    await h.shot(page, 'timeline');
    // A dyad narrows the timeline to that pair, and offers its report.
    await page.locator('input[name=dyad]').fill('RUS,PRK');
    await page.getByTestId('view-filter').getByRole('button').click();
    const dyad = await get<Timeline>('api/analyses/timeline?limit=10000&dyad=RUS,PRK');
    await expect.poll(() => page.getByTestId('timeline-mark').count()).toBe(dyad.total);
    expect(await page.getByTestId('exports').getByRole('link', { name: /報告書/ }).getAttribute('href')).toBe('/api/report?dyad=RUS%2CPRK');
  });

  it('draws the relationship index, asymmetry and comparison marks the index API gives', async () => {
    const r = await get<IndexReport>('api/analyses/index?dyad=RUS,PRK&from=2023&by=quarter&compare=CHN,PRK;CHN,RUS');
    await page.goto(`${h.url}index`);
    await page.getByTestId('index-chart').waitFor();
    const bars = marks(directionSeries(r));
    expect(bars).toBeGreaterThan(0);
    expect(await page.getByTestId('index-bar').count()).toBe(bars);
    expect(await page.getByTestId('asymmetry-bar').count()).toBe(marks(asymmetrySeries(r)));
    expect(await page.getByTestId('compare-point').count()).toBe(marks(comparisonSeries(r)));
    // A bar lists the events behind it; one of them opens its record.
    const firstBar = directionSeries(r).flatMap((s) => s.values)[0]!;
    await page.getByTestId('index-bar').first().click();
    await page.getByTestId('evidence').waitFor();
    const listed = firstBar.eventIds.length;
    if (listed > 1) {
      await expect.poll(() => page.getByTestId('evidence-event').count()).toBe(listed);
      await page.getByTestId('evidence-event').first().click();
    }
    await page.getByTestId('event-panel').getByTestId('event-dyad').waitFor();
    expect(await page.getByTestId('event-dyad').innerText()).toMatch(/RUS|PRK/);
    await h.shot(page, 'index');
  });

  it('draws every node and edge of the network API, interactive, with GraphML export', async () => {
    const net = await get<Network>('api/analyses/network');
    await page.goto(`${h.url}network`);
    await page.getByTestId('network-chart').waitFor();
    expect(await page.getByTestId('network-node').count()).toBe(net.nodes.length);
    expect(await page.getByTestId('network-edge').count()).toBe(net.edges.length);
    const busiest = [...net.edges].sort((a, b) => b.count - a.count)[0]!;
    await page.getByTestId('network-edge').filter({ has: page.locator(`title`, { hasText: `${busiest.source} → ${busiest.target}` }) }).first().dispatchEvent('click');
    await page.getByTestId('evidence').waitFor();
    await expect.poll(() => page.getByTestId('evidence-event').count()).toBe(busiest.eventIds.length);
    // Clicking a node selects the events of its edges and fades the others.
    await page.locator('[data-testid=network-node][data-code=PRK]').click();
    await expect.poll(() => page.getByTestId('evidence').locator('h3').innerText()).toMatch(/^PRK/);
    expect(await page.locator('.network .edge.faded').count()).toBe(net.edges.filter((e) => e.source !== 'PRK' && e.target !== 'PRK').length);
    const graphml = await page.getByTestId('exports').getByRole('link', { name: 'GraphML' }).getAttribute('href');
    const res = await fetch(`${h.url}${graphml!.slice(1)}`);
    expect(res.headers.get('content-type')).toMatch(/graphml/);
    expect(await res.text()).toContain('<graphml');
    await h.shot(page, 'network');
  });

  it('puts each known place on the offline map and draws a route for an event naming several places', async () => {
    // Give one event a shipment path, as the extractor writes it for a text naming several places.
    const [target] = await get<StoredEvent[]>('api/events?dyad=PRK,RUS&limit=1');
    const res = await fetch(`${h.url}api/events/${target!.id}`, {
      method: 'PATCH',
      headers: { 'Content-Type': 'application/json', 'X-Sokan-User': 'test' },
      body: JSON.stringify({ version: target!.version, changes: { location: 'Rajin port, Dunai port, Tikhoretsk' } }),
    });
    expect(res.status).toBe(200);
    const [events, places] = await Promise.all([get<StoredEvent[]>('api/events?limit=10000'), get<Place[]>('api/places')]);
    const expected = mapMarks(events, placeIndex(places));
    expect(expected.routes.map((r) => r.places.map((p) => p.en))).toContainEqual(['Rajin port', 'Dunai', 'Tikhoretsk']);
    await page.goto(`${h.url}map`);
    await page.getByTestId('map-chart').waitFor();
    expect(await page.getByTestId('map-point').count()).toBe(expected.points.length);
    expect(await page.getByTestId('map-route').count()).toBe(expected.routes.length);
    expect(await page.getByTestId('map-chart').locator('.land path').count()).toBeGreaterThan(100);
    await page.getByTestId('map-route').first().click({ position: undefined, force: true });
    await page.getByTestId('event-panel').getByTestId('event-dyad').waitFor();
    expect(await page.getByTestId('event-panel').innerText()).toContain('Rajin port, Dunai port, Tikhoretsk');
    const busiest = [...expected.points].sort((a, b) => b.eventIds.length - a.eventIds.length)[0]!;
    await page.locator(`[data-testid=map-point][data-place="${busiest.place.en}"]`).click();
    await expect.poll(() => page.getByTestId('evidence-event').count()).toBe(busiest.eventIds.length);
    await h.shot(page, 'map');
  });

  it('shows the three main dyads on the home screen', async () => {
    const r = await get<IndexReport>('api/analyses/index?dyad=RUS,PRK&compare=CHN,PRK;CHN,RUS&by=year&from=2015');
    await page.goto(h.url);
    await page.getByTestId('home-index').locator('svg').first().waitFor();
    expect(await page.getByTestId('home-index-point').count()).toBe(marks(comparisonSeries(r)));
  });

  it('tracks claims, compares narratives and keeps an ACH matrix', async () => {
    const groups = await get<ClaimGroup[]>('api/analyses/claims');
    await page.goto(`${h.url}claims`);
    await page.getByTestId('claims').waitFor();
    expect(await page.getByTestId('claim-group').count()).toBe(groups.length);
    expect(await page.getByTestId('claim-mark').count()).toBe(groups.reduce((n, g) => n + datedClaims(g).length, 0));
    await h.shot(page, 'claims');
    // A claim's mark opens the document that states it.
    const first = groups.find((g) => datedClaims(g).length > 0)!;
    await page.getByTestId('claim-mark').first().click();
    await page.getByTestId('reader-text').waitFor();
    expect(page.url()).toBe(`${h.url}documents/${datedClaims(first)[0]!.documentId}`);

    await page.goto(`${h.url}narratives`);
    await page.getByTestId('narratives').locator('select[name=a]').waitFor();
    const a = await page.locator('select[name=a]').inputValue();
    const b = await page.locator('select[name=b]').inputValue();
    const cmp = await get<NarrativeComparison>(`api/analyses/narratives?a=${a}&b=${b}`);
    await page.getByTestId('narratives').getByRole('button').click();
    await page.getByTestId('narratives-table').waitFor();
    expect(await page.getByTestId('narratives-table').locator('tbody tr').count()).toBe(cmp.rows.length);
    await h.shot(page, 'narratives');

    await page.goto(`${h.url}hypotheses`);
    await page.getByTestId('hypotheses').locator('input[name=title]').fill('金正恩訪露の目的');
    await page.getByTestId('hypotheses').getByRole('button', { name: '新しい分析' }).click();
    const matrix = page.getByTestId('ach-matrix');
    await matrix.waitFor();
    for (const text of ['軍事技術と引き換えの武器供与', '経済・食料支援']) {
      await matrix.locator('input[name=hypothesis]').fill(text);
      await matrix.locator('input[name=hypothesis]').press('Enter');
      await expect.poll(() => matrix.getByTestId('ach-rank').count()).toBeGreaterThan(text === '経済・食料支援' ? 1 : 0);
    }
    await matrix.locator('input[name=evidence]').fill('ボストーチヌイ宇宙基地で首脳会談');
    await matrix.locator('input[name=evidence]').press('Enter');
    await matrix.locator('tbody tr').first().waitFor();
    await matrix.locator('tbody select').first().selectOption('CC');
    await matrix.locator('tbody select').nth(1).selectOption('II');
    await expect.poll(() => matrix.getByTestId('ach-rank').allInnerTexts()).toEqual(['1', '2']);
    await h.shot(page, 'hypotheses');
    expect(h.errors).toEqual([]);
  });
});
