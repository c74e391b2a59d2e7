/**
 * Cuts the bytes of a large text file into parts of at most `partBytes`, at
 * a paragraph break (a blank line) when there is one in the second half of
 * the window, else at a line break, else (a single very long line) at a
 * character boundary. Works on raw bytes, before decoding, so every part's
 * byte range in the file is known exactly. Pure: no I/O.
 *
 * A line break is LF, CRLF or a lone CR, read as code units: one byte for the
 * ASCII-compatible encodings (UTF-8, Shift_JIS, EUC-JP, ISO-2022-JP, where the
 * bytes 0x0A and 0x0D never occur inside a multi-byte character), two bytes
 * for UTF-16.
 */
export type StreamEncoding = 'UTF8' | 'SJIS' | 'EUCJP' | 'JIS' | 'UTF16LE' | 'UTF16BE';

const LF = 0x0a;
const CR = 0x0d;

/**
 * Where to end the next part of `bytes` (which starts at a character
 * boundary): a position in 1..limit. `more` says whether bytes follow
 * `bytes` in the file (a CR at the very end may then be half of a CRLF).
 */
export function cutPoint(bytes: Uint8Array, limit: number, encoding: StreamEncoding, more: boolean): number {
  const unit = encoding === 'UTF16LE' || encoding === 'UTF16BE' ? 2 : 1;
  const end = Math.min(limit, bytes.length) - (Math.min(limit, bytes.length) % unit);
  if (end <= unit) return Math.max(unit, end);
  const at = (i: number): number => {
    if (i < 0 || i + unit > bytes.length) return -1;
    if (unit === 1) return bytes[i]!;
    return encoding === 'UTF16LE' ? bytes[i]! | (bytes[i + 1]! << 8) : (bytes[i]! << 8) | bytes[i + 1]!;
  };
  /** Length of the line break that ends just before `p`, or 0. */
  const breakBefore = (p: number): number => {
    const last = at(p - unit);
    if (last === LF) return at(p - 2 * unit) === CR ? 2 * unit : unit;
    if (last === CR) {
      const next = at(p);
      if (next === LF || (next === -1 && more)) return 0; // inside a CRLF, or cannot tell yet
      return unit;
    }
    return 0;
  };
  const low = Math.max(unit, Math.floor(end / 2 / unit) * unit);
  for (let p = end; p >= low; p -= unit) {
    const b = breakBefore(p);
    if (b > 0 && breakBefore(p - b) > 0) return p; // a blank line ends here
  }
  for (let p = end; p >= low; p -= unit) if (breakBefore(p) > 0) return p;
  return characterBoundary(bytes, end, encoding);
}

/** The last character boundary at or before `end` (> 0), for a hard cut. */
function characterBoundary(bytes: Uint8Array, end: number, encoding: StreamEncoding): number {
  switch (encoding) {
    case 'UTF8': {
      let p = end;
      while (p > end - 3 && p > 1 && (bytes[p]! & 0xc0) === 0x80) p--;
      return (bytes[p]! & 0xc0) === 0x80 ? end : p; // not UTF-8 here: the decoder copes
    }
    case 'UTF16LE':
    case 'UTF16BE': {
      const hi = encoding === 'UTF16LE' ? bytes[end - 1]! : bytes[end - 2]!;
      return hi >= 0xd8 && hi <= 0xdb && end > 2 ? end - 2 : end; // never after a high surrogate
    }
    case 'SJIS':
      return forwardBoundary(bytes, end, (b) => ((b >= 0x81 && b <= 0x9f) || (b >= 0xe0 && b <= 0xfc) ? 2 : 1));
    case 'EUCJP':
      return forwardBoundary(bytes, end, (b) => (b === 0x8f ? 3 : b === 0x8e || (b >= 0xa1 && b <= 0xfe) ? 2 : 1));
    case 'JIS':
      // 7-bit with shift states: the stateful decoder carries the state and a
      // half character across the cut; only keep an escape sequence whole.
      for (let p = end - 1; p >= Math.max(1, end - 3); p--) if (bytes[p] === 0x1b) return p;
      return end;
  }
}

/** Steps through characters from 0 (a boundary) and returns the last boundary ≤ end. */
function forwardBoundary(bytes: Uint8Array, end: number, width: (lead: number) => number): number {
  let p = 0;
  for (;;) {
    const next = p + width(bytes[p]!);
    if (next > end) return p > 0 ? p : end;
    p = next;
  }
}

/** One part's bytes and where they sit in the file. */
export interface BytePart {
  readonly bytes: Uint8Array;
  /** Byte offset of `bytes[0]` in the file. */
  readonly start: number;
  /** The file's last part. */
  readonly last: boolean;
}

/**
 * Regroups a stream of chunks (any sizes, any boundaries) into parts cut by
 * `cutPoint`. Holds at most `partBytes` plus one chunk at a time.
 */
export async function* splitTextBytes(
  chunks: AsyncIterable<Uint8Array>,
  encoding: StreamEncoding,
  partBytes: number,
): AsyncGenerator<BytePart> {
  let pending: Uint8Array[] = [];
  let pendingLength = 0;
  let offset = 0;
  for await (const chunk of chunks) {
    pending.push(chunk);
    pendingLength += chunk.length;
    // Strictly more than a part: the byte after the window tells a CR from a CRLF.
    while (pendingLength > partBytes) {
      const joined = pending.length === 1 ? pending[0]! : Buffer.concat(pending);
      const cut = cutPoint(joined, partBytes, encoding, true);
      yield { bytes: joined.subarray(0, cut), start: offset, last: false };
      offset += cut;
      const rest = joined.subarray(cut);
      pending = rest.length > 0 ? [rest] : [];
      pendingLength = rest.length;
    }
  }
  if (pendingLength > 0) yield { bytes: pending.length === 1 ? pending[0]! : Buffer.concat(pending), start: offset, last: true };
}
