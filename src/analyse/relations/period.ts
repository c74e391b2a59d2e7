import type { Granularity } from '../../core/index-cell.js';
import type { DatePrecision } from '../../core/partial-date.js';

export type { Granularity };

/**
 * Where an event falls in a series:
 * - `period`: a month `2023-09`, a quarter `2023-Q3` or a year `2023`;
 * - `undated-within-year`: a month or quarter view of an event known only to
 *   the year (`2023`); it is kept apart, keyed by its year, never spread over
 *   or guessed into a month.
 */
export type Bucket =
  | { readonly kind: 'period'; readonly key: string }
  | { readonly kind: 'undated-within-year'; readonly key: string };

/** The bucket of a (start) date at a granularity. */
export function bucketOf(date: string, precision: DatePrecision, granularity: Granularity): Bucket {
  const year = date.slice(0, 4);
  if (granularity === 'year') return { kind: 'period', key: year };
  if (precision === 'year') return { kind: 'undated-within-year', key: year };
  const month = Number(date.slice(5, 7));
  if (granularity === 'month') return { kind: 'period', key: date.slice(0, 7) };
  return { kind: 'period', key: `${year}-Q${Math.ceil(month / 3)}` };
}

/** Index of a period key on one axis (months, quarters or years since year 0). */
function ordinal(key: string, granularity: Granularity): number {
  const year = Number(key.slice(0, 4));
  if (granularity === 'year') return year;
  if (granularity === 'quarter') return year * 4 + Number(key.slice(6)) - 1;
  return year * 12 + Number(key.slice(5, 7)) - 1;
}

function keyOf(n: number, granularity: Granularity): string {
  if (granularity === 'year') return String(n).padStart(4, '0');
  const per = granularity === 'quarter' ? 4 : 12;
  const year = String(Math.floor(n / per)).padStart(4, '0');
  const i = (n % per) + 1;
  return granularity === 'quarter' ? `${year}-Q${i}` : `${year}-${String(i).padStart(2, '0')}`;
}

/** Every period from `first` to `last` inclusive, in order (empty when first > last). */
export function periodsBetween(first: string, last: string, granularity: Granularity): string[] {
  const out: string[] = [];
  const end = ordinal(last, granularity);
  for (let n = ordinal(first, granularity); n <= end; n++) out.push(keyOf(n, granularity));
  return out;
}

/** The period a window bound falls in (`2023-09-13` → `2023-Q3`); a bare year opens at Q1/January, or closes at Q4/December. */
export function periodOfBound(bound: string, granularity: Granularity, side: 'from' | 'to'): string {
  if (bound.length === 4 && granularity !== 'year') {
    return bucketOf(`${bound}-${side === 'from' ? '01' : '12'}`, 'month', granularity).key;
  }
  return bucketOf(bound, bound.length === 4 ? 'year' : 'month', granularity).key;
}
