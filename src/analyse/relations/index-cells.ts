import type { ActorCode } from '../../core/actor.js';
import type { IndexCell } from '../../core/index-cell.js';
import { bucketOrder, type BucketOptions } from './bucket-events.js';
import { tidy, type EventTally } from './event-tally.js';
import { periodOfBound, periodsBetween, type Bucket, type Granularity } from './period.js';
import { dyadLabel, type Dyad } from './relation-event.js';
import type { IndexRow } from './relationship-index.js';

/**
 * The events of one direction in one bucket, already added up: what a store
 * can aggregate in SQL (GROUP BY bucket, source, target) instead of handing
 * over every event. The index, asymmetry and comparison are built from these
 * exactly as from the events (`dyadIndexFromCells` ≡ `dyadIndex`).
 */
export type { IndexCell };

const cellKey = (source: string, target: string, order: string) => `${source}\t${target}\t${order}`;
const orderOf = (c: Pick<IndexCell, 'period' | 'bucket'>) => bucketOrder({ kind: c.bucket, key: c.period });

/** The index rows of the given dyads from cells of `o.granularity` (rows dyad by dyad, then period by period), as `dyadIndex`. */
export function dyadIndexFromCells(cells: readonly IndexCell[], dyads: readonly Dyad[], o: BucketOptions): IndexRow[] {
  const inDyads = cells.filter((c) => dyads.some(([a, b]) => (c.source === a && c.target === b) || (c.source === b && c.target === a)));
  const byKey = new Map(inDyads.map((c) => [cellKey(c.source, c.target, orderOf(c)), c]));
  const rows: IndexRow[] = [];
  const axis = axisOf(inDyads, o);
  for (const d of dyads) {
    const [a, b] = d;
    for (const { period, bucket, order } of axis) {
      const ab = byKey.get(cellKey(a, b, order));
      const ba = byKey.get(cellKey(b, a, order));
      const base = { dyad: dyadLabel(d), period, bucket };
      rows.push({ ...base, flow: 'a-to-b', direction: `${a}→${b}`, ...tallyOf(ab) });
      rows.push({ ...base, flow: 'b-to-a', direction: `${b}→${a}`, ...tallyOf(ba) });
      rows.push({ ...base, flow: 'combined', direction: `${a}↔${b}`, ...tallyOf(a === b ? ab : merged(ab, ba)) });
    }
  }
  return rows;
}

/** The buckets of the series, as `bucketEvents` makes them: every period of the window (or of the events), undated ones where there are events. */
function axisOf(cells: readonly IndexCell[], o: BucketOptions): { period: string; bucket: Bucket['kind']; order: string }[] {
  let first = o.from !== undefined ? periodOfBound(o.from, o.granularity, 'from') : undefined;
  let last = o.to !== undefined ? periodOfBound(o.to, o.granularity, 'to') : undefined;
  const trackFirst = first === undefined;
  const trackLast = last === undefined;
  const buckets = new Map<string, { period: string; bucket: Bucket['kind']; order: string }>();
  for (const c of cells) {
    if (c.bucket === 'period') {
      if (trackFirst && (first === undefined || c.period < first)) first = c.period;
      if (trackLast && (last === undefined || c.period > last)) last = c.period;
    }
    const order = orderOf(c);
    buckets.set(order, { period: c.period, bucket: c.bucket, order });
  }
  if (first !== undefined && last !== undefined) {
    for (const p of periodsBetween(first, last, o.granularity)) {
      if (!buckets.has(p)) buckets.set(p, { period: p, bucket: 'period', order: p });
    }
  }
  return [...buckets.values()].sort((x, y) => (x.order < y.order ? -1 : x.order > y.order ? 1 : 0));
}

