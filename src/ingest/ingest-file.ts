import { createHash } from 'node:crypto';
import { open, stat } from 'node:fs/promises';
import { basename, extname } from 'node:path';
import type { IngestedDocument, SourceFormat } from '../core/document.js';
import { err, ok, type Result } from '../core/result.js';
import { decodeText } from './decode-text.js';
import { displayPath } from './display-path.js';
import { detectLanguage } from './detect-language.js';
import { guessMetadata, type DocumentMetadata } from './document-metadata.js';
import { findCitations } from './find-citations.js';
import { htmlToText } from './html-to-text.js';
import { normaliseText } from './normalise-text.js';
import { pdfToText } from './pdf-to-text.js';
import { SUPPORTED_EXTENSIONS, sourceFormatOf } from './source-format.js';

export { listInputFiles } from './list-input-files.js';

const MIB = 1024 * 1024;

/**
 * Largest file read, by format. The whole document is held in memory several
 * times over (decoded text, normalised text, offset maps, the full-text index
 * entry), about 60 bytes per character at the peak, so a limit keeps memory
 * bounded: a 16 MiB text file peaks near 1 GB. Larger files are refused
 * before anything is read. HTML is mostly markup, a PDF mostly images and
 * fonts, so their limits are higher. See docs/security.md.
 */
export const MAX_FILE_BYTES: Readonly<Record<SourceFormat, number>> = {
  txt: 16 * MIB,
  md: 16 * MIB,
  html: 32 * MIB,
  pdf: 200 * MIB,
};

/** Text extracted from a file, before normalisation. */
export interface Extracted {
  readonly text: string;
  readonly encoding: string;
  /** What the content hash is computed from: the decoded file text (for PDF, the extracted text). */
  readonly hashed: string;
  readonly metadata: Partial<Record<keyof DocumentMetadata, string | null>>;
  /** Set when the hash is not simply sha256 of `hashed` (a part of a large file). */
  readonly contentHash?: string;
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
  const bytes = await readBounded(path, MAX_FILE_BYTES[checked.value]);
  if (!bytes.ok) return err(`${displayPath(path)}: ${bytes.error}`);
  const extracted = await extract(bytes.value, checked.value);
  if (!extracted.ok) return err(`${displayPath(path)}: ${extracted.error}`);
  return ok(buildDocument(path, checked.value, extracted.value));
}

/** Normalises extracted text and finds what ingest finds in it: metadata, language, citations. */
export function buildDocument(path: string, format: SourceFormat, extracted: Extracted): IngestedDocument {
  const { text, encoding, hashed, metadata } = extracted;
  const fileName = basename(path, extname(path));
  const normalised = normaliseText(text);
  const guessed = guessMetadata(normalised.text, fileName);
  return {
    contentHash: extracted.contentHash ?? createHash('sha256').update(hashed, 'utf8').digest('hex'),
    sourcePath: path,
    fileName,
    format,
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
  };
}

async function checkFile(path: string, format: SourceFormat | null): Promise<Result<SourceFormat>> {
  const shown = displayPath(path);
  let info;
  try {
    info = await stat(path);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    const why = code === 'ENOENT' ? 'no such file' : code === 'EACCES' ? 'permission denied' : String(code ?? e);
    return err(`${shown}: cannot read the file (${why})`);
  }
  if (info.isDirectory()) return err(`${shown}: is a directory; give a file, or list the folder's files first`);
  if (format === null) {
    return err(`${shown}: unsupported file type "${displayPath(extname(path)) || '(none)'}"; supported: ${SUPPORTED_EXTENSIONS.join(' ')}`);
  }
  if (!info.isFile()) return err(`${shown}: not a regular file (a device, socket or pipe); nothing was read`);
  if (info.size > MAX_FILE_BYTES[format]) return err(`${shown}: ${tooLarge(info.size, format)}`);
  return ok(format);
}

function tooLarge(size: number, format: SourceFormat): string {
  const mb = (n: number) => `${Math.ceil(n / MIB)} MB`; // rounded up, so a file over the limit never reads as equal to it
  return (
    `the file is ${mb(size)}, over the ${mb(MAX_FILE_BYTES[format])} limit for ${format} files; ` +
    'nothing was read; split it into smaller files and ingest those'
  );
}

/**
 * Reads at most `limit` bytes: a file that grew after it was checked is
 * refused rather than read without bound.
 */
async function readBounded(path: string, limit: number): Promise<Result<Uint8Array>> {
  const handle = await open(path, 'r');
  try {
    const buffer = Buffer.allocUnsafe(Math.min(limit + 1, (await handle.stat()).size + 1));
    let length = 0;
    for (;;) {
      const { bytesRead } = await handle.read(buffer, length, buffer.length - length, null);
      if (bytesRead === 0) break;
      length += bytesRead;
      if (length > limit) return err(`the file grew past the ${Math.round(limit / MIB)} MB limit while it was read; nothing was stored`);
      if (length === buffer.length) return err('the file changed while it was read; ingest it again');
    }
    return ok(buffer.subarray(0, length));
  } finally {
    await handle.close();
  }
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
