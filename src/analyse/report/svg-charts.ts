/**
 * Inline SVG of the report's charts: series per period as lines, a diverging
 * bar per period, the claims chart, and the actor network with its nodes on a
 * circle. No namespace URL (inline SVG in HTML needs none) and every text
 * escaped. Pure: returns SVG text.
 */
import { scaleBand, scaleLinear, scalePoint } from 'd3-scale';
import { line } from 'd3-shape';
import { claimsChart } from '../reporting/claims-chart.js';
import { escapeHtml as esc } from './escape-html.js';
import type { Chart } from './report-model.js';

const W = 720;
const H = 300;
const M = { top: 34, right: 24, bottom: 48, left: 56 };
const PALETTE = ['#1f77b4', '#d62728', '#2ca02c', '#9467bd', '#ff7f0e', '#8c564b'];
const r1 = (n: number): string => String(Math.round(n * 10) / 10);

const open = (title: string, w = W, h = H): string =>
  `<svg role="img" aria-label="${esc(title)}" width="${w}" height="${h}" viewBox="0 0 ${w} ${h}" font-family="sans-serif" font-size="11"><text x="${M.left}" y="18" font-size="13" font-weight="bold">${esc(title)}</text>`;

/** Period labels under the axis, thinned to about a dozen. */
function periodAxis(periods: readonly string[], x: (p: string) => number | undefined, y0: number): string {
  const step = Math.max(1, Math.ceil(periods.length / 12));
  return periods.map((p, i) => (i % step === 0 ? `<text x="${r1(x(p) ?? 0)}" y="${y0 + 16}" text-anchor="middle">${esc(p)}</text>` : '')).join('');
}

function valueAxis(y: { (v: number): number; ticks(n: number): number[] }, label: string): string {
  const ticks = y.ticks(5).map((v) => `<line x1="${M.left - 4}" x2="${W - M.right}" y1="${r1(y(v))}" y2="${r1(y(v))}" stroke="#ddd"/><text x="${M.left - 6}" y="${r1(y(v) + 4)}" text-anchor="end">${v}</text>`);
  return ticks.join('') + `<text x="12" y="${M.top + 10}" transform="rotate(-90 12 ${M.top + 10})" text-anchor="end">${esc(label)}</text>`;
}

function linesChart(c: Extract<Chart, { kind: 'lines' }>): string {
  if (c.periods.length === 0) return `${open(c.title)}<text x="${M.left}" y="${H / 2}">no data</text></svg>`;
  const x = scalePoint<string>().domain([...c.periods]).range([M.left, W - M.right]).padding(0.3);
  const values = c.series.flatMap((s) => s.values.filter((v): v is number => v !== null));
  const y = scaleLinear().domain([Math.min(0, ...values), Math.max(1, ...values)]).nice().range([H - M.bottom, M.top + 14]);
  const out = [open(c.title), valueAxis(y, c.yLabel), periodAxis(c.periods, x, H - M.bottom)];
  c.series.forEach((s, i) => {
    const colour = PALETTE[i % PALETTE.length]!;
    const pts = c.periods.map((p, j) => [x(p) ?? 0, s.values[j] ?? null] as const);
    const path = line<readonly [number, number | null]>().defined((d) => d[1] !== null).x((d) => d[0]).y((d) => y(d[1] ?? 0))(pts);
    out.push(`<path d="${path ?? ''}" fill="none" stroke="${colour}" stroke-width="2"/>`);
    for (const [px, v] of pts) if (v !== null) out.push(`<circle cx="${r1(px)}" cy="${r1(y(v))}" r="2.5" fill="${colour}"><title>${esc(`${s.label}: ${v}`)}</title></circle>`);
    out.push(`<rect x="${W - M.right - 150}" y="${M.top - 8 + i * 14}" width="12" height="3" fill="${colour}"/><text x="${W - M.right - 134}" y="${M.top - 3 + i * 14}">${esc(s.label)}</text>`);
  });
  return out.join('') + '</svg>';
}