function tallyOf(c: IndexCell | undefined): EventTally {
  if (c === undefined) return { count: 0, quad1: 0, quad2: 0, quad3: 0, quad4: 0, goldsteinSum: 0, goldsteinMean: null, eventIds: [] };
  return {
    count: c.count,
    quad1: c.quad1,
    quad2: c.quad2,
    quad3: c.quad3,
    quad4: c.quad4,
    goldsteinSum: tidy(c.goldsteinSum),
    goldsteinMean: c.count === 0 ? null : tidy(c.goldsteinSum / c.count),
    eventIds: c.eventIds,
  };
}

/** Two cells of one bucket as one, their events merged by date then id. */
function merged(x: IndexCell | undefined, y: IndexCell | undefined): IndexCell | undefined {
  if (x === undefined || y === undefined) return x ?? y;
  const ids: number[] = [];
  const dates: string[] = [];
  let i = 0;
  let j = 0;
  while (i < x.eventIds.length || j < y.eventIds.length) {
    const takeX = j >= y.eventIds.length || (i < x.eventIds.length && before(x.dates[i]!, x.eventIds[i]!, y.dates[j]!, y.eventIds[j]!));
    if (takeX) {
      ids.push(x.eventIds[i]!);
      dates.push(x.dates[i++]!);
    } else {
      ids.push(y.eventIds[j]!);
      dates.push(y.dates[j++]!);
    }
  }
  return {
    ...x,
    count: x.count + y.count,
    quad1: x.quad1 + y.quad1,
    quad2: x.quad2 + y.quad2,
    quad3: x.quad3 + y.quad3,
    quad4: x.quad4 + y.quad4,
    goldsteinSum: x.goldsteinSum + y.goldsteinSum,
    eventIds: ids,
    dates,
  };
}

const before = (d1: string, id1: number, d2: string, id2: number) => d1 < d2 || (d1 === d2 && id1 < id2);

/**
 * Cells of a month or quarter series as cells of years (what the asymmetry's
 * `all` row adds up): a year's undated-within-year events (dated `2023`) come
 * before its months in date order.
 */
export function yearCells(cells: readonly IndexCell[], granularity: Granularity): IndexCell[] {
  if (granularity === 'year') return [...cells];
  const byYear = new Map<string, IndexCell[]>();
  for (const c of cells) {
    const key = cellKey(c.source, c.target, c.period.slice(0, 4));
    const list = byYear.get(key);
    if (list === undefined) byYear.set(key, [c]);
    else list.push(c);
  }
  return [...byYear.values()].map((list) => {
    list.sort((x, y) => (x.bucket !== y.bucket ? (x.bucket === 'undated-within-year' ? -1 : 1) : x.period < y.period ? -1 : x.period > y.period ? 1 : 0));
    const first = list[0]!;
    const year: IndexCell = {
      ...first,
      period: first.period.slice(0, 4),
      bucket: 'period',
      count: list.reduce((n, c) => n + c.count, 0),
      quad1: list.reduce((n, c) => n + c.quad1, 0),
      quad2: list.reduce((n, c) => n + c.quad2, 0),
      quad3: list.reduce((n, c) => n + c.quad3, 0),
      quad4: list.reduce((n, c) => n + c.quad4, 0),
      goldsteinSum: list.reduce((n, c) => n + c.goldsteinSum, 0),
      eventIds: list.flatMap((c) => c.eventIds),
      dates: list.flatMap((c) => c.dates),
    };
    return inDateOrder(year);
  });
}

/** The cell with its events by date then id (they already are unless dates are written unusually, e.g. a year-precision date with a month). */
function inDateOrder(c: IndexCell): IndexCell {
  const { eventIds: ids, dates } = c;
  for (let i = 1; i < ids.length; i++) {
    if (!before(dates[i - 1]!, ids[i - 1]!, dates[i]!, ids[i]!)) {
      const order = ids.map((_, k) => k).sort((x, y) => (before(dates[x]!, ids[x]!, dates[y]!, ids[y]!) ? -1 : 1));
      return { ...c, eventIds: order.map((k) => ids[k]!), dates: order.map((k) => dates[k]!) };
    }
  }
  return c;
}
