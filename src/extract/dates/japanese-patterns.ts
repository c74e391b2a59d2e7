/** Sticky patterns for the pieces of a Japanese date, tried at a known position. */

const S = '[ \\u3000]{0,2}';
/** Range separators between numbers: ~ 〜 ～ and dashes. */
export const SEP = '[~〜～\\-–—]';
const KAN = '[〇一二三四五六七八九十]';
const NUM = `(\\d{1,2}|${KAN}{1,4})`;

/**
 * `2023年`, `二〇二三年`, `令和5年`, `令和元年`, `2006～2017年`, `1941～45年`, `2023年度`, `1990年代`, `2023年末`.
 * Groups: 1 western, 2 positional kanji, 3 era, 4 era year, 5 elided range end, 6 qualifier.
 */
export const YEAR_RE = new RegExp(
  `(?:(\\d{4})|([〇一二三四五六七八九]{4})|(令和|平成|昭和|大正)${S}(\\d{1,2}|元|${KAN}{1,3}))` +
    `(?:${S}${SEP}${S}(\\d{4}|\\d{1,2}|${KAN}{1,3})(?![\\d〇一二三四五六七八九十]))?` +
    `${S}年(?!間)(度|代|末|初頭|初め|初|頭|前半|後半|半ば)?`,
  'y',
);

/** `9月`, `九月`, `7～8月`, `9月上旬`, `9月末`. Groups: 1 month, 2 elided range end, 3 qualifier. */
export const MONTH_RE = new RegExp(
  `${S}${NUM}(?:${S}${SEP}${S}${NUM})?${S}月(?!間)(上旬|中旬|下旬|初旬|末|初頭|初め|初|頭|半ば)?`,
  'y',
);

/** `13日`, `二十三日`, `16～17日`. Groups: 1 day, 2 elided range end. */
export const DAY_RE = new RegExp(`${S}${NUM}(?:${S}${SEP}${S}${NUM})?${S}日(?!間)`, 'y');

/** Between the two ends of a written-out range: `～`, `から`. */
export const RANGE_SEP_RE = new RegExp(`${S}(?:${SEP}|から)${S}`, 'y');

export const MADE_RE = new RegExp(`${S}まで`, 'y');

/** After a bare day, words that make it a count of days (13日間, 3日後, 10日ぶり). */
export const DAY_COUNT_AFTER_RE = /[目後前余分]|ぶり|以内|以上|程度|ほど|連続/y;

/** Before a bare month or day, characters that make it a count (約3日, 第9日, 数日). */
export const COUNT_BEFORE = new Set(['約', '計', '第', '数', '毎', '各', '何', '幾', '延', 'べ', '日', '十', '百', '千', '万', '〇', '一', '二', '三', '四', '五', '六', '七', '八', '九']);
