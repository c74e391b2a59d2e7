import { describe, expect, it } from 'vitest';
import { guessMetadata } from './document-metadata.js';

describe('guessMetadata', () => {
  it('reads a Japanese report head', () => {
    const text = [
      '極東の港をめぐる新しい動き',
      '山田花子',
      '東亜大学准教授',
      '1.はじめに',
      '本文では2023年9月13日の会談を扱う。',
      '東亜政策研究所',
      '2023年11月13日',
      '2023/11/13',
    ].join('\n');
    expect(guessMetadata(text, 'report-01')).toEqual({
      title: '極東の港をめぐる新しい動き',
      author: '山田花子',
      publisher: '東亜政策研究所',
      publishedDate: '2023-11-13',
    });
  });

  it('prefers a labelled date and takes an affiliation line as the author', () => {
    const text = '沿岸警備の課題\n掲載日:令和5年11月13日\n鈴木一郎東亜大学教授\n本文は2024年1月5日に触れる。';
    const m = guessMetadata(text, 'x');
    expect(m.publishedDate).toBe('2023-11-13');
    expect(m.author).toBe('鈴木一郎東亜大学教授');
    expect(m.title).toBe('沿岸警備の課題');
  });

  it('reads an English article head', () => {
    const text = 'Summit diplomacy in the Far East\nBy Jane Q. Doe\nNovember 13, 2023\nThe leaders met on 2024.07.12.';
    expect(guessMetadata(text, 'y')).toMatchObject({
      title: 'Summit diplomacy in the Far East',
      author: 'Jane Q. Doe',
      publishedDate: '2023-11-13',
    });
  });

  it('falls back to the file name and nulls', () => {
    expect(guessMetadata('', 'notes-2024')).toEqual({ title: 'notes-2024', author: null, publisher: null, publishedDate: null });
  });
});
