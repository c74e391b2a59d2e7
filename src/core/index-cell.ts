import type { ActorCode } from './actor.js';

/** The step of a series: `2023-09`, `2023-Q3` or `2023`. */
export type Granularity = 'month' | 'quarter' | 'year';

/**
 * The events of one direction in one bucket, added up: what the store's
 * query aggregates in SQL (store/query-index-cells.ts) and the relationship
 * index is built from (analyse/relations/index-cells.ts).
 */
export interface IndexCell {
  readonly source: ActorCode;
  readonly target: ActorCode;
  /** `2023-09`, `2023-Q3` or `2023`; the year for undated-within-year. */
  readonly period: string;
  /** `period`, or `undated-within-year`: a month or quarter view of an event known only to the year. */
  readonly bucket: 'period' | 'undated-within-year';
  readonly count: number;
  readonly quad1: number;
  readonly quad2: number;
  readonly quad3: number;
  readonly quad4: number;
  /** Not rounded (rounded once, as `tally` does, when a row is made). */
  readonly goldsteinSum: number;
  /** By date then id. */
  readonly eventIds: readonly number[];
  /** The start date of each of `eventIds`: a dyad's two directions merge in date order. */
  readonly dates: readonly string[];
}
