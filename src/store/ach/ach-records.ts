import type { Span } from '../../core/span.js';
import type { AchRating, AchWeight } from './ach-schema.js';

export interface AchAnalysis {
  readonly id: number;
  readonly title: string;
  readonly question: string | null;
  readonly createdAt: string;
  readonly updatedAt: string;
}

export interface AchAnalysisSummary extends AchAnalysis {
  readonly hypotheses: number;
  readonly evidence: number;
}

export interface AchHypothesis {
  readonly id: number;
  readonly label: string;
  readonly text: string;
}

/** What an evidence item points at, for tracing it to its source. */
export interface AchEvidenceLink {
  readonly event: { readonly id: number; readonly date: string; readonly cameo: string; readonly source: string; readonly target: string | null } | null;
  readonly document: { readonly id: number; readonly fileName: string } | null;
  readonly span: Span | null;
  /** The document's original text at the span. */
  readonly quote: string | null;
}

export interface AchEvidence extends AchEvidenceLink {
  readonly id: number;
  readonly text: string;
  readonly credibility: AchWeight;
  readonly relevance: AchWeight;
}

export interface AchRatingRecord {
  readonly hypothesisId: number;
  readonly evidenceId: number;
  readonly rating: AchRating;
}

/** One analysis with everything in its matrix. */
export interface AchAnalysisFull {
  readonly analysis: AchAnalysis;
  readonly hypotheses: readonly AchHypothesis[];
  readonly evidence: readonly AchEvidence[];
  readonly ratings: readonly AchRatingRecord[];
}

export type AchStoreError =
  | { readonly kind: 'not-found'; readonly message: string }
  | { readonly kind: 'invalid'; readonly field: string; readonly message: string };
