/**
 * Analysis of Competing Hypotheses (Heuer, "Psychology of Intelligence
 * Analysis", ch. 8): a hypotheses × evidence matrix of consistency ratings,
 * each hypothesis scored by its inconsistencies (the one least inconsistent
 * with the evidence ranks first), and the sensitivity of that ranking to any
 * single item of evidence. Pure.
 */

import type { AchRating, AchWeight } from '../../store/ach/ach-schema.js';

export type { AchRating, AchWeight };

/** Heuer's inconsistency score counts I as 1 and II as 2; consistent ratings count 0. */
export const INCONSISTENCY: Readonly<Record<AchRating, number>> = { CC: 0, C: 0, N: 0, I: 1, II: 2 };
/** Shown beside it, never used to rank: C as 1, CC as 2. */
export const CONSISTENCY: Readonly<Record<AchRating, number>> = { CC: 2, C: 1, N: 0, I: 0, II: 0 };
/** Credibility and relevance multiply an item's weight: low ½, medium 1, high 2. */
export const WEIGHT: Readonly<Record<AchWeight, number>> = { low: 0.5, medium: 1, high: 2 };
const REVERSED: Readonly<Record<AchRating, AchRating>> = { CC: 'II', C: 'I', N: 'N', I: 'C', II: 'CC' };

export interface AchHypothesisInput { readonly id: number; readonly label: string }
export interface AchEvidenceInput { readonly id: number; readonly credibility: AchWeight; readonly relevance: AchWeight }
export interface AchRatingInput { readonly hypothesisId: number; readonly evidenceId: number; readonly rating: AchRating }

export interface AchHypothesisScore {
  readonly hypothesisId: number;
  readonly label: string;
  /** Heuer's count: I = 1, II = 2. */
  readonly inconsistency: number;
  /** The same, each item multiplied by its credibility and relevance weights; ranks the hypotheses. */
  readonly weightedInconsistency: number;
  readonly consistency: number;
  /** 1 = least inconsistent; ties share a rank (1, 1, 3). */
  readonly rank: number;
}

export interface AchSensitivity {
  readonly evidenceId: number;
  /** The ranking (rank of every hypothesis) differs without this item. */
  readonly removedChangesRanking: boolean;
  readonly leadersIfRemoved: readonly number[];
  /** The ranking differs with this item's ratings reversed (CC↔II, C↔I). */
  readonly reversedChangesRanking: boolean;
  readonly leadersIfReversed: readonly number[];
}

export interface AchResult {
  readonly scores: readonly AchHypothesisScore[];
  /** Hypothesis ids ranked first. */
  readonly leaders: readonly number[];
  /** Evidence id → hypothesis id → rating (absent = not rated, counted as N). */
  readonly cells: ReadonlyMap<number, ReadonlyMap<number, AchRating>>;
  /** Evidence whose ratings differ across hypotheses (Heuer: only these help to decide). */
  readonly diagnostic: readonly number[];
  readonly sensitivity: readonly AchSensitivity[];
  /** Evidence ids whose removal or reversal changes the ranking. */
  readonly sensitiveEvidence: readonly number[];
}

export function achMatrix(
  hypotheses: readonly AchHypothesisInput[],
  evidence: readonly AchEvidenceInput[],
  ratings: readonly AchRatingInput[],
): AchResult {
  const cells = new Map<number, Map<number, AchRating>>();
  for (const r of ratings) {
    if (!hypotheses.some((h) => h.id === r.hypothesisId) || !evidence.some((e) => e.id === r.evidenceId)) continue;
    const row = cells.get(r.evidenceId) ?? new Map<number, AchRating>();
    row.set(r.hypothesisId, r.rating);
    cells.set(r.evidenceId, row);
  }
  const scores = scoreAll(hypotheses, evidence, cells);
  const baseline = scores.map((s) => s.rank);
  const sensitivity = evidence.map((e): AchSensitivity => {
    const removed = scoreAll(hypotheses, evidence.filter((x) => x.id !== e.id), cells);
    const reversedCells = new Map(cells);
    reversedCells.set(e.id, new Map([...(cells.get(e.id) ?? new Map<number, AchRating>())].map(([h, r]) => [h, REVERSED[r]])));
    const reversed = scoreAll(hypotheses, evidence, reversedCells);
    return {
      evidenceId: e.id,
      removedChangesRanking: removed.some((s, i) => s.rank !== baseline[i]),
      leadersIfRemoved: leadersOf(removed),
      reversedChangesRanking: reversed.some((s, i) => s.rank !== baseline[i]),
      leadersIfReversed: leadersOf(reversed),
    };
  });
  const diagnostic = evidence
    .filter((e) => new Set(hypotheses.map((h) => cells.get(e.id)?.get(h.id) ?? 'N')).size > 1)
    .map((e) => e.id);
  return {
    scores,
    leaders: leadersOf(scores),
    cells,
    diagnostic,
    sensitivity,
    sensitiveEvidence: sensitivity.filter((s) => s.removedChangesRanking || s.reversedChangesRanking).map((s) => s.evidenceId),
  };
}

/** Scores in the hypotheses' order, with competition ranks by weighted inconsistency. */
function scoreAll(
  hypotheses: readonly AchHypothesisInput[],
  evidence: readonly AchEvidenceInput[],
  cells: ReadonlyMap<number, ReadonlyMap<number, AchRating>>,
): AchHypothesisScore[] {
  const raw = hypotheses.map((h) => {
    let inconsistency = 0;
    let weighted = 0;
    let consistency = 0;
    for (const e of evidence) {
      const rating = cells.get(e.id)?.get(h.id) ?? 'N';
      inconsistency += INCONSISTENCY[rating];
      weighted += INCONSISTENCY[rating] * WEIGHT[e.credibility] * WEIGHT[e.relevance];
      consistency += CONSISTENCY[rating];
    }
    return { hypothesisId: h.id, label: h.label, inconsistency, weightedInconsistency: weighted, consistency };
  });
  return raw.map((s) => ({ ...s, rank: 1 + raw.filter((o) => o.weightedInconsistency < s.weightedInconsistency - 1e-9).length }));
}

function leadersOf(scores: readonly AchHypothesisScore[]): number[] {
  return scores.filter((s) => s.rank === 1).map((s) => s.hypothesisId);
}
