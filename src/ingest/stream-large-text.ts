import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { basename } from 'node:path';
import type { IngestedDocument, SourceFormat } from '../core/document.js';
import { err, ok, type Result } from '../core/result.js';
import { decodeText } from './decode-text.js';
import { displayPath } from './display-path.js';
import { buildDocument } from './ingest-file.js';
import { sourceFormatOf } from './source-format.js';
import { splitTextBytes, type StreamEncoding } from './split-text-bytes.js';

const MIB = 1024 * 1024;

/**
 * Plain-text and Markdown files larger than this are read as a stream and
 * stored as several documents ("parts"), so memory is bounded by the part
 * size, not the file size. Smaller files are read whole, as one document.
 */
export const STREAM_TEXT_ABOVE_BYTES = 8 * MIB;

/** Largest part, in bytes of the file: about 250 MB of peak memory per part (see docs/security.md). */
export const TEXT_PART_BYTES = 4 * MIB;

/**
 * Largest text file read in parts. Memory is bounded whatever the size; this
 * bounds the time (about 5 MB/s) and the database (about 3 to 5 times the text).
 */
export const MAX_STREAMED_TEXT_BYTES = 1024 * MIB;

/** Bytes read at the start of the file to tell its encoding. */
const SAMPLE_BYTES = 1 * MIB;

/** One part of a large text file, decoded but not yet normalised. */
export interface TextPart {
  readonly path: string;
  /** 1-based. */
  readonly number: number;
  /** ceil(file size / part size): parts end at line breaks, so there may be a few more. */
  readonly estimatedCount: number;
  /** Byte range [start, end) of the file this part was decoded from. */
  readonly start: number;
  readonly end: number;
  readonly fileBytes: number;
  readonly encoding: string;
  readonly text: string;
  /** sha256 of the byte offset and the text: a re-run finds the same parts; a repeated stretch is kept each time. */
  readonly contentHash: string;
  /** Invalid bytes replaced by U+FFFD in this part, named with the file and byte offset. */
  readonly warning: string | null;
}

/** True when `path` is a regular .txt/.md file over STREAM_TEXT_ABOVE_BYTES; anything else is read whole (and refused there if bad). */
export async function streamsInParts(path: string): Promise<boolean> {
  const format = sourceFormatOf(path);
  if (format !== 'txt' && format !== 'md') return false;
  try {
    const info = await stat(path);
    return info.isFile() && info.size > STREAM_TEXT_ABOVE_BYTES;
  } catch {
    return false;
  }
}

/**
 * Reads a large text file in parts, one at a time: the encoding is told from
 * the first megabyte, then one stateful decoder runs over the whole file (a
 * character or an ISO-2022-JP shift state split between parts carries over).
 * A failure ends the sequence with an error naming the file; parts already
 * yielded are unaffected.
 */
export async function* readTextParts(path: string, partBytes = TEXT_PART_BYTES): AsyncGenerator<Result<TextPart>> {
  const shown = displayPath(path);
  const size = (await stat(path)).size;
  if (size > MAX_STREAMED_TEXT_BYTES) {
    yield err(`${shown}: the file is ${Math.ceil(size / MIB)} MB, over the ${MAX_STREAMED_TEXT_BYTES / MIB} MB limit for text files read in parts; nothing was read; split it into smaller files and ingest those`);
    return;
  }
  const encoding = await detectStreamEncoding(path, size);
  if (!encoding.ok) {
    yield err(`${shown}: ${encoding.error}`);
    return;
  }
  const decoder = new TextDecoder(DECODER_LABEL[encoding.value]);
  const estimatedCount = Math.max(1, Math.ceil(size / partBytes));
  let number = 0;
  let end = 0;
  try {
    for await (const part of splitTextBytes(createReadStream(path, { highWaterMark: MIB }), encoding.value, partBytes)) {
      end = part.start + part.bytes.length;
      const text = decoder.decode(part.bytes, { stream: !part.last });
      number++;
      yield ok({
        path, number, estimatedCount, start: part.start, end, fileBytes: size, encoding: encoding.value, text,
        contentHash: createHash('sha256').update(`${part.start}\0`).update(text, 'utf8').digest('hex'),
        warning: invalidBytesWarning(shown, encoding.value, part.bytes, part.start, text),
      });
    }
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    yield err(`${shown}: reading failed after byte ${end}, in part ${number + 1} (${code ?? (e as Error).message})`);
  }
}

