import type { ActorMention } from './actor.js';
import type { DateMention } from './date-mention.js';
import type { Language } from './document.js';

/**
 * One sentence of a document's normalised text with what the fast passes found
 * in it. Offsets in `actors` and `dates` are relative to the whole normalised
 * text (not to the sentence); `start` is where the sentence begins.
 */
export interface SentenceContext {
  readonly index: number;
  readonly start: number;
  readonly end: number;
  readonly text: string;
  readonly language: Language;
  readonly actors: readonly ActorMention[];
  readonly dates: readonly DateMention[];
  /** The document's own publication date (ISO partial), if known. */
  readonly documentDate: string | null;
}
