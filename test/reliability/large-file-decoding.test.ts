// Issue 7: a large text file is cut into parts on raw bytes and decoded by one
// stateful decoder. Whatever the read chunks and the part size, the parts put
// together are the whole file decoded at once, and every part ends on a
// character boundary (so its byte range is exact) except where said.
import Encoding from 'encoding-japanese';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cutPoint, splitTextBytes, type StreamEncoding } from '../../src/ingest/split-text-bytes.js';

/** Written for this test: Japanese with half-width kana, NEC specials, CRLF and blank lines. */
const SENTENCES = [
  '外相会談は東京で開かれ、両国は漁業協力について話し合った。',
  'ｶﾀｶﾅの見出しと①②③の番号、㈱の略記も含む。',
  'The delegations met again in the autumn.',
  '',
  '防衛相は記者会見で、共同訓練を来月実施すると述べた。\r',
  '髙橋氏と﨑山氏が同席した。',
];

const LABEL: Record<StreamEncoding, string> = { UTF8: 'utf-8', SJIS: 'shift_jis', EUCJP: 'euc-jp', JIS: 'iso-2022-jp', UTF16LE: 'utf-16le', UTF16BE: 'utf-16be' };

function encode(text: string, encoding: StreamEncoding): Uint8Array {
  if (encoding === 'UTF8') return new TextEncoder().encode(text);
  if (encoding === 'UTF16LE' || encoding === 'UTF16BE') {
    const out = Buffer.from(text, 'utf16le');
    if (encoding === 'UTF16BE') out.swap16();
    return out;
  }
  const to = encoding === 'SJIS' ? 'SJIS' : encoding === 'EUCJP' ? 'EUCJP' : 'JIS';
  return Uint8Array.from(Encoding.convert(Encoding.stringToCode(text), { to, from: 'UNICODE', type: 'array' }));
}

async function* chunked(bytes: Uint8Array, cuts: readonly number[]): AsyncGenerator<Uint8Array> {
  let at = 0;
  for (const c of [...new Set(cuts)].sort((a, b) => a - b)) {
    if (c <= at || c >= bytes.length) continue;
    yield bytes.slice(at, c);
    at = c;
  }
  yield bytes.slice(at);
}

/** Splits and decodes as readTextParts does; returns the parts' texts and byte ranges. */
async function decodeInParts(bytes: Uint8Array, encoding: StreamEncoding, cuts: readonly number[], partBytes: number) {
  const decoder = new TextDecoder(LABEL[encoding]);
  const parts: { text: string; start: number; end: number }[] = [];
  for await (const p of splitTextBytes(chunked(bytes, cuts), encoding, partBytes)) {
    parts.push({ text: decoder.decode(p.bytes, { stream: !p.last }), start: p.start, end: p.start + p.bytes.length });
  }
  return parts;
}

const text = fc
  .array(fc.constantFrom(...SENTENCES), { minLength: 1, maxLength: 60 })
  .map((lines) => lines.join('\n'))
  .filter((t) => t.length > 0);

describe('large text files: parts decode to the whole', () => {
  for (const encoding of ['SJIS', 'EUCJP', 'JIS', 'UTF8', 'UTF16LE', 'UTF16BE'] as const) {
    it(`${encoding}: any read chunks, any part size, the parts join to the whole file decoded at once`, async () => {
      await fc.assert(
        fc.asyncProperty(text, fc.array(fc.nat(), { maxLength: 12 }), fc.integer({ min: 8, max: 400 }), async (t, rawCuts, partBytes) => {
          const bytes = encode(t, encoding);
          const cuts = rawCuts.map((c) => c % (bytes.length + 1));
          const parts = await decodeInParts(bytes, encoding, cuts, partBytes);
          expect(parts.map((p) => p.text).join('')).toBe(new TextDecoder(LABEL[encoding]).decode(bytes));
          // contiguous ranges covering the file, none over the part size
          expect(parts[0]!.start).toBe(0);
          expect(parts.at(-1)!.end).toBe(bytes.length);
          for (let i = 1; i < parts.length; i++) expect(parts[i]!.start).toBe(parts[i - 1]!.end);
          for (const p of parts) expect(p.end - p.start).toBeLessThanOrEqual(Math.max(partBytes, 2));
          // byte ranges are exact: each part's bytes decode on their own to its text (ISO-2022-JP carries a shift state)
          if (encoding !== 'JIS') {
            for (const p of parts) expect(new TextDecoder(LABEL[encoding]).decode(bytes.subarray(p.start, p.end))).toBe(p.text);
          }
        }),
        { numRuns: 150 },
      );
    });
  }

  it('a surrogate pair is never cut: a UTF-16 hard cut backs off a high surrogate', async () => {
    const t = '𠮷'.repeat(50); // U+20BB7, a surrogate pair in UTF-16
    for (const encoding of ['UTF16LE', 'UTF16BE', 'UTF8'] as const) {
      for (const partBytes of [5, 6, 7, 9, 10]) {
        const parts = await decodeInParts(encode(t, encoding), encoding, [3, 17, 40], partBytes);
        for (const p of parts) expect(p.text).toMatch(/^(?:𠮷)+$/u);
        expect(parts.map((p) => p.text).join('')).toBe(t);
      }
    }
  });

  it('prefers a blank line, then a line break, then a hard cut', () => {
    const bytes = new TextEncoder().encode('aaaa\n\nbbbb\ncc');
    expect(cutPoint(bytes, 12, 'UTF8', true)).toBe(6); // after the blank line
    expect(cutPoint(new TextEncoder().encode('aaaa bbbb\ncc dd'), 13, 'UTF8', true)).toBe(10); // after the line break
    expect(cutPoint(new TextEncoder().encode('ああああ'), 8, 'UTF8', true)).toBe(6); // whole characters only
    expect(cutPoint(new TextEncoder().encode('aaaa\r\nbbbb'), 5, 'UTF8', true)).toBe(5); // hard cut: never between CR and LF as a line break
    expect(cutPoint(new TextEncoder().encode('aaa\r\nbbbb'), 5, 'UTF8', true)).toBe(5);
  });
});
