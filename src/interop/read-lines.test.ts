import { Readable } from 'node:stream';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readLines } from './read-lines.js';

async function lines(chunks: (string | Buffer)[]): Promise<string[]> {
  const out: string[] = [];
  for await (const l of readLines(Readable.from(chunks))) out.push(l);
  return out;
}

describe('readLines', () => {
  it('splits LF and CRLF lines across chunks, drops a BOM, keeps a last line without ending', async () => {
    expect(await lines(['\ufeffa\tb\r', '\nc', 'd\n\nlast'])).toEqual(['a\tb', 'cd', '', 'last']);
  });

  it('decodes UTF-8 split inside a character', async () => {
    const bytes = Buffer.from('北朝鮮\nロシア\n');
    expect(await lines([bytes.subarray(0, 4), bytes.subarray(4)])).toEqual(['北朝鮮', 'ロシア']);
  });

  it('gives the lines of any text however it is chunked (property)', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(fc.string().filter((s) => !/[\r\n]/.test(s))), fc.array(fc.nat(), { maxLength: 5 }), async (ls, cuts) => {
        const text = ls.map((l) => `${l}\n`).join('');
        const bytes = Buffer.from(text);
        const points = [...new Set(cuts.map((c) => c % (bytes.length + 1)))].sort((a, b) => a - b);
        const chunks = [0, ...points].map((p, i, all) => bytes.subarray(p, all[i + 1] ?? bytes.length)).filter((c) => c.length > 0);
        expect(await lines(chunks)).toEqual(ls.map((l) => (l.charCodeAt(0) === 0xfeff ? l : l)).map((l, i) => (i === 0 && l.charCodeAt(0) === 0xfeff ? l.slice(1) : l)));
      }),
      { numRuns: 200 },
    );
  });
});
