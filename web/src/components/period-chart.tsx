import type { ReactElement } from 'react';
import { scaleBand, scaleLinear } from 'd3-scale';
import { line } from 'd3-shape';
import { useI18n } from '../i18n/i18n.js';
import { seriesColor } from './colors.js';
import type { Selection } from './evidence-panel.js';
import { BottomAxis, LeftAxis } from './svg-axis.js';

export interface PeriodValue {
  readonly period: string;
  readonly value: number;
  readonly eventIds: readonly number[];
}

export interface PeriodSeries {
  readonly name: string;
  readonly color?: string;
  /** Only periods with a value: a period left out draws no mark (a line still passes through 0 there when `zeroFill`). */
  readonly values: readonly PeriodValue[];
}

const H = 260;
const TOP = 14;
const BOTTOM = 36;
const LEFT = 52;
const RIGHT = 12;

/**
 * Values per period of several series on one band axis: grouped bars (which may be negative) or lines with a point per
 * value. Every mark (`data-testid={markId}`) is clickable: it selects the events behind it.
 */
export function PeriodChart({ periods, series, kind, markId, label, onSelect, width = 1100, zeroFill = false }: {
  readonly periods: readonly string[];
  readonly series: readonly PeriodSeries[];
  readonly kind: 'bars' | 'lines';
  readonly markId: string;
  readonly label: string;
  readonly onSelect: (s: Selection) => void;
  readonly width?: number;
  readonly zeroFill?: boolean;
}) {
  const { num } = useI18n();
  const all = series.flatMap((s) => s.values.map((v) => v.value));
  const lo = Math.min(0, ...all);
  const hi = Math.max(0, ...all, 1);
  const y = scaleLinear().domain([lo, hi]).nice().range([H - BOTTOM, TOP]);
  const x = scaleBand<string>().domain(periods).range([LEFT, width - RIGHT]).padding(0.2);
  const inner = scaleBand<number>().domain(series.map((_, i) => i)).range([0, x.bandwidth()]).padding(0.08);
  const every = Math.max(1, Math.ceil(periods.length / Math.floor((width - LEFT) / 64)));
  const xTicks = periods.filter((_, i) => i % every === 0).map((p) => ({ x: x(p)! + x.bandwidth() / 2, label: p }));
  const yTicks = y.ticks(5).map((v) => ({ y: y(v), label: num(v) }));
  const mid = (p: string) => x(p)! + x.bandwidth() / 2;
  return (
    <svg className="chart" viewBox={`0 0 ${width} ${H}`} role="img" aria-label={label}>
      <LeftAxis ticks={yTicks} x={LEFT} y0={TOP} y1={H - BOTTOM} grid={width - LEFT - RIGHT} />
      <line className="zero" x1={LEFT} x2={width - RIGHT} y1={y(0)} y2={y(0)} />
      <BottomAxis ticks={xTicks} y={H - BOTTOM} x0={LEFT} x1={width - RIGHT} />
      {series.map((s, si) => {
        const color = s.color ?? seriesColor(si);
        const pick = (v: PeriodValue) => onSelect({ title: `${s.name} ${v.period}`, eventIds: v.eventIds });
        const mark = (v: PeriodValue, shape: ReactElement) => (
          <g key={v.period} className="mark" data-testid={markId} tabIndex={0} role="button" aria-label={`${s.name} ${v.period}: ${num(v.value)}`}
            onClick={() => pick(v)} onKeyDown={(k) => (k.key === 'Enter' || k.key === ' ') && pick(v)}>
            {shape}
            <title>{`${s.name} ${v.period}: ${num(v.value)} (${v.eventIds.length})`}</title>
          </g>
        );
        if (kind === 'bars')
          return (
            <g key={s.name}>
              {s.values.filter((v) => x(v.period) !== undefined).map((v) =>
                mark(v, <rect x={x(v.period)! + inner(si)!} width={Math.max(inner.bandwidth(), 2)} y={Math.min(y(v.value), y(0))} height={Math.max(Math.abs(y(v.value) - y(0)), 1.5)} fill={color} />),
              )}
            </g>
          );
        const byPeriod = new Map(s.values.map((v) => [v.period, v.value]));
        const pts = zeroFill ? periods.map((p) => [mid(p), y(byPeriod.get(p) ?? 0)] as [number, number]) : s.values.filter((v) => x(v.period) !== undefined).map((v) => [mid(v.period), y(v.value)] as [number, number]);
        return (
          <g key={s.name}>
            <path d={line()(pts) ?? ''} fill="none" stroke={color} strokeWidth={2} />
            {s.values.filter((v) => x(v.period) !== undefined).map((v) => mark(v, <circle cx={mid(v.period)} cy={y(v.value)} r={4.5} fill={color} stroke="#fff" />))}
          </g>
        );
      })}
    </svg>
  );
}

export function SeriesLegend({ names, colors }: { readonly names: readonly string[]; readonly colors?: readonly string[] }) {
  return (
    <p className="legend chart-legend">
      {names.map((n, i) => (
        <span key={n}><svg width="14" height="10" aria-hidden="true"><rect width="14" height="10" fill={colors?.[i] ?? seriesColor(i)} /></svg> {n}</span>
      ))}
    </p>
  );
}
