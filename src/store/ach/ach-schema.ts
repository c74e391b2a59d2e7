import type { Generated, Kysely } from 'kysely';
import type { Database } from '../schema.js';
import type { Store } from '../store.js';

/**
 * The ACH tables (migration 0003-ach), as Kysely sees them. Kept beside the
 * repository so the shared `Database` interface need not change; `achDb`
 * widens a store's query builder with them.
 */
export type AchTables = {
  ach_analyses: AchAnalysesTable;
  ach_hypotheses: AchHypothesesTable;
  ach_evidence: AchEvidenceTable;
  ach_ratings: AchRatingsTable;
};

export const ACH_RATINGS = ['CC', 'C', 'N', 'I', 'II'] as const;
/** Very consistent, consistent, neutral / not applicable, inconsistent, very inconsistent. */
export type AchRating = (typeof ACH_RATINGS)[number];

export const ACH_WEIGHTS = ['low', 'medium', 'high'] as const;
export type AchWeight = (typeof ACH_WEIGHTS)[number];

export type AchAnalysesTable = {
  id: Generated<number>;
  title: string;
  question: string | null;
  created_at: string;
  updated_at: string;
};

export type AchHypothesesTable = {
  id: Generated<number>;
  analysis_id: number; // FK ach_analyses, cascade
  /** Short name shown as a column head: H1, H2...; unique in the analysis. */
  label: string;
  text: string;
};

export type AchEvidenceTable = {
  id: Generated<number>;
  analysis_id: number; // FK ach_analyses, cascade
  text: string;
  credibility: AchWeight;
  relevance: AchWeight;
  event_id: number | null; // FK events, set null
  document_id: number | null; // FK documents, set null
  /** Half-open range in the document's ORIGINAL text. */
  span_start: number | null;
  span_end: number | null;
};

export type AchRatingsTable = {
  hypothesis_id: number; // FK ach_hypotheses, cascade; PK with evidence_id
  evidence_id: number; // FK ach_evidence, cascade
  rating: AchRating;
};

export function achDb(store: Store): Kysely<Database & AchTables> {
  return store.db.withTables<AchTables>();
}
