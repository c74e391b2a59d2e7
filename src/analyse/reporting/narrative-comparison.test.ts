import { describe, expect, it } from 'vitest';
import { narrativeComparison, statementsOf, type NarrativeDocument } from './narrative-comparison.js';
import { bigrams, dice, jaccard, normaliseForComparison, numbersIn, scorePair } from './statement-similarity.js';

describe('statement similarity', () => {
  it('normalises width and case and drops spaces and punctuation, keeping kana voicing', () => {
    expect(normaliseForComparison('ＡＢ　ガギ、c!')).toBe('abガギc');
  });

  it('computes Dice over character bigrams', () => {
    // 首脳会談 → {首脳, 脳会, 会談}; 首脳会議 → {首脳, 脳会, 会議}: 2·2 / (3+3)
    expect(dice(bigrams('首脳会談'), bigrams('首脳会議'))).toBeCloseTo(4 / 6, 10);
    expect(dice(bigrams('abc'), bigrams('xyz'))).toBe(0);
    expect(jaccard(new Set(), new Set())).toBeNull();
  });

  it('reads numbers without their separators, skipping date ranges', () => {
    expect(numbersIn('2023年9月に1,000個と6.5%')).toEqual(['2023', '9', '1000', '6.5']);
    expect(numbersIn('2023年9月に1,000個', [[0, 7]])).toEqual(['1000']);
  });

  it('weighs text 0.6 and features 0.4 when there are features', () => {
    const s = scorePair(bigrams('ab'), bigrams('ab'), new Set(['actor:RUS']), new Set(['actor:RUS', 'actor:PRK']));
    expect(s).toEqual({ score: 0.6 * 1 + 0.4 * 0.5, text: 1, features: 0.5 });
  });
});

const docA: NarrativeDocument = {
  id: 1, fileName: 'kcna',
  text: '金正恩総書記はプーチン大統領と会談した。両首脳は協力の拡大で合意した。金総書記は宇宙基地を視察した。',
  actors: [{ start: 0, end: 6, value: 'PRK' }, { start: 7, end: 13, value: 'RUS' }],
};
const docB: NarrativeDocument = {
  id: 2, fileName: 'tass',
  text: 'プーチン大統領は金正恩総書記と会談した。プーチン大統領は記者団に質問に答えた。両首脳は協力の拡大で合意した。',
  actors: [{ start: 0, end: 6, value: 'RUS' }, { start: 8, end: 14, value: 'PRK' }, { start: 20, end: 26, value: 'RUS' }],
};

describe('narrativeComparison', () => {
  it('splits statements with their features and spans', () => {
    const s = statementsOf(docA);
    expect(s.map((x) => x.text)).toEqual(['金正恩総書記はプーチン大統領と会談した。', '両首脳は協力の拡大で合意した。', '金総書記は宇宙基地を視察した。']);
    expect(s[0]!.actors).toEqual(['PRK', 'RUS']);
    expect(s[1]!.span).toEqual({ start: 20, end: 35 });
  });

  it('aligns matching statements one to one and marks what only one account says', () => {
    const n = narrativeComparison(docA, docB, { minScore: 0.3 });
    // A0/B0: same actors (Jaccard 1) and many shared bigrams; A1/B2 identical text (score 1, no features: text only).
    // A2 (site visit) and B1 (press questions) share almost nothing.
    expect(n.rows.map((r) => [r.kind, r.kind !== 'only-b' ? r.a.index : null, r.kind !== 'only-a' ? r.b.index : null])).toEqual([
      ['aligned', 0, 0],
      ['only-b', null, 1],
      ['aligned', 1, 2],
      ['only-a', 2, null],
    ]);
    const identical = n.rows[2]!;
    expect(identical.kind === 'aligned' && identical.score).toEqual({ score: 1, text: 1, features: null });
    expect(n.summary).toEqual({ aligned: 2, onlyA: 1, onlyB: 1 });
  });

  it('aligns nothing when the threshold is above every score', () => {
    const n = narrativeComparison(docA, docB, { minScore: 1.01 });
    expect(n.summary).toEqual({ aligned: 0, onlyA: 3, onlyB: 3 });
  });

  it('marks the numbers one aligned statement has and the other lacks', () => {
    const a: NarrativeDocument = { id: 1, fileName: 'a', text: '北朝鮮はコンテナ1,000個を送った。' };
    const b: NarrativeDocument = { id: 2, fileName: 'b', text: '北朝鮮はコンテナ6,700個を送った。' };
    const row = narrativeComparison(a, b).rows[0]!;
    expect(row.kind).toBe('aligned');
    if (row.kind === 'aligned') {
      expect(row.onlyInA.numbers).toEqual(['1000']);
      expect(row.onlyInB.numbers).toEqual(['6700']);
    }
  });
});
