/**
 * Bounds for filtering ISO partial dates by an inclusive range of ISO partial
 * dates, by string comparison only (so any dialect can run it).
 *
 * An event spans [date, date_end ?? date], each end as coarse as written
 * (`2023` is the whole year). It is in the range when the two OVERLAP:
 * - start ≤ every date beginning with `to`: `start <= to + '~'`
 *   (`~` sorts after digits and `-`, so `2023-12-31 <= 2023-12~`);
 * - end reaches `from`: `end >= from`, or `end` is a coarser prefix of `from`
 *   (an event dated `2023` overlaps `--from 2023-06`).
 * Note for PostgreSQL: compare with a byte-order collation (COLLATE "C").
 */
export function upperBound(to: string): string {
  return `${to}~`;
}

/** The coarser prefixes of `from` an event end may equal: `2023-06-15` → [`2023`, `2023-06`]. */
export function coarserPrefixes(from: string): string[] {
  const out: string[] = [];
  if (from.length > 4) out.push(from.slice(0, 4));
  if (from.length > 7) out.push(from.slice(0, 7));
  return out;
}
