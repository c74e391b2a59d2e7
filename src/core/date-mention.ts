import type { DatePrecision } from './partial-date.js';

/**
 * A date expression found in (normalised) text, resolved to an ISO partial date.
 * `start`/`end` are offsets in the text that was scanned.
 */
export interface DateMention {
  readonly start: number;
  readonly end: number;
  readonly surface: string;
  /** ISO partial date: `2023`, `2023-09`, `2023-09-13`. */
  readonly iso: string;
  /** Last day/month/year of a range (`9月12日～18日` → `2023-09-18`), else null. */
  readonly isoEnd: string | null;
  readonly precision: DatePrecision;
  /** True when resolved from context (同年, 同月, 翌日, 前年, bare 9月 ...). */
  readonly relative: boolean;
}
