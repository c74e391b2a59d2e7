import { describe, expect, it } from 'vitest';
import { buildReport } from './build-report.js';
import { citeRuns } from './cite-runs.js';
import { renderHtml } from './render-html.js';
import { renderMarkdown } from './render-markdown.js';
import type { ReportInput, ReportOptions } from './report-input.js';
import { claim, event } from './testing/report-fixtures.js';

const EVIL = '<script>alert("x")</script> & <img src=x onerror=alert(1)> https://evil.example/track | pipe';
const input: ReportInput = {
  events: [
    event(1, '2023-03-10', 'RUS', 'PRK', 1, 4, [{ doc: 1, start: 10, end: 20, quote: EVIL }]),
    event(2, '2023-05-02', 'PRK', 'RUS', 1, 3, [{ doc: 2, start: 5, end: 15 }]),
    event(3, '2023-08-20', 'RUS', 'PRK', 4, -9, [{ doc: 2, start: 30, end: 40 }], { location: '<b>Pyongyang</b>' }),
    event(4, '2023-06-01', 'CHN', 'PRK', 1, 1, [{ doc: 3, start: 0, end: 8 }]),
  ],
  claims: [claim(1, '2023-09-01', 'containers (PRK to RUS)', 1000, null, { doc: 1, start: 50, end: 60 })],
  names: new Map([['RUS', 'Russia'], ['PRK', 'North Korea']]),
  titles: new Map([[1, '<i>title</i> http://example.org/a']]),
  levels: new Map(),
};
const options: ReportOptions = { dyad: ['RUS', 'PRK'], compare: [['CHN', 'PRK']], from: '2023', to: '2023', granularity: 'quarter' };
const report = buildReport(input, options);

describe('renderHtml', () => {
  const html = renderHtml(report);

  it('is one self-contained page: no script, no external reference outside escaped document text', () => {
    expect(html).toMatch(/^<!DOCTYPE html>\n<html lang="ja">/);
    expect(html).not.toMatch(/<(?:script|link|img|iframe|object|embed|base)\b|@import|url\(/i);
    expect(html).not.toMatch(/(?:href|src|xmlns)="(?!#)/); // links only to footnotes in the page
    // The only URLs are the untrusted ones inside footnote text, escaped, never in an attribute.
    const urls = [...html.matchAll(/https?:\/\/\S+/g)].map((m) => m[0]);
    expect(urls.length).toBeGreaterThan(0);
    for (const u of urls) expect(u.startsWith('https://evil.example/track') || u.startsWith('http://example.org/a')).toBe(true);
    expect(html).not.toMatch(/="https?:/);
  });

  it('escapes a malicious quote, title and location', () => {
    expect(html).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &lt;img src=x onerror=alert(1)&gt;');
    expect(html).toContain('&lt;i&gt;title&lt;/i&gt;');
    expect(html).toContain('&lt;b&gt;Pyongyang&lt;/b&gt;');
    expect(html).not.toContain('<b>Pyongyang');
  });

  it('draws the charts as inline SVG: index lines, asymmetry bars, claims, network', () => {
    expect(html.match(/<svg /g)).toHaveLength(5);
    expect(html).toContain('aria-label="Actors around RUS and PRK"');
    expect(html).toMatch(/<circle[^>]*><title>North Korea \(4 events\)<\/title>/);
  });

  it('links each cited number to its footnote, which gives file, title, span and quote', () => {
    expect(html).toContain('<li id="fn-1"><b>doc-A 「&lt;i&gt;title&lt;/i&gt; http://example.org/a」</b> <span class="span">[10–20)</span>');
    expect(html).toMatch(/<td class="n">1<sup class="c">\[<a href="#fn-1" title="footnote 1">1<\/a>\]<\/sup><\/td>/);
    expect(html).toContain('@media print');
  });
});

describe('renderMarkdown', () => {
  const md = renderMarkdown(report);

  it('writes the same tables with [^n] footnotes and names the charts as omitted', () => {
    expect(md).toContain('| 2023-Q1 | RUS→PRK | 1[^1] | 1 | 0 | 0 | 0 | 4 | 4 |');
    expect(md).toMatch(/_Chart “Actors around RUS and PRK” omitted in Markdown/);
    expect(md).toContain('[^1]: doc-A 「&lt;i&gt;title&lt;/i&gt; http://example.org/a」 [10–20) 「&lt;script&gt;alert("x")&lt;/script&gt; & &lt;img src=x onerror=alert(1)&gt; https://evil.example/track \\| pipe」');
    expect(md).not.toContain('<script');
    const defined = [...md.matchAll(/^\[\^(\d+)\]:/gm)].map((m) => Number(m[1]));
    expect(defined).toEqual(report.footnotes.map((f) => f.n));
  });
});

describe('citeRuns', () => {
  it('folds consecutive numbers into runs', () => {
    expect(citeRuns([5, 1, 2, 3, 3, 9, 10])).toEqual([[1, 3], [5, 5], [9, 10]]);
    expect(citeRuns([])).toEqual([]);
  });
});
