import { normaliseText } from '../../../ingest/normalise-text.js';
import { createExtractor } from '../../create-extractor.js';

/**
 * The Japanese extraction tests' harness: a sentence of our own through
 * normalisation and the whole extractor, and its events in one line each
 * (`2023-07-25/2023-07-27 042 RUS->PRK occurred`, the end date only with
 * `showEnd`), against a document date the test file chooses.
 */
const extractor = createExtractor();

export function japaneseHarness(defaultDate: string | null, showEnd = true) {
  const extract = (text: string, documentDate: string | null = defaultDate) => {
    const n = normaliseText(text);
    return extractor.extract({ normalisedText: n.text, language: 'ja', documentDate, offsets: n.offsets });
  };
  const brief = (text: string, documentDate: string | null = defaultDate): string[] =>
    extract(text, documentDate).events.map(
      (e) => `${e.date}${showEnd && e.dateEnd ? `/${e.dateEnd}` : ''} ${e.cameo} ${e.source}->${e.target ?? '-'} ${e.status}`,
    );
  return { extract, brief };
}
