import { sql, type RawBuilder } from 'kysely';
import type { ActorCode } from '../core/actor.js';
import type { Granularity, IndexCell } from '../core/index-cell.js';
import { filtered } from './query-events.js';
import { dialectOf } from './store-dialect.js';
import type { Store } from './store.js';

export interface IndexCellQuery {
  readonly dyads: readonly (readonly [ActorCode, ActorCode])[];
  readonly from?: string | undefined;
  readonly to?: string | undefined;
  readonly granularity: Granularity;
}

/** The bucket key of an event's start date, as `bucketOf` (analyse/relations/period.ts) gives it; the test compares them. */
function periodKey(g: Granularity): RawBuilder<string> {
  if (g === 'year') return sql<string>`substr(date, 1, 4)`;
  const dated =
    g === 'month'
      ? sql`substr(date, 1, 7)`
      : sql`substr(date, 1, 4) || '-Q' || cast((cast(substr(date, 6, 2) as integer) + 2) / 3 as text)`;
  return sql<string>`case when precision = 'year' then substr(date, 1, 4) else ${dated} end`;
}

/** `ids` (or `dates`) of a group as one comma-separated string, by date then id. */
function listOf(column: 'id' | 'date', postgres: boolean): RawBuilder<string> {
  const value = column === 'id' ? sql.ref('id') : sql.ref('date');
  return postgres
    ? sql<string>`string_agg(cast(${value} as text), ',' order by date, id)`
    : sql<string>`group_concat(${value}, ',' order by date, id)`;
}

/**
 * The relationship index's events added up in SQL: one cell per direction
 * and bucket of the dyads (counts by QuadClass, Goldstein sum, ids by date
 * then id). At a million events this reads a busy dyad's tens of thousands of
 * rows inside the database and hands over a few hundred cells, not an object
 * per event and per source.
 */
export async function queryIndexCells(store: Store, q: IndexCellQuery): Promise<IndexCell[]> {
  if (q.dyads.length === 0) return [];
  const postgres = dialectOf(store.db) === 'postgres';
  const key = periodKey(q.granularity);
  const undated = q.granularity === 'year' ? sql<number>`0` : sql<number>`case when precision = 'year' then 1 else 0 end`;
  const quad = (n: number) => sql<number>`sum(case when quad_class = ${sql.lit(n)} then 1 else 0 end)`;
  const rows = await filtered(store, { dyads: q.dyads, ...(q.from !== undefined && { from: q.from }), ...(q.to !== undefined && { to: q.to }) })
    .select([
      'source',
      'target',
      key.as('cell_period'),
      undated.as('cell_undated'),
      sql<number>`count(*)`.as('n'),
      quad(1).as('q1'),
      quad(2).as('q2'),
      quad(3).as('q3'),
      quad(4).as('q4'),
      sql<number>`sum(goldstein)`.as('goldstein_sum'),
      listOf('id', postgres).as('ids'),
      listOf('date', postgres).as('dates'),
    ])
    .groupBy(['source', 'target', sql`cell_period`, sql`cell_undated`])
    .execute();
  return rows.map((r) => ({
    source: r.source,
    target: r.target!,
    period: r.cell_period,
    bucket: Number(r.cell_undated) === 1 ? 'undated-within-year' : 'period',
    count: Number(r.n),
    quad1: Number(r.q1),
    quad2: Number(r.q2),
    quad3: Number(r.q3),
    quad4: Number(r.q4),
    goldsteinSum: Number(r.goldstein_sum),
    eventIds: r.ids.split(',').map(Number),
    dates: r.dates.split(','),
  }));
}
