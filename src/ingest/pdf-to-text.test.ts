import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { pdfAssetDirs } from './pdf-assets.js';
import { pageText, pdfToText } from './pdf-to-text.js';

/** Builds a minimal valid PDF (Helvetica text, one content stream per page) with correct xref offsets. */
function makePdf(pages: readonly string[][], opts: { encrypt?: boolean; info?: string; japanese?: boolean } = {}): Uint8Array {
  const objects: string[] = [];
  const add = (body: string) => objects.push(body);
  const catalog = add('<< /Type /Catalog /Pages 2 0 R >>');
  add(''); // pages tree, filled in below
  const font = opts.japanese ? addJapaneseFont(add) : add('<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>');
  // With the UniJIS-UCS2-H CMap, a Japanese string is written as UTF-16BE hex.
  const show = (l: string) => (opts.japanese ? `<${utf16Hex(l)}>` : `(${l})`);
  const kids: number[] = [];
  for (const lines of pages) {
    const ops = lines.map((l, i) => `BT /F1 12 Tf 72 ${720 - i * 16} Td ${show(l)} Tj ET`).join('\n');
    const content = add(`<< /Length ${ops.length} >>\nstream\n${ops}\nendstream`);
    kids.push(
      add(`<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 ${font} 0 R >> >> /Contents ${content} 0 R >>`),
    );
  }
  objects[1] = `<< /Type /Pages /Kids [${kids.map((k) => `${k} 0 R`).join(' ')}] /Count ${kids.length} >>`;
  const info = opts.info ? add(opts.info) : null;
  // An Encrypt dictionary whose /U does not match the empty password: readers must ask for one.
  const encrypt = opts.encrypt
    ? add(`<< /Filter /Standard /V 1 /R 2 /P -44 /O <${'ab'.repeat(32)}> /U <${'cd'.repeat(32)}> >>`)
    : null;
  let out = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((body, i) => {
    offsets.push(out.length);
    out += `${i + 1} 0 obj\n${body}\nendobj\n`;
  });
  const xref = out.length;
  out += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  for (const o of offsets) out += `${String(o).padStart(10, '0')} 00000 n \n`;
  const extra = `${info ? ` /Info ${info} 0 R` : ''}${encrypt ? ` /Encrypt ${encrypt} 0 R /ID [<${'01'.repeat(16)}> <${'01'.repeat(16)}>]` : ''}`;
  out += `trailer\n<< /Size ${objects.length + 1} /Root ${catalog} 0 R${extra} >>\nstartxref\n${xref}\n%%EOF\n`;
  return new TextEncoder().encode(out);
}

/** A non-embedded Adobe-Japan1 font: pdf.js can only read its text through the packed CMaps. */
function addJapaneseFont(add: (body: string) => number): number {
  const descriptor = add(
    '<< /Type /FontDescriptor /FontName /KozMinPr6N-Regular /Flags 4 /FontBBox [0 -200 1000 900] /ItalicAngle 0 /Ascent 880 /Descent -120 /CapHeight 700 /StemV 80 >>',
  );
  const cid = add(
    `<< /Type /Font /Subtype /CIDFontType0 /BaseFont /KozMinPr6N-Regular /CIDSystemInfo << /Registry (Adobe) /Ordering (Japan1) /Supplement 6 >> /FontDescriptor ${descriptor} 0 R >>`,
  );
  return add(`<< /Type /Font /Subtype /Type0 /BaseFont /KozMinPr6N-Regular /Encoding /UniJIS-UCS2-H /DescendantFonts [${cid} 0 R] >>`);
}

function utf16Hex(s: string): string {
  return [...s].map((c) => c.charCodeAt(0).toString(16).padStart(4, '0')).join('');
}

describe('pdfToText', () => {
  it('reads Japanese text through the CMaps', async () => {
    const r = await pdfToText(makePdf([['外相が会談した。', '東京で']], { japanese: true }));
    expect(r.ok && r.value.text).toBe('外相が会談した。\n東京で');
  });

  it('extracts lines and pages from a small PDF, with its metadata', async () => {
    const pdf = makePdf([['The ministers met in Tokyo.', 'They signed an accord.'], ['Page two text.']], {
      info: '<< /Title (Accord report) /Author (A. Writer) >>',
    });
    const r = await pdfToText(pdf);
    expect(r).toEqual({
      ok: true,
      value: {
        text: 'The ministers met in Tokyo.\nThey signed an accord.\fPage two text.',
        pages: 2,
        title: 'Accord report',
        author: 'A. Writer',
      },
    });
  });

  it('reports a truncated PDF as damaged', async () => {
    const pdf = makePdf([['Some text here.']]);
    const r = await pdfToText(pdf.subarray(0, 120));
    expect(r.ok).toBe(false);
    expect(!r.ok && r.error).toMatch(/damaged|could not be read|no text layer/);
  });

  it('reports garbage as damaged', async () => {
    const r = await pdfToText(new TextEncoder().encode('this is not a pdf at all'));
    expect(!r.ok && r.error).toMatch(/damaged or truncated/);
  });

  it('reports a password-protected PDF', async () => {
    const r = await pdfToText(makePdf([['Secret.']], { encrypt: true }));
    expect(r).toEqual({ ok: false, error: 'the PDF is password-protected; remove the password and ingest again' });
  });

  it('reports a PDF without a text layer', async () => {
    const r = await pdfToText(makePdf([[]]));
    expect(r).toEqual({ ok: false, error: 'the PDF has no text layer (scanned images?); Sokan has no OCR yet' });
  });

  it('resolves the CMap folder of the installed pdfjs-dist (Japanese fonts need it)', () => {
    const dirs = pdfAssetDirs();
    expect(existsSync(join(dirs.cmaps, 'UniJIS-UCS2-H.bcmap'))).toBe(true);
    expect(existsSync(join(dirs.standardFonts, 'FoxitSerif.pfb'))).toBe(true);
    expect(dirs.cmaps.endsWith('/')).toBe(true);
  });
});

describe('pageText', () => {
  const item = (str: string, x: number, y: number, hasEOL = false) => ({
    str,
    hasEOL,
    transform: [10, 0, 0, 10, x, y],
    width: str.length * 5,
    height: 10,
  });

  it('breaks lines on baseline changes, blank lines on wide gaps, spaces on visible gaps', () => {
    const text = pageText([
      item('北朝鮮は', 0, 700),
      item('ロシアと', 20, 700),
      item('会談した', 0, 688),
      item('Next', 0, 640),
      item('para', 40, 640, true),
      item('end', 0, 628),
    ]);
    expect(text).toBe('北朝鮮はロシアと\n会談した\n\nNext para\nend');
  });
});
