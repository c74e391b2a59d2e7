import { html } from 'hono/html';
import type { StoreCounts } from '../store/count-all.js';
import type { DocumentSummary } from '../store/list-documents.js';

/**
 * A plain server-rendered page until the web workbench exists: counts, the
 * documents, and a search form. Hono's `html` tag escapes every value, so
 * document titles (untrusted text) can never become markup.
 */
export function homePage(counts: StoreCounts, docs: readonly DocumentSummary[]) {
  return html`<!doctype html>
<html lang="ja">
<head><meta charset="utf-8"><title>Sokan 相関</title>
<style>body{font-family:system-ui,sans-serif;margin:2rem;max-width:70rem}table{border-collapse:collapse}td,th{padding:.2rem .6rem;border-bottom:1px solid #ddd;text-align:left}</style>
</head>
<body>
<h1>Sokan 相関</h1>
<p>${counts.documents} documents · ${counts.events} events · ${counts.claims} claims · ${counts.actors} actors</p>
<form action="/api/search" method="get"><input name="q" placeholder="全文検索 (e.g. 羅津港)" required> <button>Search</button></form>
<p>API: <a href="/api/documents">/api/documents</a> · <a href="/api/events?dyad=RUS,PRK">/api/events?dyad=RUS,PRK</a> · <a href="/api/export/events">/api/export/events</a></p>
<table><thead><tr><th>id</th><th>file</th><th>title</th><th>lang</th><th>date</th><th>events</th><th>claims</th></tr></thead>
<tbody>${docs.map((d) => html`<tr><td>${d.id}</td><td>${d.fileName}</td><td>${d.title ?? ''}</td><td>${d.language}</td><td>${d.publishedDate ?? ''}</td><td>${d.eventCount}</td><td>${d.claimCount}</td></tr>`)}</tbody></table>
</body></html>`;
}
