/** How precisely a date is known. */
export type DatePrecision = 'year' | 'month' | 'day';

/**
 * An ISO 8601 partial date: `2023`, `2023-09` or `2023-09-13`.
 * Kept as a string because that is what analysts and the gold format read;
 * the precision is derivable from the length but carried for clarity.
 */
export interface PartialDate {
  readonly iso: string;
  readonly precision: DatePrecision;
}

export function precisionOf(iso: string): DatePrecision {
  if (/^\d{4}$/.test(iso)) return 'year';
  if (/^\d{4}-\d{2}$/.test(iso)) return 'month';
  if (/^\d{4}-\d{2}-\d{2}$/.test(iso)) return 'day';
  throw new Error(`not an ISO partial date: ${iso}`);
}
