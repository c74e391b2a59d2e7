import { createHash } from 'node:crypto';
import { readFile, stat } from 'node:fs/promises';
import { basename, extname } from 'node:path';
import type { IngestedDocument, SourceFormat } from '../core/document.js';
import { err, ok, type Result } from '../core/result.js';
import { decodeText } from './decode-text.js';
import { detectLanguage } from './detect-language.js';
import { guessMetadata, type DocumentMetadata } from './document-metadata.js';
import { findCitations } from './find-citations.js';
import { htmlToText } from './html-to-text.js';
import { normaliseText } from './normalise-text.js';
import { pdfToText } from './pdf-to-text.js';
import { SUPPORTED_EXTENSIONS, sourceFormatOf } from './source-format.js';

export { listInputFiles } from './list-input-files.js';

export const MAX_FILE_BYTES = 200 * 1024 * 1024;

/** Text extracted from a file, before normalisation. */
interface Extracted {
  readonly text: string;
  readonly encoding: string;
  /** What the content hash is computed from: the decoded file text (for PDF, the extracted text). */
  readonly hashed: string;
  readonly metadata: Partial<Record<keyof DocumentMetadata, string | null>>;
}

/**
 * Reads one file and runs the whole ingest stage on it. The only module of
 * the stage that does I/O. Every error message names the file.
 *
 * `originalText` is the text the spans point into: the decoded file for
 * .txt/.md, the extracted text for .html/.pdf.
 */
export async function ingestFile(path: string): Promise<Result<IngestedDocument>> {
  const format = sourceFormatOf(path);
  const checked = await checkFile(path, format);
  if (!checked.ok) return checked;
  const extracted = await extract(await readFile(path), checked.value);
  if (!extracted.ok) return err(`${path}: ${extracted.error}`);
  const { text, encoding, hashed, metadata } = extracted.value;
  const fileName = basename(path, extname(path));
  const normalised = normaliseText(text);
  const guessed = guessMetadata(normalised.text, fileName);
  return ok({
    contentHash: createHash('sha256').update(hashed, 'utf8').digest('hex'),
    sourcePath: path,
    fileName,
    format: checked.value,
    encoding,
    title: metadata.title ?? guessed.title,
    author: metadata.author ?? guessed.author,
    publisher: metadata.publisher ?? guessed.publisher,
    publishedDate: metadata.publishedDate ?? guessed.publishedDate,
    language: detectLanguage(normalised.text),
    originalText: text,
    normalisedText: normalised.text,
    offsets: normalised.offsets,
    citations: findCitations(normalised.text, normalised.offsets),
  });
}

async function checkFile(path: string, format: SourceFormat | null): Promise<Result<SourceFormat>> {
  let info;
  try {
    info = await stat(path);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    const why = code === 'ENOENT' ? 'no such file' : code === 'EACCES' ? 'permission denied' : String(code ?? e);
    return err(`${path}: cannot read the file (${why})`);
  }
  if (info.isDirectory()) return err(`${path}: is a directory; give a file, or list the folder's files first`);
  if (format === null) {
    return err(`${path}: unsupported file type "${extname(path) || '(none)'}"; supported: ${SUPPORTED_EXTENSIONS.join(' ')}`);
  }
  if (info.size > MAX_FILE_BYTES) {
    const mb = Math.round(info.size / 1024 / 1024);
    return err(`${path}: the file is ${mb} MB, over the 200 MB limit; split it into smaller files and ingest those`);
  }
  return ok(format);
}

async function extract(bytes: Uint8Array, format: SourceFormat): Promise<Result<Extracted>> {
  if (format === 'pdf') {
    const pdf = await pdfToText(bytes);
    if (!pdf.ok) return pdf;
    const { text, title, author } = pdf.value;
    return ok({ text, encoding: 'PDF', hashed: text, metadata: { title, author } });
  }
  const decoded = decodeText(bytes);
  if (!decoded.ok) return decoded;
  const { text, encoding } = decoded.value;
  if (format === 'html') {
    const { text: body, ...metadata } = htmlToText(text);
    return ok({ text: body, encoding, hashed: text, metadata });
  }
  return ok({ text, encoding, hashed: text, metadata: {} });
}
