import type { RelationEvent } from './relation-event.js';

/** Counts and Goldstein totals of a set of events, with the ids behind them. */
export interface EventTally {
  readonly count: number;
  /** Counts by QuadClass: 1 verbal cooperation, 2 material cooperation, 3 verbal conflict, 4 material conflict. */
  readonly quad1: number;
  readonly quad2: number;
  readonly quad3: number;
  readonly quad4: number;
  readonly goldsteinSum: number;
  /** Null when there is no event. */
  readonly goldsteinMean: number | null;
  /** The events counted, by date then id: every cell can be traced back. */
  readonly eventIds: readonly number[];
}

/** Rounds away float noise (1.9 + 1.9 + 1.9 = 5.699999…) without hiding real digits. */
export function tidy(x: number): number {
  return Math.round(x * 1e9) / 1e9;
}

export function tally(events: readonly RelationEvent[]): EventTally {
  const quads = [0, 0, 0, 0];
  let sum = 0;
  for (const e of events) {
    quads[e.quadClass - 1]!++;
    sum += e.goldstein;
  }
  return {
    count: events.length,
    quad1: quads[0]!,
    quad2: quads[1]!,
    quad3: quads[2]!,
    quad4: quads[3]!,
    goldsteinSum: tidy(sum),
    goldsteinMean: events.length === 0 ? null : tidy(sum / events.length),
    eventIds: events.map((e) => e.id),
  };
}
