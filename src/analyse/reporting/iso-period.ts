/**
 * Periods over ISO partial dates (`2023`, `2023-09`, `2023-09-13`), compared
 * as strings only. A partial date stands for its whole year or month.
 */
export interface Period {
  /** Inclusive ISO partial dates; either may be absent (open). */
  readonly from?: string | undefined;
  readonly to?: string | undefined;
}

/** First day a partial date can mean: `2023` → `2023-01-01`. */
export function firstDay(iso: string): string {
  if (iso.length === 4) return `${iso}-01-01`;
  if (iso.length === 7) return `${iso}-01`;
  return iso;
}

/** Last day a partial date can mean, as a sortable key: `2023-09` → `2023-09-31`. */
export function lastDay(iso: string): string {
  if (iso.length === 4) return `${iso}-12-31`;
  if (iso.length === 7) return `${iso}-31`;
  return iso;
}

/** True when [date, dateEnd ?? date] overlaps the period (partial dates as their whole span). */
export function overlapsPeriod(date: string, dateEnd: string | null, period: Period): boolean {
  const start = firstDay(date);
  const end = lastDay(dateEnd ?? date);
  if (period.from !== undefined && end < firstDay(period.from)) return false;
  if (period.to !== undefined && start > lastDay(period.to)) return false;
  return true;
}

/** True when two date intervals overlap. */
export function intervalsOverlap(a: readonly [string, string | null], b: readonly [string, string | null]): boolean {
  return firstDay(a[0]) <= lastDay(b[1] ?? b[0]) && firstDay(b[0]) <= lastDay(a[1] ?? a[0]);
}

export function yearOf(iso: string): string {
  return iso.slice(0, 4);
}
