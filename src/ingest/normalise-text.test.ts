import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normaliseText, normaliseTextDetailed } from './normalise-text.js';

const norm = (s: string) => normaliseText(s).text;
const strip = (s: string) => s.replace(/\s/gu, '');

describe('normaliseText: characters', () => {
  it('applies NFKC per cluster without decomposing kana', () => {
    expect(norm('ガギグ')).toBe('ガギグ');
    expect(norm('ｶﾞｷﾞｸﾞ ﾊﾟﾝ')).toBe('ガギグパン');
    expect(norm('か\u3099')).toBe('が');
    expect(norm('か゛は゜')).toBe('がぱ');
    expect(norm('ＡＢＣ１２３')).toBe('ABC123');
    expect(norm('㍻元年')).toBe('平成元年');
  });

  it('maps a composed character back to its whole source cluster', () => {
    const original = 'xｶﾞy';
    const { text, offsets } = normaliseText(original);
    expect(text).toBe('xガy');
    expect(offsets.toOriginal(1, 2)).toEqual({ start: 1, end: 3 });
    expect(offsets.toOriginalIndex(2)).toBe(3);
    expect(offsets.toOriginal(3, 3)).toEqual({ start: 4, end: 4 });
  });

  it('keeps surrogate pairs intact and mapped', () => {
    const { text, offsets } = normaliseText('𠮷野家😀');
    expect(text).toBe('𠮷野家😀');
    expect(offsets.toOriginal(0, 2)).toEqual({ start: 0, end: 2 });
    expect(offsets.toOriginal(4, 6)).toEqual({ start: 4, end: 6 });
  });

  it('keeps superscript note markers apart from numbers', () => {
    expect(norm('9月12日¹に')).toBe('9月12日¹に');
  });

  it('drops invisible characters', () => {
    expect(norm('ab\u00adc\u200bd\ufeff')).toBe('abcd');
  });
});

describe('normaliseText: spaces', () => {
  it('removes spaces next to CJK and between digits and CJK', () => {
    expect(norm('2024 年 3 月 5 日')).toBe('2024年3月5日');
    expect(norm('外務省 は 声明を')).toBe('外務省は声明を');
    expect(norm('(APEC) 首脳会議')).toBe('(APEC)首脳会議');
  });

  it('collapses runs of spaces, tabs and ideographic spaces between Latin words', () => {
    expect(norm('  New \t York\u3000 City  ')).toBe('New York City');
    expect(norm('version 2 of 3')).toBe('version 2 of 3');
  });
});

