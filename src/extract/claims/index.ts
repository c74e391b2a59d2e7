export type { ClaimCandidate } from './claim-candidate.js';
export { compileClaimLexicon, loadClaimLexicon, type ClaimLexicon, type ClaimUnitsJson } from './claim-lexicon.js';
export { dedupeClaims } from './dedupe-claims.js';
export { extractClaims } from './extract-claims.js';
export { findQuantities } from './find-quantities.js';
export { parseJapaneseNumber, type ParsedNumber } from './parse-japanese-number.js';
export type { Quantity } from './quantity.js';
