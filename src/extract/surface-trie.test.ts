import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { SurfaceTrie } from './surface-trie.js';

describe('SurfaceTrie', () => {
  it('finds the longest entry starting at a position, and the first value set wins', () => {
    const t = new SurfaceTrie<string>();
    t.add('朝鮮', 'korea');
    t.add('朝鮮戦争', 'war');
    t.add('朝鮮', 'other');
    expect(t.longestAt('朝鮮戦争の', 0)).toEqual({ end: 4, value: 'war' });
    expect(t.longestAt('朝鮮半島', 0)).toEqual({ end: 2, value: 'korea' });
    expect(t.longestAt('北朝鮮', 0)).toBeNull();
  });
  it('handles characters outside the BMP (𠮷)', () => {
    const t = new SurfaceTrie<number>();
    t.add('𠮷野', 1);
    expect(t.longestAt('a𠮷野b', 1)).toEqual({ end: 4, value: 1 });
  });
  it('agrees with a naive longest-prefix search (property)', () => {
    const word = fc.string({ unit: fc.constantFrom('露', '朝', '中', 'ア', 'a'), minLength: 1, maxLength: 4 });
    fc.assert(
      fc.property(fc.array(word, { maxLength: 12 }), fc.string({ unit: fc.constantFrom('露', '朝', '中', 'ア', 'a', 'x'), maxLength: 20 }), (words, text) => {
        const t = new SurfaceTrie<string>();
        for (const w of words) t.add(w, w);
        for (let i = 0; i < text.length; i++) {
          const naive = [...new Set(words)].filter((w) => text.startsWith(w, i)).sort((a, b) => b.length - a.length)[0];
          const hit = t.longestAt(text, i);
          expect(hit?.value ?? null).toBe(naive ?? null);
        }
      }),
    );
  });
});
