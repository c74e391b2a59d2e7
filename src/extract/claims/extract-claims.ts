import type { SentenceContext } from '../../core/sentence.js';
import { claimDate, claimPeriod } from './claim-dates.js';
import type { ClaimCandidate } from './claim-candidate.js';
import { loadClaimLexicon, type ClaimLexicon } from './claim-lexicon.js';
import { atLeastMin, quoteAround } from './claim-quote.js';
import { claimSubject } from './claim-subject.js';
import { findClaimant } from './find-claimant.js';
import { findQuantities } from './find-quantities.js';

/**
 * The quantitative claims of one sentence: every figure with a unit, with who
 * asserts it (null for the author), when, the period it covers, and a quote.
 * Pure apart from reading the unit lexicon once.
 */
export function extractClaims(sentence: SentenceContext, lex: ClaimLexicon = loadClaimLexicon()): ClaimCandidate[] {
  const { text, start: base } = sentence;
  const english = sentence.language === 'en';
  return findQuantities(text, sentence.language, lex).map((q) => {
    const claimant = findClaimant(sentence, base + q.start);
    const said = claimDate(sentence, claimant);
    const quote = q.context ? atLeastMin(text, q.context) : quoteAround(text, q.start, q.end, english);
    return {
      subject: claimSubject(q, text, base, sentence.actors, claimant),
      low: q.low,
      high: q.high,
      unit: q.unit,
      claimant: claimant?.code ?? null,
      claimantName: claimant?.nameEn ?? null,
      date: said?.iso ?? null,
      period: claimPeriod(sentence, base + q.start, said),
      quote: text.slice(quote.start, quote.end),
      start: base + quote.start,
      end: base + quote.end,
      rule: `claims.${q.rule}:${q.label !== null ? `${q.label}#${q.cue}` : q.cue}`,
    };
  });
}
