import type { RelationEvent } from './relation-event.js';

/** An inclusive range of ISO partial dates; either end may be open. */
export interface DateWindow {
  readonly from?: string | undefined;
  readonly to?: string | undefined;
}

/**
 * Whether the event's span [date, dateEnd ?? date] overlaps the window, with
 * the store's semantics (`store/date-range.ts`): a date is as coarse as written,
 * so an event dated `2023` overlaps `from: 2023-06`, and `to: 2023-12` takes
 * every date beginning with `2023-12`.
 */
export function inWindow(e: Pick<RelationEvent, 'date' | 'dateEnd'>, w: DateWindow): boolean {
  if (w.to !== undefined && !(e.date <= `${w.to}~`)) return false;
  if (w.from !== undefined) {
    const end = e.dateEnd ?? e.date;
    if (!(end >= w.from || w.from.startsWith(end))) return false;
  }
  return true;
}
