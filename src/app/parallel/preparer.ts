import type { IngestedDocument } from '../../core/document.js';
import { ok, type Result } from '../../core/result.js';
import type { Extractor } from '../../extract/create-extractor.js';
import { prepareDocument, type PreparedDocument } from './prepared-document.js';

/**
 * Reads and extracts files for the writer. `inFlight` is how many files may
 * be prepared (or waiting to be stored) at once: the backpressure that keeps
 * memory bounded however many files are given. An expected failure (bad
 * encoding, too large) is a failed result; a rejection is a bug or an I/O
 * error on that file only.
 */
export interface Preparer {
  readonly inFlight: number;
  prepare(path: string): Promise<Result<PreparedDocument>>;
}

/** Prepares each file on this thread, one at a time. */
export function localPreparer(
  extractor: Extractor,
  readDocument: (path: string) => Promise<Result<IngestedDocument>>,
): Preparer {
  return {
    inFlight: 1,
    async prepare(path) {
      const read = await readDocument(path);
      return read.ok ? ok(prepareDocument(extractor, read.value)) : read;
    },
  };
}
