import { describe, expect, it } from 'vitest';
import { htmlToText } from './html-to-text.js';

const PAGE = `<!doctype html><html><head>
<title>日露関係の行方 | 東亜ウォッチ</title>
<meta name="author" content="山田 一郎">
<meta property="og:site_name" content="東亜ウォッチ">
<meta property="article:published_time" content="2024-07-12T09:00:00+09:00">
<style>p { color: red }</style>
<script>var x = "<p>not text</p>";</script>
</head><body>
<noscript>JavaScript を有効にしてください</noscript>
<template><p>テンプレート</p></template>
<h1>日露関係の行方</h1>
<p>両国は   9月に
会談した。<br>合意は&quot;限定的&quot;だった &amp; 課題も残る。</p>
<ul><li>第一点</li><li>第二点</li></ul>
<table><tr><td>A</td><td>B</td></tr></table>
</body></html>`;

describe('htmlToText', () => {
  it('keeps text only and turns blocks into paragraph breaks', () => {
    const r = htmlToText(PAGE);
    expect(r.text).toBe(
      '日露関係の行方\n\n両国は 9月に 会談した。\n合意は"限定的"だった & 課題も残る。\n\n第一点\n\n第二点\n\nA\n\nB',
    );
  });

  it('reads title, author, publisher and date from meta tags', () => {
    const r = htmlToText(PAGE);
    expect(r.title).toBe('日露関係の行方 | 東亜ウォッチ');
    expect(r.author).toBe('山田 一郎');
    expect(r.publisher).toBe('東亜ウォッチ');
    expect(r.publishedDate).toBe('2024-07-12');
  });

  it('falls back to the first h1 for the title, and null when absent', () => {
    expect(htmlToText('<h1>Summit <b>ends</b></h1><h1>Other</h1>').title).toBe('Summit ends');
    const r = htmlToText('<p>plain</p>');
    expect([r.title, r.author, r.publisher, r.publishedDate]).toEqual([null, null, null, null]);
  });

  it('reads a plain date meta', () => {
    expect(htmlToText('<meta name="date" content="2023/11/13"><p>x</p>').publishedDate).toBe('2023-11-13');
  });

  it('handles 100k nested elements without overflowing the stack', () => {
    const depth = 100_000;
    const html = `${'<div><span>'.repeat(depth)}奥深い${'</span></div>'.repeat(depth)}`;
    expect(htmlToText(html).text).toBe('奥深い');
  });
});
