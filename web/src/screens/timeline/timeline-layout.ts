import type { TimelineItem } from '../../api/types.js';

/** The first day of an ISO partial date (`2024` → 1 Jan 2024) as a UTC time. Pure. */
export function startOf(iso: string): Date {
  const [y, m, d] = iso.split('/')[0]!.split('-').map(Number);
  return new Date(Date.UTC(y!, (m ?? 1) - 1, d ?? 1));
}

/** The lane of an event: its actor pair in alphabetical order, or its one actor. Pure. */
export const laneOf = (e: Pick<TimelineItem, 'source' | 'target'>) => (e.target ? [e.source, e.target].sort().join('–') : e.source);

export interface Lanes {
  readonly names: readonly string[];
  /** The lane index of each event id. */
  readonly of: ReadonlyMap<number, number>;
}

/** Lanes by number of events, busiest first; past `max` lanes the rest share an "other" lane (named ''). Pure. */
export function lanesOf(items: readonly TimelineItem[], max = 10): Lanes {
  const counts = new Map<string, number>();
  for (const e of items) counts.set(laneOf(e), (counts.get(laneOf(e)) ?? 0) + 1);
  const sorted = [...counts.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([k]) => k);
  const names = sorted.length > max ? [...sorted.slice(0, max - 1), ''] : sorted;
  const index = new Map(names.map((n, i) => [n, i]));
  const of = new Map(items.map((e) => [e.id, index.get(laneOf(e)) ?? names.length - 1]));
  return { names, of };
}

/** Row offsets inside a lane so marks closer than `gap` pixels do not overlap: 0, -1, 1, -2, 2 … Pure. */
export function stackRows(xs: readonly number[], gap: number, maxRows = 5): number[] {
  const order = xs.map((x, i) => [x, i] as const).sort((a, b) => a[0] - b[0]);
  const lastX: number[] = [];
  const rows = new Array<number>(xs.length).fill(0);
  for (const [x, i] of order) {
    let r = lastX.findIndex((lx) => x - lx >= gap);
    if (r === -1) r = lastX.length < maxRows ? lastX.length : lastX.indexOf(Math.min(...lastX));
    lastX[r] = x;
    rows[i] = r % 2 === 0 ? r / 2 : -(r + 1) / 2;
  }
  return rows;
}
