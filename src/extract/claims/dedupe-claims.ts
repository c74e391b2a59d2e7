import type { ClaimCandidate } from './claim-candidate.js';

/**
 * One claim per figure per document: a paper repeats its key figures
 * (`9年ぶりの首脳会談` in five sentences). Claims are the same when unit,
 * values, period and rule (which names the cue or table row) agree; the
 * first is kept.
 */
export function dedupeClaims<T extends ClaimCandidate>(claims: readonly T[]): T[] {
  const seen = new Set<string>();
  return claims.filter((c) => {
    const key = [c.unit, c.low, c.high, c.period, c.rule].join('\u0000');
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
