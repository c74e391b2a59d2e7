import { describe, expect, it } from 'vitest';
import { achMatrix, type AchEvidenceInput, type AchRatingInput } from './ach-matrix.js';

const H = [{ id: 1, label: 'H1' }, { id: 2, label: 'H2' }, { id: 3, label: 'H3' }];
const E: AchEvidenceInput[] = [
  { id: 10, credibility: 'medium', relevance: 'medium' },
  { id: 11, credibility: 'high', relevance: 'medium' },
  { id: 12, credibility: 'low', relevance: 'medium' },
  { id: 13, credibility: 'medium', relevance: 'medium' },
];
const rate = (evidenceId: number, ...r: AchRatingInput['rating'][]): AchRatingInput[] =>
  r.map((rating, i) => ({ hypothesisId: i + 1, evidenceId, rating }));
const R: AchRatingInput[] = [
  ...rate(10, 'C', 'I', 'I'),
  ...rate(11, 'CC', 'II', 'C'),
  ...rate(12, 'I', 'C', 'C'),
  ...rate(13, 'N', 'N', 'N'),
];

describe('achMatrix', () => {
  it("scores Heuer's inconsistencies, weighted by credibility × relevance, and ranks by them", () => {
    const m = achMatrix(H, E, R);
    // H1: I on E12 → 1; weighted 1 × 0.5 (low) × 1 = 0.5. Consistency: C + CC = 3.
    // H2: I on E10 (1) + II on E11 (2) → 3; weighted 1·1 + 2·2 (high) = 5.
    // H3: I on E10 → 1; weighted 1.
    expect(m.scores.map((s) => [s.label, s.inconsistency, s.weightedInconsistency, s.consistency, s.rank])).toEqual([
      ['H1', 1, 0.5, 3, 1],
      ['H2', 3, 5, 1, 3],
      ['H3', 1, 1, 2, 2],
    ]);
    expect(m.leaders).toEqual([1]);
    expect(m.diagnostic).toEqual([10, 11, 12]); // E13 is N everywhere
  });

  it('finds the single items whose removal or reversal changes the ranking', () => {
    const m = achMatrix(H, E, R);
    const s = new Map(m.sensitivity.map((x) => [x.evidenceId, x]));
    // Without E12: H1 0, H2 5, H3 1 → ranks 1,3,2, unchanged.
    expect(s.get(12)!.removedChangesRanking).toBe(false);
    // E12 reversed (I→C, C→I, C→I): H1 0, H2 5 + 0.5 = 5.5, H3 1 + 0.5 = 1.5 → unchanged.
    expect(s.get(12)!.reversedChangesRanking).toBe(false);
    // Without E10: H1 0.5, H2 4, H3 0 → H3 first: changed.
    expect(s.get(10)!.removedChangesRanking).toBe(true);
    expect(s.get(10)!.leadersIfRemoved).toEqual([3]);
    // E11 reversed (CC→II, II→CC, C→I): H1 0.5 + 4 = 4.5, H2 1, H3 1 + 2 = 3 → H2 first.
    expect(s.get(11)!.reversedChangesRanking).toBe(true);
    expect(s.get(11)!.leadersIfReversed).toEqual([2]);
    // Without E11: H1 0.5, H2 1, H3 1 → ranks 1,2,2 instead of 1,3,2: changed (a tie appears).
    expect(s.get(11)!.removedChangesRanking).toBe(true);
    expect(s.get(13)!.removedChangesRanking || s.get(13)!.reversedChangesRanking).toBe(false);
    expect(m.sensitiveEvidence).toEqual([10, 11]);
  });

  it('counts unrated cells as N and lets ties share a rank', () => {
    const m = achMatrix(H.slice(0, 2), [{ id: 1, credibility: 'medium', relevance: 'medium' }], []);
    expect(m.scores.map((s) => s.rank)).toEqual([1, 1]);
    expect(m.leaders).toEqual([1, 2]);
    expect(m.diagnostic).toEqual([]);
  });
});