describe('normaliseText: lines and paragraphs', () => {
  it('joins hard wraps: nothing next to CJK, a space between Latin words', () => {
    expect(norm('外相は会談で\n合意した。')).toBe('外相は会談で合意した。');
    expect(norm('the two sides\nagreed')).toBe('the two sides agreed');
    expect(norm('会談 \r\n the summit')).toBe('会談the summit');
  });

  it('rejoins words hyphenated at a line end', () => {
    expect(norm('an inter-\nnational accord')).toBe('an international accord');
    expect(norm('the Korea-\nJapan talks')).toBe('the Korea-Japan talks');
  });

  it('treats blank lines (even with spaces) and CR/CRLF consistently', () => {
    expect(norm('first para\n \t\nsecond para')).toBe('first para\nsecond para');
    expect(norm('first para\r\n\r\nsecond\rpara')).toBe('first para\nsecond para');
    expect(norm('\n\n  lead\n\n\n\ntail\n\n')).toBe('lead\ntail');
  });

  it('starts a paragraph at numbered headings and note markers', () => {
    expect(norm('本文の終わり\n1．はじめに\n次の本文が\n続く')).toBe('本文の終わり\n1.はじめに\n次の本文が続く');
    expect(norm('text ends\n2. Background\nmore text')).toBe('text ends\n2. Background\nmore text');
    expect(norm('本文。\n(1) 小見出し\n本文')).toBe('本文。\n(1)小見出し\n本文');
    expect(norm('本文。\n第2章 展開\n本文')).toBe('本文。\n第2章展開\n本文');
    expect(norm('本文が続く\n¹ 注の本文')).toBe('本文が続く\n¹注の本文');
    expect(norm('本文。\n12 新聞記事の注')).toBe('本文。\n12新聞記事の注');
  });

  it('does not mistake a wrapped quantity for a note', () => {
    expect(norm('輸送された物資は\n1000 個を超え\n12 日間に')).toBe('輸送された物資は1000個を超え12日間に');
  });

  it('joins a sentence cut by a page break that the extraction left as a blank line', () => {
    // web-style text: one paragraph a line, paragraphs apart by one blank line
    const cut = norm('国防相は記者団との懇談の席で、相手国が昨年の夏以降、武器を積んだコ\n\nンテナを数千個送ったとの見方を示した。\n\n次の段落。');
    expect(cut).toBe('国防相は記者団との懇談の席で、相手国が昨年の夏以降、武器を積んだコンテナを数千個送ったとの見方を示した。\n次の段落。');
    const latin = norm('両国の首脳会談の直前にあたる同年五月には、当時のボリス・ペトロフ(Boris\n\nPetrov)長官が首都を訪れた。');
    expect(latin).toBe('両国の首脳会談の直前にあたる同年五月には、当時のボリス・ペトロフ(Boris Petrov)長官が首都を訪れた。');
    const gloss = norm('欧米の主要国は、先進7カ国首脳会議の参加国や北大西洋条約機構\n\n(NATO)の加盟国として足並みをそろえた。');
    expect(gloss).toBe('欧米の主要国は、先進7カ国首脳会議の参加国や北大西洋条約機構(NATO)の加盟国として足並みをそろえた。');
    const english = norm('Officials said the country had shipped more than a million artillery\n\nshells to its neighbour by the end of the year.');
    expect(english).toBe('Officials said the country had shipped more than a million artillery shells to its neighbour by the end of the year.');
  });

  it('keeps an English headline apart from the dateline paragraph after it', () => {
    const text = norm('Moscow and Pyongyang sign a defence pact\n\nPYONGYANG, June 19, 2024 — The two leaders signed a treaty.');
    expect(text).toBe('Moscow and Pyongyang sign a defence pact\nPYONGYANG, June 19, 2024 — The two leaders signed a treaty.');
  });

  it('keeps titles, bylines and finished sentences apart across a blank line', () => {
    expect(norm('両国関係の行方を考える\n\n本文がここから始まる。')).toBe('両国関係の行方を考える\n本文がここから始まる。');
    const ended = '外相は二日間の日程を終えて帰国の途についたと報じられた。';
    expect(norm(`${ended}\n\n次の段落が続く。`)).toBe(`${ended}\n次の段落が続く。`);
    const long = '外相は二日間の日程を終えて帰国の途についたと報じられた、その翌日の声明では';
    expect(norm(`${long}\n\n「次の引用」で始まる段落。`)).toBe(`${long}\n「次の引用」で始まる段落。`);
    expect(norm(`${long}\n\n2.次の見出し`)).toBe(`${long}\n2.次の見出し`);
    const note = '⁵ https://www.example.org/press/2023/02/20/statement_of_the_ministry.html';
    expect(norm(`${note}\n\nなお、日本語の要約もある。`)).toBe(`${note}\nなお、日本語の要約もある。`);
  });

  it('reads double-spaced extractions: one blank line is a wrap, two a paragraph', () => {
    const wrapped = Array.from({ length: 12 }, (_, i) => `行${i}の本文がここまで続き`).join('\n\n');
    const text = norm(`${wrapped}\n\n\n\n次の段落`);
    expect(text.split('\n')).toHaveLength(2);
    expect(text.startsWith('行0の本文がここまで続き行1')).toBe(true);
    const titled = norm(`短い題名\n\n${wrapped}`);
    expect(titled.startsWith('短い題名\n行0')).toBe(true);
  });
});

describe('normaliseText: page furniture', () => {
  const page = (n: number, body: string) => `Quarterly Notes No. 7\n\n${body}\n\n- ${n} -`;

  it('drops running headers and page numbers and joins sentences across pages', () => {
    const original = [page(1, 'The ministers met in'), page(2, 'Seoul on Monday.'), page(3, 'A new paragraph.')].join('\f');
    const { text, dropped } = normaliseTextDetailed(original);
    expect(text).toBe('The ministers met in Seoul on Monday.\nA new paragraph.');
    expect(dropped).toHaveLength(6);
    for (const s of dropped) expect(['Quarterly Notes No. 7', '- 1 -', '- 2 -', '- 3 -']).toContain(original.slice(s.start, s.end));
  });

  it('drops short lines repeated three times even without form feeds', () => {
    const original = '季報 第5号\n本文その一。\n\n季報 第5号\n本文その二。\n\n季報 第5号\n本文その三。\n3/12\nPage 4';
    expect(norm(original)).toBe('本文その一。\n本文その二。\n本文その三。');
  });

  it('keeps a line that appears only twice', () => {
    expect(norm('同じ行\n\n同じ行')).toBe('同じ行\n同じ行');
  });
});

