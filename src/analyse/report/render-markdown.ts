/**
 * The report as Markdown: the same tables, footnotes as `[^n]`, charts named
 * as left out (their data is in the tables). Pure.
 */
import type { Cell, Footnote, Report, Section, Table } from './report-model.js';

/** Cell text safe inside a Markdown table row. */
const md = (s: string): string => s.replace(/\\/g, '\\\\').replace(/\|/g, '\\|').replace(/[\r\n]+/g, ' ').replace(/</g, '&lt;').replace(/>/g, '&gt;');

const cell = (c: Cell): string => md(c.text) + c.cites.map((n) => `[^${n}]`).join('');

function table(t: Table): string {
  const head = `| ${t.columns.map(md).join(' | ')} |\n|${t.columns.map(() => ' --- |').join('')}`;
  const rows = t.rows.length === 0 ? `\n| ${md(t.empty)} |${' |'.repeat(t.columns.length - 1)}` : t.rows.map((r) => `\n| ${r.map(cell).join(' | ')} |`).join('');
  return `**${md(t.caption)}**\n\n${head}${rows}\n`;
}

function section(s: Section): string {
  return [
    `## ${s.title}`,
    s.intro,
    ...s.notes.map((n) => `> ${n}`),
    ...s.charts.map((c) => `_Chart “${c.title}” omitted in Markdown; see the HTML report (its data is in the table below)._`),
    ...s.tables.map(table),
  ].filter(Boolean).join('\n\n');
}

function footnote(f: Footnote): string {
  const doc = f.title ? `${f.fileName} 「${f.title}」` : f.fileName;
  return `[^${f.n}]: ${md(doc)} [${f.span.start}–${f.span.end}) 「${md(f.quote)}」`;
}

export function renderMarkdown(r: Report): string {
  return [
    `# ${r.title}`,
    `${r.dyad[0]} (${r.dyadNames[0]}) – ${r.dyad[1]} (${r.dyadNames[1]}), ${r.from ?? '…'} – ${r.to ?? '…'}, by ${r.granularity}. ${r.counts.dyadEvents} events of the dyad, ${r.counts.claims} claims; ${r.footnotes.length} source spans from ${r.counts.documents} documents cited. Spans are character offsets [start–end) in each document's original text.`,
    ...r.sections.map(section),
    '## 出典 Sources',
    r.footnotes.map(footnote).join('\n'),
  ].join('\n\n') + '\n';
}
