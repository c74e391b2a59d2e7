import type { LooseParts } from './calendar.js';

/**
 * A date expression as parsed, before context fills in what it leaves out.
 * `from` / `to` may lack their year (9月12日) or year and month (13日).
 */
export interface RawDate {
  readonly start: number;
  readonly end: number;
  readonly from: LooseParts;
  readonly to: LooseParts | null;
  /** Where the mention ends if `to` proves invalid and the range is dropped. */
  readonly fromEnd: number;
  /** Resolved from context by its wording (同年, 翌日, the same day). */
  readonly relative: boolean;
  /** A decade (1990年代): iso is its first year, isoEnd its last; it moves no context. */
  readonly decade: boolean;
}

export function rawDate(
  start: number,
  end: number,
  from: LooseParts,
  fields: Partial<Pick<RawDate, 'to' | 'fromEnd' | 'relative' | 'decade'>> = {},
): RawDate {
  return {
    start,
    end,
    from,
    to: fields.to ?? null,
    fromEnd: fields.fromEnd ?? end,
    relative: fields.relative ?? false,
    decade: fields.decade ?? false,
  };
}
