/**
 * Date extraction: finds date expressions in normalised Japanese and English
 * text and resolves them to ISO partial dates, carrying the current year,
 * month and last full date from left to right (同年, 同月, 翌日, the same day).
 */
export { findDates, type FindDatesOptions } from './find-dates.js';
export { dateAt, dateBefore, parseDateSurface } from './date-lookup.js';
export { parseKanjiNumber } from './kanji-number.js';
export { eraToWesternYear } from './era.js';
