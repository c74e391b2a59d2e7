import type { ExtractedClaim } from '../../core/event.js';

/**
 * A claim as extraction produces it, before the span is mapped to the original
 * text: `start`/`end` are the quote's offsets in the whole normalised text.
 */
export type ClaimCandidate = Omit<ExtractedClaim, 'span'> & {
  readonly start: number;
  readonly end: number;
};
