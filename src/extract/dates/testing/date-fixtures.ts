import { findDates, type FindDatesOptions } from '../find-dates.js';

/** `[surface, iso, isoEnd]` of every date in `text`, for compact expectations in tests. */
export function dates(text: string, documentDate: string | null = null, language?: FindDatesOptions['language']): Array<[string, string, string | null]> {
  return findDates(text, { documentDate, ...(language ? { language } : {}) }).map((m) => [m.surface, m.iso, m.isoEnd]);
}

/** ISO of every date in `text`. */
export function isos(text: string, documentDate: string | null = null): string[] {
  return findDates(text, { documentDate }).map((m) => m.iso);
}
