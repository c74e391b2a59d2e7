export { findDates, type FindDatesOptions } from './find-dates.js';
export { dateAt, dateBefore, parseDateSurface } from './date-lookup.js';
export { parseKanjiNumber } from './kanji-number.js';
export { eraToWesternYear } from './era.js';