function barsChart(c: Extract<Chart, { kind: 'bars' }>): string {
  if (c.periods.length === 0) return `${open(c.title)}<text x="${M.left}" y="${H / 2}">no data</text></svg>`;
  const x = scaleBand<string>().domain([...c.periods]).range([M.left, W - M.right]).padding(0.2);
  const vs = c.values.filter((v): v is number => v !== null);
  const lim = Math.max(1, ...vs.map(Math.abs));
  const y = scaleLinear().domain([-lim, lim]).nice().range([H - M.bottom, M.top + 6]);
  const out = [open(c.title), valueAxis(y, c.yLabel), periodAxis(c.periods, (p) => (x(p) ?? 0) + x.bandwidth() / 2, H - M.bottom)];
  c.periods.forEach((p, i) => {
    const v = c.values[i] ?? null;
    if (v === null) return;
    const top = Math.min(y(v), y(0));
    out.push(`<rect x="${r1(x(p) ?? 0)}" y="${r1(top)}" width="${r1(x.bandwidth())}" height="${r1(Math.abs(y(v) - y(0)))}" fill="${v >= 0 ? '#2c7fb8' : '#d95f0e'}"><title>${esc(`${p}: ${v}`)}</title></rect>`);
  });
  out.push(`<line x1="${M.left}" x2="${W - M.right}" y1="${r1(y(0))}" y2="${r1(y(0))}" stroke="#333"/>`);
  return out.join('') + '</svg>';
}

const MAX_NODES = 14;

function networkChart(c: Extract<Chart, { kind: 'network' }>): string {
  const size = 420;
  const shown = [...c.nodes].sort((a, b) => Number(c.focus.includes(b.code)) - Number(c.focus.includes(a.code)) || b.eventCount - a.eventCount || a.code.localeCompare(b.code)).slice(0, MAX_NODES);
  if (shown.length === 0) return `${open(c.title, size, size)}<text x="20" y="${size / 2}">no actors</text></svg>`;
  // The dyad's two actors face each other across the circle; the others fill the places between.
  const focus = shown.filter((n) => c.focus.includes(n.code)).map((n) => n.code);
  const others = shown.filter((n) => !c.focus.includes(n.code)).map((n) => n.code);
  const half = Math.floor(shown.length / 2);
  const codes = focus.length === 2 ? [focus[0]!, ...others.slice(0, half - 1), focus[1]!, ...others.slice(half - 1)] : [...focus, ...others];
  const centre = size / 2;
  const radius = size / 2 - 60;
  const pos = new Map(codes.map((code, i) => {
    const angle = (2 * Math.PI * i) / codes.length - Math.PI / 2;
    return [code, { x: centre + radius * Math.cos(angle), y: centre + 10 + radius * Math.sin(angle) }] as const;
  }));
  const edges = c.edges.filter((e) => pos.has(e.source) && pos.has(e.target) && e.source !== e.target);
  const width = scaleLinear().domain([1, Math.max(1, ...edges.map((e) => e.count))]).range([1, 9]);
  const out = [open(c.title, size, size)];
  for (const e of edges) {
    const s = pos.get(e.source)!;
    const t = pos.get(e.target)!;
    // Offset each direction sideways so A→B and B→A do not overlap.
    const dx = t.x - s.x;
    const dy = t.y - s.y;
    const len = Math.hypot(dx, dy) || 1;
    const ox = (-dy / len) * 4;
    const oy = (dx / len) * 4;
    const colour = e.meanGoldstein >= 0 ? '#2c7fb8' : '#d95f0e';
    out.push(`<line x1="${r1(s.x + ox)}" y1="${r1(s.y + oy)}" x2="${r1(t.x + ox)}" y2="${r1(t.y + oy)}" stroke="${colour}" stroke-opacity="0.7" stroke-width="${r1(width(e.count))}"><title>${esc(`${e.source}→${e.target}: ${e.count} events, mean Goldstein ${e.meanGoldstein}`)}</title></line>`);
  }
  for (const n of shown) {
    const p = pos.get(n.code)!;
    const isFocus = c.focus.includes(n.code);
    out.push(`<circle cx="${r1(p.x)}" cy="${r1(p.y)}" r="${isFocus ? 16 : 12}" fill="${isFocus ? '#fdd' : '#eee'}" stroke="#333"><title>${esc(`${n.name} (${n.eventCount} events)`)}</title></circle>`);
    out.push(`<text x="${r1(p.x)}" y="${r1(p.y + 4)}" text-anchor="middle" font-weight="${isFocus ? 'bold' : 'normal'}">${esc(n.code)}</text>`);
  }
  out.push(`<text x="20" y="${size - 24}" fill="#555">blue: mean Goldstein ≥ 0; orange: &lt; 0; each direction on its own side</text>`);
  if (c.nodes.length > shown.length) out.push(`<text x="20" y="${size - 8}">${c.nodes.length - shown.length} more actors in the table</text>`);
  return out.join('') + '</svg>';
}

/** The SVG of one chart. */
export function chartSvg(c: Chart): string {
  switch (c.kind) {
    case 'lines': return linesChart(c);
    case 'bars': return barsChart(c);
    case 'network': return networkChart(c);
    case 'claims': return claimsChart(c.groups, { title: c.title }).replace(/ xmlns="[^"]*"/, '').trimEnd();
  }
}
