import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { splitSentences } from './sentences.js';

describe('splitSentences', () => {
  it('splits Japanese at 。 but not inside 「」', () => {
    const t = 'ロシア外相が訪朝した。外相は「関係は新たな段階に入った。」と述べた。翌日帰国した。';
    const parts = splitSentences(t).map((s) => t.slice(s.start, s.end));
    expect(parts).toEqual(['ロシア外相が訪朝した。', '外相は「関係は新たな段階に入った。」と述べた。', '翌日帰国した。']);
  });

  it('ends sentences at paragraph breaks and counts paragraphs', () => {
    const t = '見出し\n本文の一文目。二文目\n\n次の段落。';
    const s = splitSentences(t);
    expect(s.map((x) => t.slice(x.start, x.end))).toEqual(['見出し', '本文の一文目。', '二文目', '次の段落。']);
    expect(s.map((x) => x.paragraph)).toEqual([0, 1, 1, 3]);
  });

  it('splits English but not after abbreviations', () => {
    const t = 'Mr. Lavrov met Kim Jong Un on Oct. 19. The U.S. criticised the visit. Talks ended.';
    const parts = splitSentences(t).map((s) => t.slice(s.start, s.end));
    expect(parts).toEqual(['Mr. Lavrov met Kim Jong Un on Oct. 19.', 'The U.S. criticised the visit.', 'Talks ended.']);
  });

  it('never loses or reorders text (property)', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom('あ', '。', '「', '」', '\n', ' ', 'A', '.', '中', '!') }), (t) => {
        const s = splitSentences(t);
        let last = 0;
        for (const x of s) {
          expect(x.start).toBeGreaterThanOrEqual(last);
          expect(x.end).toBeGreaterThan(x.start);
          last = x.end;
        }
        const kept = s.map((x) => t.slice(x.start, x.end)).join('').replace(/\s/g, '');
        expect(kept).toBe(t.replace(/\s/g, ''));
      }),
    );
  });
});
