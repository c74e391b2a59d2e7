import type { Language } from '../../core/document.js';
import { loadClaimLexicon, type ClaimLexicon } from './claim-lexicon.js';
import { findEnglishQuantities } from './find-english-quantities.js';
import { findJapaneseQuantities } from './find-japanese-quantities.js';
import { findTableQuantities } from './find-table-quantities.js';
import type { Quantity } from './quantity.js';

/**
 * Every number-with-unit in `text` (a sentence), in text order, without
 * overlaps. Japanese text is also scanned for English figures, since papers
 * quote English sources inline.
 */
export function findQuantities(text: string, language: Language = 'ja', lex: ClaimLexicon = loadClaimLexicon()): Quantity[] {
  const found =
    language === 'en'
      ? findEnglishQuantities(text, lex)
      : [...findJapaneseQuantities(text, lex), ...findTableQuantities(text, lex), ...(HAS_LATIN.test(text) ? findEnglishQuantities(text, lex) : [])];
  return withoutOverlaps(found);
}

const HAS_LATIN = /[A-Za-z$€£]\s?\d|\d\s?(?:%|[A-Za-z])/;

function withoutOverlaps(qs: Quantity[]): Quantity[] {
  const sorted = qs.sort((a, b) => a.start - b.start || b.end - b.start - (a.end - a.start));
  const out: Quantity[] = [];
  for (const q of sorted) {
    const last = out[out.length - 1];
    if (last && q.start < last.end) continue;
    out.push(q);
  }
  return out;
}
