/** Analyses of Competing Hypotheses, saved in the store. */
export { getAchAnalysis, listAchAnalyses } from './ach-reads.js';
export type { AchAnalysis, AchAnalysisFull, AchAnalysisSummary, AchEvidence, AchHypothesis, AchRatingRecord, AchStoreError } from './ach-records.js';
export { ACH_RATINGS, ACH_WEIGHTS, type AchRating, type AchWeight } from './ach-schema.js';
export { addAchEvidence, addAchHypothesis, createAchAnalysis, deleteAchAnalysis, rateAch, type NewAchEvidence, type NewAchRating } from './ach-writes.js';
