/**
 * Loads two stored documents for a narrative comparison, with the actors and
 * dates found in them (I/O edge: the store and the extractor's data tables).
 */
import { err, ok, type Result } from '../../core/result.js';
import { findDates } from '../../extract/dates/index.js';
import type { Extractor } from '../../extract/create-extractor.js';
import { findDocument } from '../../store/get-document.js';
import type { Store } from '../../store/store.js';
import type { NarrativeDocument } from './narrative-comparison.js';

/** A document by id (all digits) or file name, annotated; an error names the argument. */
export async function loadNarrativeDocument(
  store: Store,
  extractor: Extractor,
  ref: string,
): Promise<Result<NarrativeDocument, string>> {
  const doc = await findDocument(store, ref);
  if (doc === null) return err(`no document "${ref}" (give a file name without extension, or an id)`);
  const text = doc.normalisedText;
  const input = { normalisedText: text, language: doc.language, documentDate: doc.publishedDate, offsets: doc.offsets };
  const mentions = extractor.extract(input).mentions;
  const dates = findDates(text, { documentDate: doc.publishedDate, language: doc.language });
  return ok({
    id: doc.id,
    fileName: doc.fileName,
    text,
    offsets: doc.offsets,
    actors: mentions.map((m) => ({ start: m.start, end: m.end, value: m.code })),
    dates: dates.map((d) => ({ start: d.start, end: d.end, value: d.iso })),
  });
}
