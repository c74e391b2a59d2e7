import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeOffsets, encodeOffsets, OffsetTable } from './offset-table.js';
import { findMatches, foldCase, snippetAt } from './text-matches.js';

describe('findMatches', () => {
  it('finds non-overlapping occurrences', () => {
    expect(findMatches('ああああ', 'ああ')).toEqual([0, 2]);
    expect(findMatches('North KOREA and Korea', 'korea')).toEqual([6, 16]);
    expect(findMatches('abc', '')).toEqual([]);
  });

  it('agrees with a naive scan (property)', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom('a', 'b', 'あ', 'い', 'A') }), fc.string({ unit: fc.constantFrom('a', 'b', 'あ'), minLength: 1, maxLength: 3 }), (text, q) => {
        const naive: number[] = [];
        const t = text.toLowerCase();
        for (let i = 0; i + q.length <= t.length; ) {
          if (t.startsWith(q, i)) (naive.push(i), (i += q.length));
          else i++;
        }
        expect(findMatches(text, q)).toEqual(naive);
      }),
    );
  });

  it('never changes the length when folding', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary' }), (s) => foldCase(s).length === s.length));
  });
});

describe('snippetAt', () => {
  it('cuts context either side without splitting surrogate pairs', () => {
    expect(snippetAt('0123456789', 4, 6, 2)).toEqual({ before: '23', match: '45', after: '67' });
    const s = snippetAt('😀abc😀', 3, 4, 2);
    expect(s.before).toBe('😀a');
    expect(s.after).toBe('c😀');
  });
});

describe('offset table', () => {
  it('round-trips through bytes (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 2 ** 31 - 1 })), (values) => {
        const table = Int32Array.from(values);
        expect(decodeOffsets(encodeOffsets(table))).toEqual(table);
      }),
    );
  });

  it('reads blobs at any byte offset', () => {
    const bytes = encodeOffsets(Int32Array.from([0, 2, 5]));
    const shifted = new Uint8Array(bytes.length + 1);
    shifted.set(bytes, 1);
    const table = OffsetTable.fromBytes(shifted.subarray(1));
    expect(table.toOriginal(1, 2)).toEqual({ start: 2, end: 5 });
    expect(table.normalisedLength).toBe(2);
  });
});
