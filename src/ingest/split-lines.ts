/** One physical line of the original text. Offsets are into the original. */
export interface SourceLine {
  /** Start of the line's content. */
  readonly start: number;
  /** End of the line's content (before its terminator). */
  readonly end: number;
  /** End of the terminator (CRLF, CR, LF or form feed); equals `end` on the last line. */
  readonly next: number;
  /** Page number, counting form feeds seen before this line. */
  readonly page: number;
}

/**
 * Splits text into lines, treating CRLF, CR and LF as one line break and a
 * form feed as both a line break and a page break. Linear, no regex.
 */
export function splitLines(text: string): SourceLine[] {
  const lines: SourceLine[] = [];
  let start = 0;
  let page = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c !== 0x0a && c !== 0x0d && c !== 0x0c) continue;
    const next = c === 0x0d && text.charCodeAt(i + 1) === 0x0a ? i + 2 : i + 1;
    lines.push({ start, end: i, next, page });
    if (c === 0x0c) page++;
    start = next;
    i = next - 1;
  }
  lines.push({ start, end: text.length, next: text.length, page });
  return lines;
}
