import type { IndexReport } from '../../api/types.js';
import type { PeriodSeries } from '../../components/period-chart.js';

/** The periods of the report's axis, in order (dated periods only: year-only events have no place on a month axis). Pure. */
export function periodsOf(r: IndexReport): string[] {
  const seen = new Set<string>();
  for (const row of [...r.index, ...r.comparison]) if (row.bucket === 'period') seen.add(row.period);
  return [...seen];
}

/** Goldstein sum per period for each direction of each dyad (not the combined rows), periods with events only. Pure. */
export function directionSeries(r: IndexReport): PeriodSeries[] {
  const out = new Map<string, PeriodSeries['values'][number][]>();
  for (const row of r.index) {
    if (row.flow === 'combined' || row.bucket !== 'period') continue;
    const list = out.get(row.direction) ?? [];
    out.set(row.direction, list);
    if (row.count > 0) list.push({ period: row.period, value: row.goldsteinSum, eventIds: row.eventIds });
  }
  return [...out].map(([name, values]) => ({ name, values }));
}

/** Asymmetry (mean A→B − mean B→A) per period where both sides have events. Pure. */
export function asymmetrySeries(r: IndexReport): PeriodSeries[] {
  const out = new Map<string, PeriodSeries['values'][number][]>();
  for (const row of r.asymmetry) {
    if (row.bucket !== 'period') continue;
    const list = out.get(row.dyad) ?? [];
    out.set(row.dyad, list);
    if (row.difference !== null) list.push({ period: row.period, value: row.difference, eventIds: [...row.eventIdsAB, ...row.eventIdsBA] });
  }
  return [...out].map(([name, values]) => ({ name, values }));
}

/** Events per period of each compared dyad (both directions), a point where there are events. Pure. */
export function comparisonSeries(r: IndexReport): PeriodSeries[] {
  const out = new Map<string, PeriodSeries['values'][number][]>();
  for (const row of r.comparison) {
    if (row.bucket !== 'period') continue;
    const list = out.get(row.dyad) ?? [];
    out.set(row.dyad, list);
    if (row.count > 0) list.push({ period: row.period, value: row.count, eventIds: row.eventIds });
  }
  return [...out].map(([name, values]) => ({ name, values }));
}
