// Japanese: coordinated subjects written with their states (ロシアのプーチン大統領と中国の習近平国家主席は),
// and signing a joint statement. Sentences written for these tests.
import { describe, expect, it } from 'vitest';
import { japaneseHarness } from './testing/japanese-harness.js';

// (lines without the end date of a range)
const { brief } = japaneseHarness('2024-12-01', false);

describe('coordinated subjects with their states', () => {
  it('XのA大統領とYのB主席は…会談し: the pair is the two leaders', () => {
    // (talks in Moscow: the Chinese side visited, implied-visit.ts, and the talks are told from the visitor's side)
    expect(brief('ロシアのプーチン大統領と中国の習近平国家主席は、2023年3月21日にモスクワで会談した。')).toEqual(['2023-03-21 046 CHN->RUS occurred', '2023-03-21 042 CHN->RUS occurred']);
  });
  it('the same with a title after the state and a name (日本の岸田文雄首相と韓国の尹錫悦大統領は)', () => {
    expect(brief('日本の岸田文雄首相と韓国の尹錫悦大統領は2023年5月7日、ソウルで会談した。')).toContain('2023-05-07 046 JPN->KOR occurred');
  });
  it('a state before a leader of another state is no member of its own (ロシアの…と北朝鮮の…)', () => {
    // only two members: the state names belong to their leaders
    expect(brief('ロシアのラブロフ外相と北朝鮮の崔善姫外相は2024年11月1日、モスクワで会談した。')).toEqual(['2024-11-01 046 PRK->RUS occurred', '2024-11-01 042 PRK->RUS occurred']);
  });
});

describe('joint statements', () => {
  it('signing a joint statement is signing a document (057)', () => {
    expect(brief('ロシアと中国は2024年5月16日、関係強化をうたう共同声明に署名した。')).toContain('2024-05-16 057 RUS->CHN occurred');
  });
  it('a statement without 共同 is no signed document', () => {
    expect(brief('ロシア外務省は2024年5月16日、声明に署名した担当者を明らかにした。').filter((e) => e.includes(' 057 '))).toEqual([]);
  });
});
