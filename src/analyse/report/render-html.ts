/**
 * The report as one self-contained HTML page: inline CSS and inline SVG, no
 * script, no external URL (fonts, images, links). Every text from the data is
 * escaped: document text is untrusted. Print-friendly. Pure.
 */
import { citeRuns } from './cite-runs.js';
import { escapeHtml as esc } from './escape-html.js';
import type { Cell, Footnote, Report, Section, Table } from './report-model.js';
import { chartSvg } from './svg-charts.js';

const CSS = `
body{font-family:"Hiragino Sans","Yu Gothic","Meiryo","Noto Sans CJK JP",sans-serif;margin:2em auto;max-width:1100px;padding:0 1em;color:#222;line-height:1.5}
h1{font-size:1.5em;border-bottom:2px solid #333}h2{font-size:1.2em;margin-top:2em;border-bottom:1px solid #999}
table{border-collapse:collapse;margin:.5em 0 1.2em;font-size:.85em}caption{text-align:left;font-weight:bold;padding:.3em 0}
th,td{border:1px solid #bbb;padding:.2em .45em;vertical-align:top}th{background:#f0f0f0}td.n{text-align:right;white-space:nowrap}
sup.c{font-size:.75em;white-space:nowrap}sup.c a{text-decoration:none;color:#036}
.intro{color:#444;font-size:.9em}.note{color:#8a4b00;font-size:.9em}.empty{color:#777;font-style:italic}
figure{margin:.5em 0}svg{max-width:100%;height:auto}
ol.fn{font-size:.8em;padding-left:3em}ol.fn li{margin:.2em 0}ol.fn q{quotes:"「" "」"}.span{color:#555;font-family:monospace}
nav ol{columns:2;font-size:.9em}
@media print{body{margin:0;max-width:none;font-size:10pt}nav{display:none}h2{break-after:avoid}table,figure,svg{break-inside:avoid}a{color:inherit}tr{break-inside:avoid}}
`;

/** Footnote numbers of a cell: `[1–3, 5]`, each a link to the footnote. */
function cites(ns: readonly number[]): string {
  if (ns.length === 0) return '';
  const link = (n: number): string => `<a href="#fn-${n}" title="footnote ${n}">${n}</a>`;
  const runs = citeRuns(ns).map(([a, b]) => (a === b ? link(a) : `${link(a)}–${link(b)}`));
  return `<sup class="c">[${runs.join(', ')}]</sup>`;
}

const cell = (c: Cell): string => `<td${c.numeric ? ' class="n"' : ''}>${esc(c.text)}${cites(c.cites)}</td>`;

function table(t: Table): string {
  const head = `<tr>${t.columns.map((c) => `<th>${esc(c)}</th>`).join('')}</tr>`;
  const body = t.rows.length === 0 ? `<tr><td class="empty" colspan="${t.columns.length}">${esc(t.empty)}</td></tr>` : t.rows.map((r) => `<tr>${r.map(cell).join('')}</tr>`).join('\n');
  return `<table><caption>${esc(t.caption)}</caption>\n<thead>${head}</thead>\n<tbody>\n${body}\n</tbody></table>`;
}

function section(s: Section): string {
  return [
    `<section id="${esc(s.id)}"><h2>${esc(s.title)}</h2>`,
    s.intro ? `<p class="intro">${esc(s.intro)}</p>` : '',
    ...s.notes.map((n) => `<p class="note">${esc(n)}</p>`),
    ...s.charts.map((c) => `<figure>${chartSvg(c)}</figure>`),
    ...s.tables.map(table),
    '</section>',
  ].filter(Boolean).join('\n');
}

function footnote(f: Footnote): string {
  const doc = f.title ? `${f.fileName} 「${f.title}」` : f.fileName;
  return `<li id="fn-${f.n}"><b>${esc(doc)}</b> <span class="span">[${f.span.start}–${f.span.end})</span> <q>${esc(f.quote)}</q></li>`;
}

export function renderHtml(r: Report): string {
  const period = `${r.from ?? '…'} – ${r.to ?? '…'}`;
  return `<!DOCTYPE html>
<html lang="ja">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(r.title)}</title>
<style>${CSS}</style>
</head>
<body>
<header><h1>${esc(r.title)}</h1>
<p>${esc(`${r.dyad[0]} (${r.dyadNames[0]}) – ${r.dyad[1]} (${r.dyadNames[1]}), ${period}, by ${r.granularity}. ${r.counts.dyadEvents} events of the dyad, ${r.counts.claims} claims; ${r.footnotes.length} source spans from ${r.counts.documents} documents cited. Footnote spans are character offsets [start–end) in each document's original text.`)}</p></header>
<nav><ol>${r.sections.map((s) => `<li><a href="#${esc(s.id)}">${esc(s.title)}</a></li>`).join('')}<li><a href="#footnotes">出典 Sources</a></li></ol></nav>
<main>
${r.sections.map(section).join('\n')}
<section id="footnotes"><h2>出典 Sources</h2>
<ol class="fn">
${r.footnotes.map(footnote).join('\n')}
</ol></section>
</main>
</body>
</html>
`;
}
