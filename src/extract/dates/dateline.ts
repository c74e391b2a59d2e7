/**
 * What follows a publication's date: 2023年10月20日付『労働新聞』, 9月13日付の同紙.
 * Such a date tells when a source was printed, not when what it reports
 * happened, so it neither dates the events of its sentence nor becomes the
 * running date (同日 after it is still the day narrated before).
 */
export const DATELINE = /^付(?:の)?(?:[『「《<]|[^、。]{0,8}(?:新聞|紙|通信|報道|記事|社説|論説))/u;
