/**
 * An ACH analysis as saved, with its matrix scored: the shape the CLI prints
 * and the API returns. Pure.
 */
import type { AchAnalysis, AchAnalysisFull, AchEvidence, AchHypothesis } from '../../store/ach/index.js';
import type { AchRating } from '../../store/ach/ach-schema.js';
import { achMatrix, type AchHypothesisScore, type AchSensitivity } from './ach-matrix.js';

export interface AchReport {
  readonly analysis: AchAnalysis;
  readonly hypotheses: readonly (AchHypothesis & Omit<AchHypothesisScore, 'hypothesisId' | 'label'>)[];
  readonly evidence: readonly (AchEvidence & {
    /** Hypothesis label → rating; unrated cells are absent (counted as N). */
    readonly ratings: Readonly<Record<string, AchRating>>;
    readonly diagnostic: boolean;
    readonly sensitivity: Omit<AchSensitivity, 'evidenceId' | 'leadersIfRemoved' | 'leadersIfReversed'> & {
      readonly leadersIfRemoved: readonly string[];
      readonly leadersIfReversed: readonly string[];
    };
  })[];
  /** Labels of the hypotheses ranked first (least inconsistent). */
  readonly leaders: readonly string[];
  /** Ids of evidence whose removal or reversal changes the ranking. */
  readonly sensitiveEvidence: readonly number[];
}

export function achReport(full: AchAnalysisFull): AchReport {
  const result = achMatrix(full.hypotheses, full.evidence, full.ratings);
  const labelOf = new Map(full.hypotheses.map((h) => [h.id, h.label]));
  const labels = (ids: readonly number[]): string[] => ids.map((id) => labelOf.get(id) ?? String(id));
  return {
    analysis: full.analysis,
    hypotheses: full.hypotheses.map((h) => {
      const s = result.scores.find((x) => x.hypothesisId === h.id)!;
      return { ...h, inconsistency: s.inconsistency, weightedInconsistency: s.weightedInconsistency, consistency: s.consistency, rank: s.rank };
    }),
    evidence: full.evidence.map((e) => {
      const row = result.cells.get(e.id);
      const ratings: Record<string, AchRating> = {};
      for (const h of full.hypotheses) {
        const r = row?.get(h.id);
        if (r !== undefined) ratings[h.label] = r;
      }
      const s = result.sensitivity.find((x) => x.evidenceId === e.id)!;
      return {
        ...e,
        ratings,
        diagnostic: result.diagnostic.includes(e.id),
        sensitivity: {
          removedChangesRanking: s.removedChangesRanking,
          leadersIfRemoved: labels(s.leadersIfRemoved),
          reversedChangesRanking: s.reversedChangesRanking,
          leadersIfReversed: labels(s.leadersIfReversed),
        },
      };
    }),
    leaders: labels(result.leaders),
    sensitiveEvidence: result.sensitiveEvidence,
  };
}
