/**
 * A self-contained SVG step chart of claim groups over claim dates: one line
 * per group through the low values, a vertical bar for a stated range, an
 * upward triangle for an open "more than" value. Each point carries a <title>
 * naming its document and quote. Pure: returns the SVG text.
 */
import { scaleLinear, scaleLog, scaleUtc } from 'd3-scale';
import { curveStepAfter, line } from 'd3-shape';
import type { ClaimGroup, TrackedClaim } from './claims-tracker.js';
import { firstDay } from './iso-period.js';

export interface ChartOptions {
  readonly width?: number;
  readonly height?: number;
  readonly title?: string;
}

const PALETTE = ['#1f77b4', '#d62728', '#2ca02c', '#9467bd', '#ff7f0e', '#8c564b', '#e377c2', '#17becf'];
const M = { top: 36, right: 24, bottom: 40, left: 72 };

export function claimsChart(groups: readonly ClaimGroup[], opts: ChartOptions = {}): string {
  const width = opts.width ?? 720;
  const height = opts.height ?? 360;
  const plotted = groups
    .map((g) => ({ g, points: g.series.filter((c): c is TrackedClaim & { date: string } => c.date !== null) }))
    .filter((p) => p.points.length > 0)
    .slice(0, PALETTE.length);
  const head = `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="sans-serif" font-size="11">`;
  const title = `<text x="${M.left}" y="18" font-size="13" font-weight="bold">${esc(opts.title ?? 'Claims over time')}</text>`;
  if (plotted.length === 0) {
    return `${head}${title}<text x="${M.left}" y="${height / 2}">no dated claims</text></svg>\n`;
  }
  const all = plotted.flatMap((p) => p.points);
  const times = all.map((c) => toTime(c.date));
  const values = all.flatMap((c) => [c.low, c.high ?? c.low]);
  const [tMin, tMax] = [Math.min(...times), Math.max(...times)];
  const pad = tMin === tMax ? 30 * 864e5 : (tMax - tMin) * 0.05;
  const x = scaleUtc().domain([new Date(tMin - pad), new Date(tMax + pad)]).range([M.left, width - M.right]);
  const vMin = Math.min(...values);
  const vMax = Math.max(...values);
  const useLog = vMin > 0 && vMax / vMin > 50;
  const y = (useLog ? scaleLog().domain([vMin / 1.5, vMax * 1.5]) : scaleLinear().domain([Math.min(0, vMin), vMax * 1.1]).nice())
    .range([height - M.bottom, M.top]);
  const parts: string[] = [head, title, axes(x, y, width, height)];
  plotted.forEach(({ g, points }, i) => {
    const colour = PALETTE[i]!;
    const path = line<TrackedClaim & { date: string }>()
      .x((c) => x(new Date(toTime(c.date))))
      .y((c) => y(c.low))
      .curve(curveStepAfter)(points);
    parts.push(`<path d="${path ?? ''}" fill="none" stroke="${colour}" stroke-width="1.5"/>`);
    for (const c of points) parts.push(point(c, x(new Date(toTime(c.date))), y, colour));
    parts.push(`<rect x="${M.left + 8}" y="${M.top + 4 + i * 14}" width="10" height="3" fill="${colour}"/>`);
    parts.push(`<text x="${M.left + 22}" y="${M.top + 9 + i * 14}">${esc(`${g.label} [${g.unit}]`)}</text>`);
  });
  parts.push('</svg>\n');
  return parts.join('');
}

function point(c: TrackedClaim & { date: string }, cx: number, y: (v: number) => number, colour: string): string {
  const cy = y(c.low);
  const tip = `<title>${esc(`${c.date} ${fmt(c.low)}${c.high === null ? '+' : c.high !== c.low ? `–${fmt(c.high)}` : ''} ${c.unit}` +
    ` (${c.claimant ?? 'no claimant'}) — ${c.fileName} [${c.span.start},${c.span.end}): ${c.quote}`)}</title>`;
  const range = c.high !== null && c.high !== c.low
    ? `<line x1="${r(cx)}" x2="${r(cx)}" y1="${r(cy)}" y2="${r(y(c.high))}" stroke="${colour}" stroke-width="3"/>` : '';
  const mark = c.high === null
    ? `<path d="M${r(cx)},${r(cy - 6)}L${r(cx - 5)},${r(cy + 3)}L${r(cx + 5)},${r(cy + 3)}Z" fill="${colour}">${tip}</path>`
    : `<circle cx="${r(cx)}" cy="${r(cy)}" r="3.5" fill="${colour}">${tip}</circle>`;
  return range + mark;
}

type Scale = { (v: number): number; ticks(n?: number): number[] };
type TimeScale = { (d: Date): number; ticks(n?: number): Date[]; range(): number[] };

function axes(x: TimeScale, y: Scale, width: number, height: number): string {
  const base = height - M.bottom;
  const out = [`<line x1="${M.left}" x2="${width - M.right}" y1="${base}" y2="${base}" stroke="#333"/>`,
    `<line x1="${M.left}" x2="${M.left}" y1="${M.top}" y2="${base}" stroke="#333"/>`];
  for (const t of x.ticks(6)) {
    const px = r(x(t));
    out.push(`<line x1="${px}" x2="${px}" y1="${base}" y2="${base + 4}" stroke="#333"/><text x="${px}" y="${base + 16}" text-anchor="middle">${t.toISOString().slice(0, 7)}</text>`);
  }
  const yTicks = y.ticks(5);
  for (const v of yTicks.length > 8 ? yTicks.filter((v) => Number.isInteger(Math.log10(v))) : yTicks) {
    const py = r(y(v));
    out.push(`<line x1="${M.left - 4}" x2="${M.left}" y1="${py}" y2="${py}" stroke="#333"/><text x="${M.left - 6}" y="${py + 4}" text-anchor="end">${fmt(v)}</text>`);
  }
  return out.join('');
}

function toTime(iso: string): number {
  const d = firstDay(iso);
  return Date.parse(d.length === 7 ? `${d}-01` : d);
}

const r = (n: number): string => (Math.round(n * 10) / 10).toString();
const fmt = (n: number): string => n.toLocaleString('en-US', { maximumFractionDigits: 2 });

function esc(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}