// ---- property tests ------------------------------------------------------

const pieces = [
  '北朝鮮', 'ロシア', '外相が', '会談した', '。', '、', '「声明」', '２０２３', 'ＡＢＣ', '１０月',
  '¹', '²⁰', 'ｶﾞ', 'ﾊﾟ', 'ｷﾞｮｳ', 'ｱｲｳ', 'ガ', 'か\u3099', '😀', '𠮷', '👍🏽', '①', '㍻',
  'the', 'talks', 'Seoul', 'UN', '2024', '12', '(NATO)', 'a.b', 'x',
  ' ', '  ', '\t', '\u3000', '\n', '\n', '\r\n', '\n\n', '\n \n', '\f',
  '\nヘッダー報告 第3号\n', '\nRunning Head\n', '\n7\n', '\n- 2 -\n',
];
const original = fc.array(fc.constantFrom(...pieces), { maxLength: 60 }).map((a) => a.join(''));
const rangeIn = (o: string) => {
  const { text } = normaliseText(o);
  return fc.tuple(fc.nat(text.length), fc.nat(text.length)).map(([a, b]) => [Math.min(a, b), Math.max(a, b)] as const);
};
const withRange = original.chain((o) => rangeIn(o).map((r) => ({ o, s: r[0], e: r[1] })));

const nfkcKeepingSuperscripts = (s: string) => s.replace(/[^¹²³⁰⁴-⁹]+/g, (m) => m.normalize('NFKC'));

/** By UTF-16 unit, since a range may split a surrogate pair. */
function isSubsequence(needle: string, hay: string): boolean {
  let i = 0;
  for (let j = 0; j < hay.length && i < needle.length; j++) if (hay[j] === needle[i]) i++;
  return i === needle.length;
}

describe('normaliseText: offset map properties', () => {
  it('maps any range to a span inside the original, monotonically', () => {
    fc.assert(
      fc.property(withRange, ({ o, s, e }) => {
        const { text, offsets } = normaliseText(o);
        const span = offsets.toOriginal(s, e);
        expect(0 <= span.start && span.start <= span.end && span.end <= o.length).toBe(true);
        for (let i = 1; i <= text.length; i++) {
          expect(offsets.toOriginalIndex(i - 1)).toBeLessThanOrEqual(offsets.toOriginalIndex(i));
        }
      }),
      { numRuns: 300 },
    );
  });

  it('finds every non-space character of a range, in order, in its original span', () => {
    fc.assert(
      fc.property(withRange, ({ o, s, e }) => {
        const { text, offsets } = normaliseText(o);
        const span = offsets.toOriginal(s, e);
        const source = strip(nfkcKeepingSuperscripts(o.slice(span.start, span.end)));
        expect(isSubsequence(strip(text.slice(s, e)), source)).toBe(true);
      }),
      { numRuns: 500 },
    );
  });

  it('renormalising the original span gives back the range (whitespace aside)', () => {
    fc.assert(
      fc.property(withRange, ({ o, s, e }) => {
        const { text, offsets, dropped } = normaliseTextDetailed(o);
        const same = (i: number) =>
          offsets.toOriginal(i - 1, i).start === offsets.toOriginal(i, i + 1).start;
        fc.pre(!(s > 0 && s < text.length && same(s)) && !(e > 0 && e < text.length && same(e)));
        const span = offsets.toOriginal(s, e);
        fc.pre(!dropped.some((d) => d.start < span.end && d.end > span.start));
        const again = normaliseTextDetailed(o.slice(span.start, span.end));
        fc.pre(again.dropped.length === 0);
        expect(strip(again.text)).toBe(strip(text.slice(s, e)));
      }),
      { numRuns: 1000 },
    );
  });
});

describe('normaliseText: speed', () => {
  it('normalises 1 MB of wrapped Japanese in well under a second', () => {
    const line = (i: number) => `北朝鮮とロシアは 2024 年 ${i} 月に条約を結び、両国の協力を強めた。ｶﾞｲﾑ省は\n`;
    const page = (p: number) =>
      `季刊レポート 第9号\n\n${Array.from({ length: 40 }, (_, i) => line(p * 40 + i)).join('')}\n${p}\n\f`;
    let big = '';
    for (let p = 0; big.length < 1_000_000; p++) big += page(p);
    const t0 = performance.now();
    const { text, offsets } = normaliseText(big);
    const ms = performance.now() - t0;
    expect(text.length).toBeGreaterThan(500_000);
    expect(offsets.toOriginal(0, text.length).end).toBeLessThanOrEqual(big.length);
    expect(ms).toBeLessThan(1000);
  });
});
