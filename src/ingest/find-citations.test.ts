import { describe, expect, it } from 'vitest';
import { findCitations } from './find-citations.js';
import { normaliseText } from './normalise-text.js';

function cite(original: string) {
  const { text, offsets } = normaliseText(original);
  return { citations: findCitations(text, offsets), original };
}

const ENDNOTES = `本文では両国の接近を論じた。
1．背景
両国の外相が会談した。
2．今後
協力は続くとみられる。

注
1 東亜タイムズ（2023年9月14日）「首脳会談の詳報」。
2 同上。
3 外務省「日露関係」https://www.mofa.go.jp/example/page1.html （2023年10月1日閲覧）
4 Reuters, "Leaders meet in the Far East", 13 September 2023, https://www.reuters.com/world/example-1, accessed 1 October 2023.
`;

describe('findCitations', () => {
  it('reads a notes section and ignores numbered headings in the body', () => {
    const { citations, original } = cite(ENDNOTES);
    expect(citations.map((c) => c.marker)).toEqual(['1', '2', '3', '4']);
    const [first, second, third, fourth] = citations;
    expect(first!.text).toBe('東亜タイムズ(2023年9月14日)「首脳会談の詳報」。');
    expect(original.slice(first!.span.start, first!.span.end)).toBe('東亜タイムズ（2023年9月14日）「首脳会談の詳報」。');
    expect(second!.url).toBeNull();
    expect(third).toMatchObject({
      url: 'https://www.mofa.go.jp/example/page1.html',
      accessDate: '2023-10-01',
      publisher: '外務省',
    });
    expect(fourth).toMatchObject({
      url: 'https://www.reuters.com/world/example-1',
      accessDate: '2023-10-01',
      publisher: 'Reuters',
    });
  });

  it('finds page-bottom notes by their citation look and numbering', () => {
    const original = [
      '会談は9月に行われた¹。両国は協力で合意した²。',
      '¹ <https://tass.com/politics/100001>',
      '² 聯合ニュース「協力合意の内容」2023年9月20日',
      '本文はさらに続く。',
      'iii 解説のための注で出典はない。',
      'iv Some Institute(2022)「A study of the talks」, https://example.org/study (最終閲覧日:2024/7/1)',
    ].join('\n\n');
    const { citations } = cite(original);
    expect(citations.map((c) => c.marker)).toEqual(['¹', '²', 'iii', 'iv']);
    expect(citations[0]).toMatchObject({ url: 'https://tass.com/politics/100001', publisher: 'TASS' });
    expect(citations[1]).toMatchObject({ url: null, publisher: '聯合ニュース' });
    expect(citations[3]).toMatchObject({ accessDate: '2024-07-01', publisher: 'Some Institute' });
  });

  it('does not take body paragraphs starting with quantities or years for notes', () => {
    const original = '前文。\n\n2015年5月に式典が開かれた。\n\n12 日間の日程だった。\n\n(1) 小見出し\n\n本文。';
    expect(cite(original).citations).toEqual([]);
  });

  it('folds a following URL-only paragraph into the note', () => {
    const original = '注\n\n5 山田花子「極東の港湾開発」『季刊北東』(2015年5月3日)\n\n<http://example.jp/article/5>。';
    const [c] = cite(original).citations;
    expect(c!.url).toBe('http://example.jp/article/5');
  });

  it('handles English markers and Retrieved dates', () => {
    const original = 'Body text.\n\nNotes\n\n[1] Smith, J. "Talks", Retrieved March 5, 2024, from https://www.bbc.com/news/1\n\n(2) Ibid.';
    const cs = cite(original).citations;
    expect(cs.map((c) => [c.marker, c.accessDate, c.publisher])).toEqual([
      ['1', '2024-03-05', 'BBC'],
      ['2', null, null],
    ]);
  });

  it('is fast on thousands of notes', () => {
    const chapter = (n: number) =>
      `第${n}章の本文。\n\n注\n\n` +
      Array.from(
        { length: 500 },
        (_, i) => `${i + 1} 朝日新聞「記事${i}」2023年${(i % 12) + 1}月1日 https://www.asahi.com/articles/${n}-${i}.html (2024年1月1日閲覧)`,
      ).join('\n');
    const original = Array.from({ length: 8 }, (_, n) => chapter(n + 1)).join('\n\n');
    const t0 = performance.now();
    const { citations } = cite(original);
    expect(performance.now() - t0).toBeLessThan(2000);
    expect(citations).toHaveLength(4000);
    expect(citations[3999]).toMatchObject({ marker: '500', accessDate: '2024-01-01', publisher: '朝日新聞' });
  });
});

describe('Markdown footnotes', () => {
  it('finds [^n]: notes under a Markdown heading, each with its URL and access date', async () => {
    const { normaliseText } = await import('./normalise-text.js');
    const original = '本文で言及した[^1]。別の記事もある[^2]。\n\n## 注\n\n[^1]: 外務省「発表」https://www.example.org/a (2023年11月2日閲覧)\n[^2]: 通信社の記事 https://www.example.org/b (2023年11月3日閲覧)\n';
    const n = normaliseText(original);
    const notes = findCitations(n.text, n.offsets);
    expect(notes.map((c) => [c.marker, c.url, c.accessDate])).toEqual([
      ['1', 'https://www.example.org/a', '2023-11-02'],
      ['2', 'https://www.example.org/b', '2023-11-03'],
    ]);
  });
});