/** The ingest document for one part: named after the file, its part number and its byte range. */
export function partDocument(part: TextPart, format: SourceFormat, first: Pick<IngestedDocument, 'author' | 'publisher' | 'publishedDate'> | null): IngestedDocument {
  const title = `${basename(part.path)} (part ${part.number} of ~${Math.max(part.estimatedCount, part.number)}, bytes ${part.start}–${part.end - 1})`;
  const doc = buildDocument(part.path, format, {
    text: part.text, encoding: part.encoding, hashed: part.text, contentHash: part.contentHash, metadata: { title },
  });
  // The date, author and publisher of a file are at its start: later parts keep the first part's.
  return first === null ? doc : { ...doc, author: first.author, publisher: first.publisher, publishedDate: first.publishedDate };
}

const DECODER_LABEL: Readonly<Record<StreamEncoding, string>> = {
  UTF8: 'utf-8', UTF16LE: 'utf-16le', UTF16BE: 'utf-16be', SJIS: 'shift_jis', EUCJP: 'euc-jp', JIS: 'iso-2022-jp',
};

/**
 * The encoding, told by decodeText from the first megabyte cut at its last
 * line break (or with a character cut off the end tried too), so the sample
 * is whole characters. Binary and unknown encodings are refused as for a
 * small file.
 */
export async function detectStreamEncoding(path: string, size: number): Promise<Result<StreamEncoding>> {
  const sample = await readHead(path, Math.min(size, SAMPLE_BYTES));
  const candidates: Uint8Array[] = [];
  if (sample.length < size) {
    const lf = sample.lastIndexOf(0x0a);
    if (lf > 0) candidates.push(sample.subarray(0, sample[lf + 1] === 0 ? lf + 2 : lf + 1));
    for (let cut = 0; cut < 4; cut++) candidates.push(sample.subarray(0, sample.length - cut));
  } else candidates.push(sample);
  let first: Result<StreamEncoding> | null = null;
  for (const c of candidates) {
    const decoded = decodeText(c);
    const r: Result<StreamEncoding> = decoded.ok ? ok(decoded.value.encoding as StreamEncoding) : decoded;
    if (r.ok && r.value === 'UTF8') return r;
    first ??= r;
  }
  return first!;
}

async function readHead(path: string, length: number): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const c of createReadStream(path, { start: 0, end: Math.max(0, length - 1) })) chunks.push(c as Buffer);
  return Buffer.concat(chunks);
}

/** A warning for U+FFFD that stands for invalid bytes (not one written in the file), with the byte offset where one can be computed. */
function invalidBytesWarning(shown: string, encoding: StreamEncoding, bytes: Uint8Array, start: number, text: string): string | null {
  let i = text.indexOf('\ufffd');
  if (i < 0) return null;
  if (encoding === 'UTF8') {
    const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    while (i >= 0) {
      const at = Buffer.byteLength(text.slice(0, i), 'utf8');
      if (!(buf[at] === 0xef && buf[at + 1] === 0xbf && buf[at + 2] === 0xbd)) {
        return `${shown}: invalid UTF-8 at byte ${start + at}, read as U+FFFD; the rest of the file was ingested`;
      }
      i = text.indexOf('\ufffd', i + 1);
    }
    return null;
  }
  if (encoding === 'UTF16LE' || encoding === 'UTF16BE') {
    const fffd = encoding === 'UTF16LE' ? [0xfd, 0xff] : [0xff, 0xfd];
    if (bytes[2 * i] === fffd[0] && bytes[2 * i + 1] === fffd[1]) return null; // a U+FFFD written in the file (simplification: the first one)
  }
  return `${shown}: invalid ${encoding} bytes between byte ${start} and ${start + bytes.length}, read as U+FFFD; the rest of the file was ingested`;
}
