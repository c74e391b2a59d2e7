import type { DateMention } from '../../core/date-mention.js';
import { findDates, type FindDatesOptions } from './find-dates.js';

/** Index of the last mention starting at or before `offset`, or -1 (mentions are sorted). */
function lastStartingBefore(mentions: readonly DateMention[], offset: number): number {
  let lo = 0;
  let hi = mentions.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if ((mentions[mid]?.start ?? Infinity) <= offset) {
      found = mid;
      lo = mid + 1;
    } else {
      hi = mid - 1;
    }
  }
  return found;
}

/** The mention covering `offset` ([start, end)), or null. */
export function dateAt(mentions: readonly DateMention[], offset: number): DateMention | null {
  const m = mentions[lastStartingBefore(mentions, offset)];
  return m !== undefined && offset < m.end ? m : null;
}

/** The last mention ending at or before `offset` (the date in force there), or null. */
export function dateBefore(mentions: readonly DateMention[], offset: number): DateMention | null {
  let i = lastStartingBefore(mentions, offset);
  while (i >= 0 && (mentions[i]?.end ?? Infinity) > offset) i--;
  return mentions[i] ?? null;
}

/**
 * Parse a string that should be exactly one date expression (`2023年9月13日`,
 * `September 2023`); null when it is not (or holds more than one).
 */
export function parseDateSurface(surface: string, opts: FindDatesOptions): DateMention | null {
  const trimmed = surface.trim();
  const found = findDates(trimmed, opts);
  const only = found.length === 1 ? found[0] : undefined;
  return only !== undefined && only.start === 0 && only.end === trimmed.length ? only : null;
}
