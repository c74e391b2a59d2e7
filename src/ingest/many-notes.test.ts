import { describe, expect, it } from 'vitest';
import { findCitations } from './find-citations.js';
import { normaliseText } from './normalise-text.js';

/** Endnote lists past 99 (and past 999) once ran together into one paragraph. */
describe('long endnote lists', () => {
  it.each([
    ['one per line', '\n'],
    ['blank line between', '\n\n'],
  ])('finds every one of 1200 numbered notes (%s)', (_, sep) => {
    const notes = Array.from({ length: 1200 }, (_, i) => `${i + 1}. Source ${i + 1}, https://example.org/${i + 1} (accessed 2024-01-01)`);
    const original = `Body text ends here.\n\nNotes\n\n${notes.join(sep)}\n`;
    const { text, offsets } = normaliseText(original);
    const cites = findCitations(text, offsets);
    expect(cites.map((c) => c.marker)).toEqual(notes.map((_, i) => String(i + 1)));
    const last = cites[1199]!;
    expect(original.slice(last.span.start, last.span.end)).toBe('Source 1200, https://example.org/1200 (accessed 2024-01-01)');
  });

  it('still joins a wrapped line that starts with a number and a counter', () => {
    expect(normaliseText('The army fired\n100 shells at the border.').text).toBe('The army fired 100 shells at the border.');
    expect(normaliseText('北朝鮮は\n100発を発射した。').text).toBe('北朝鮮は100発を発射した。');
  });
});
