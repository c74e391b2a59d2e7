/**
 * Classifies lines by how they start, to decide where paragraphs begin.
 * Only explicit, predictable cues are used: numbered headings and
 * footnote/endnote markers.
 */

/** `1．はじめに`, `2. Title`, `(1)`, `（２）`, `第1章`, `[3]`. */
const HEADING =
  /^(?:第[0-9０-９一二三四五六七八九十百]+[章節部編]|[0-9０-９]{1,2}[.．、)）](?![0-9０-９])\s*\S|[(（][0-9０-９]{1,2}[)）]|[[［][0-9０-９]{1,3}[\]］])/;

/** `¹`, `注1`, `注)`, `脚注`, `*1`, `※1`, Markdown `[^1]:`, and lowercase roman numerals `iv ` before non-lowercase text. */
const NOTE =
  /^(?:[¹²³⁴⁵⁶⁷⁸⁹⁰]+|注(?:[0-9０-９]+|\s*[)）:：]|$)|脚注|[*＊※][0-9０-９]+|[ivx]{1,6}[ \t　]+(?=[^\sa-z])|\[\^[0-9A-Za-z]{1,10}\]:)/;

/**
 * A bare `12 text` note marker: 1-3 digits, spaces, then a non-counter
 * character; also `123. text` and `1234. text` (long endnote lists, where
 * the numbered-heading rule, 1-2 digits, no longer applies).
 */
const BARE_NUMBER = /^(?:[0-9０-９]{1,3}[.．]?|[0-9０-９]{4}[.．])[ \t　]+([^\s0-9０-９a-z])/;

/** Characters that, after a number, mean a quantity rather than a note marker. */
const COUNTERS = '年月日時分秒個人回件度％%万億千百名歳周期号条項次位台機発隻両国カヶケか箇ヵ倍割点枚本社．.,，、~～-－';

/** A line that opens a notes section: `注`, `脚注`, `Notes`, `References`... */
const NOTES_TITLE =
  /^(?:#{1,6}\s*)?(?:[0-9０-９]{1,2}[.．]?\s*)?[-―－—【［[(（〈<\s]*(?:注|注釈|脚注|文末注|参考文献|引用文献|出典|notes?|endnotes|footnotes|references|bibliography|sources)[-―－—】］\])）〉>\s]*[:：]?$/i;

/** Unnumbered section titles common enough to recognise as whole lines. */
const NAMED_HEADING =
  /^(?:はじめに|おわりに|むすび|むすびに|結びに|序論|結論|まとめ|要旨|要約|introduction|conclusions?|summary|abstract)$/i;

export function isNotesTitle(trimmed: string): boolean {
  return NOTES_TITLE.test(trimmed);
}

export function isHeadingLine(trimmed: string): boolean {
  return HEADING.test(trimmed) || NOTES_TITLE.test(trimmed) || NAMED_HEADING.test(trimmed);
}

/** Heading short enough that the line after it cannot be its continuation. */
export function isShortHeading(trimmed: string): boolean {
  if (NOTES_TITLE.test(trimmed) || NAMED_HEADING.test(trimmed)) return true;
  if (trimmed.length > 40 || !HEADING.test(trimmed)) return false;
  const last = trimmed[trimmed.length - 1] ?? '';
  return !'。、，,'.includes(last);
}

export function isNoteLine(trimmed: string): boolean {
  return NOTE.test(trimmed);
}

/** `12 Title...` read as a note only after a line that ended a sentence or was a note. */
export function isBareNumberNote(trimmed: string, previousEndsSentence: boolean): boolean {
  if (!previousEndsSentence) return false;
  const m = BARE_NUMBER.exec(trimmed);
  return m !== null && !COUNTERS.includes(m[1]!);
}

/** Page numbers alone on a line: `2`, `- 3 -`, `3/12`, `Page 4`, `p. 5`, `— 6 —`. */
const PAGE_NUMBER =
  /^(?:[-–—－‐]?\s*[0-9０-９]{1,3}\s*[-–—－‐]?|[0-9０-９]{1,3}\s*[/／]\s*[0-9０-９]{1,3}|(?:page|p\.)\s*[0-9]{1,3}(?:\s*(?:of|\/)\s*[0-9]{1,3})?|[0-9０-９]{1,3}\s*(?:頁|ページ))$/i;

export function isPageNumberLine(trimmed: string): boolean {
  return PAGE_NUMBER.test(trimmed);
}
