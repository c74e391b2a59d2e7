import type { IngestedDocument } from '../../core/document.js';
import type { ExtractedClaim, ExtractedEvent } from '../../core/event.js';
import type { Extractor } from '../../extract/create-extractor.js';
import { EXTRACTOR_VERSION } from '../../extract/extractor-version.js';
import { OffsetTable } from '../../store/offset-table.js';
import type { SaveDocumentInput } from '../../store/save-document.js';
import { toStoredMentions, type StoredMention } from '../../store/stored-mention.js';

/**
 * A document read and extracted, ready for the writer: everything
 * `saveDocument` needs, as plain data (strings, numbers, arrays, one
 * Int32Array), so it survives structured cloning from a worker thread. The
 * ingest offset map (a class) is replaced by the store's offset table.
 */
export interface PreparedDocument {
  readonly doc: Omit<IngestedDocument, 'offsets'>;
  /** Normalised offset → original offset, length normalisedText.length + 1. */
  readonly offsetsArray: Int32Array;
  /** Mentions with spans already in the original text. */
  readonly mentions: readonly StoredMention[];
  readonly events: readonly ExtractedEvent[];
  readonly claims: readonly ExtractedClaim[];
}

/** The expensive, pure part of ingest after reading: extraction and the offset table. */
export function prepareDocument(extractor: Extractor, doc: IngestedDocument): PreparedDocument {
  const extraction = extractor.extract({
    normalisedText: doc.normalisedText,
    language: doc.language,
    documentDate: doc.publishedDate,
    offsets: doc.offsets,
  });
  const { offsets, ...data } = doc;
  return {
    doc: data,
    offsetsArray: offsetTable(doc),
    mentions: toStoredMentions(extraction.mentions, offsets),
    events: extraction.events,
    claims: extraction.claims,
  };
}

/** Rebuilds what `saveDocument` takes; the offset map is read back from the table. */
export function toSaveInput(p: PreparedDocument): SaveDocumentInput {
  return {
    doc: { ...p.doc, offsets: new OffsetTable(p.offsetsArray) },
    offsetsArray: p.offsetsArray,
    mentions: p.mentions,
    events: p.events,
    claims: p.claims,
    extractorVersion: EXTRACTOR_VERSION,
  };
}

/** Normalised index → original index, for the store's compact offset table. */
function offsetTable(doc: IngestedDocument): Int32Array {
  const n = doc.normalisedText.length;
  const out = new Int32Array(n + 1);
  for (let i = 0; i < n; i++) out[i] = doc.offsets.toOriginal(i, i + 1).start;
  out[n] = doc.offsets.toOriginal(n, n).start;
  return out;
}
