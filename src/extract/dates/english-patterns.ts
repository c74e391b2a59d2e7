/** Month names as written in English text; abbreviations may take a full stop. */
export const MONTH_NAME_SRC =
  '(?:January|February|March|April|May|June|July|August|September|October|November|December|' +
  '(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\\.?)(?![A-Za-z])';

const MONTH_NUMBERS: Readonly<Record<string, number>> = {
  jan: 1, feb: 2, mar: 3, apr: 4, may: 5, jun: 6, jul: 7, aug: 8, sep: 9, oct: 10, nov: 11, dec: 12,
};

export function monthNumber(name: string): number | null {
  return MONTH_NUMBERS[name.slice(0, 3).toLowerCase()] ?? null;
}

const MON = `(${MONTH_NAME_SRC})`;
const ORD = '(?:st|nd|rd|th)?';
const DASH = '\\s*[-–—~〜～]\\s*';
/** Between the two days of `12–18 September` or `between 12 and 18 September`. */
const DAY_SEP = `(?:${DASH}|\\s+(?:to|until|till|through|and)\\s+)`;

/** `13 September 2023`, `12–18 September 2023`, `13th of Sept.`. Groups: day, end day, month, year. */
export const EN_DMY_RE = new RegExp(
  `(\\d{1,2})${ORD}(?:${DAY_SEP}(\\d{1,2})${ORD})?\\s+(?:of\\s+)?${MON}(?:,?\\s+(\\d{4})(?!\\d))?`,
  'y',
);

/** `September 13, 2023`, `Sept. 13`, `September 12-18, 2023`. Groups: month, day, end day, year. */
export const EN_MDY_RE = new RegExp(
  `${MON}\\s*(\\d{1,2})${ORD}(?![\\d:])(?:${DAY_SEP}(\\d{1,2})${ORD}(?![\\d:]))?(?:,?\\s+(\\d{4})(?!\\d))?`,
  'y',
);

/** `September 2023`. Groups: month, year. */
export const EN_MY_RE = new RegExp(`${MON},?\\s+(\\d{4})(?!\\d)`, 'y');

/** A month name alone (`in September`). Group: month. */
export const EN_M_RE = new RegExp(MON, 'y');

/** `2023`, `2006–2017`, `1950–53`, `2006 to 2017`. Groups: year, separator, end year. */
export const EN_YEAR_RE = new RegExp(`(\\d{4})(?!\\d)(?:(${DAY_SEP})(\\d{4}|\\d{2})(?!\\d))?`, 'y');

/** Between two written-out points: `12 September to 2 October 2023`. */
export const EN_POINT_SEP_RE = new RegExp(`(?:${DASH}|\\s+(?:to|until|till|through)\\s+)`, 'y');

/** What makes a 4-digit number a quantity, not a year (2023 percent, 2023.5). */
export const EN_NOT_YEAR_AFTER_RE = /\s*(?:%|percent|per cent|[.,]\d|年)/y;

/** Words after which a bare year or month name is a date: in 2023, since May. */
export const DATE_PREPOSITIONS = new Set([
  'in', 'since', 'by', 'until', 'till', 'from', 'during', 'between', 'before', 'after', 'around',
  'of', 'through', 'to', 'early', 'mid', 'late', 'circa', 'c', 'spring', 'summer', 'autumn', 'fall',
  'winter', 'and', 'or', 'on', 'last', 'next', 'this', 'that', 'throughout', 'fiscal', 'end',
]);

/** Relative phrases in English: the following day, later that year, last year. */
export const EN_RELATIVE_SRC =
  '(?:[Tt]he (?:same|following|next|previous|preceding) (?:day|month|year)|' +
  '[Tt]he (?:day|month|year) (?:before|after)|' +
  '(?:[Ee]arlier|[Ll]ater) (?:that|the same) (?:month|year)|' +
  '[Tt]hat (?:same )?(?:month|year)|[Ll]ast year|[Tt]his year|[Nn]ext year|[Ll]ast month|[Tt]his month|[Nn]ext month|[Ll]ast week|[Tt]his week|[Nn]ext week|' +
  '(?:[Oo]n|[Ll]ast|[Nn]ext) (?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday))(?![A-Za-z])';
