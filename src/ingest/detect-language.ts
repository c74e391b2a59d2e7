import type { Language } from '../core/document.js';
import { isKanaOrHan } from './char-class.js';

/** Share of kana/Han among letters above which a text is Japanese. */
const JAPANESE_SHARE = 0.3;

/**
 * Japanese or English, by the share of kana and Han among letters (kana/Han
 * plus Latin letters). A Japanese text quoting English sources stays well above
 * the threshold; an English text citing a few Japanese names stays below.
 * Text with no letters at all counts as English.
 */
export function detectLanguage(text: string): Language {
  let cjk = 0;
  let latin = 0;
  for (const ch of text) {
    const cp = ch.codePointAt(0)!;
    if (isKanaOrHan(cp)) cjk++;
    else if ((cp >= 0x41 && cp <= 0x5a) || (cp >= 0x61 && cp <= 0x7a)) latin++;
  }
  if (cjk + latin === 0) return 'en';
  return cjk / (cjk + latin) >= JAPANESE_SHARE ? 'ja' : 'en';
}
