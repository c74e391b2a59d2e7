import { describe, expect, it } from 'vitest';
import { splitLines } from './split-lines.js';

describe('splitLines', () => {
  it('treats CRLF, CR and LF as one break and form feed as a page break', () => {
    const text = 'a\r\nb\rc\nd\fe';
    expect(splitLines(text).map((l) => [text.slice(l.start, l.end), l.page])).toEqual([
      ['a', 0],
      ['b', 0],
      ['c', 0],
      ['d', 0],
      ['e', 1],
    ]);
    expect(splitLines(text)[0]).toEqual({ start: 0, end: 1, next: 3, page: 0 });
  });

  it('returns one empty line for empty text', () => {
    expect(splitLines('')).toEqual([{ start: 0, end: 0, next: 0, page: 0 }]);
  });
});
