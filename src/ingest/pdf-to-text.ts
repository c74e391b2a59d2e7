import { err, ok, type Result } from '../core/result.js';
import { pdfAssetDirs } from './pdf-assets.js';

export interface PdfText {
  /** Pages separated by form feeds; lines by `\n`; a wide vertical gap is a blank line. */
  readonly text: string;
  readonly pages: number;
  readonly title: string | null;
  readonly author: string | null;
}

/** The parts of a pdf.js text item this module reads. */
interface Item {
  readonly str: string;
  readonly hasEOL: boolean;
  readonly transform: readonly number[];
  readonly width: number;
  readonly height: number;
}

/**
 * Extracts the text layer of a PDF with pdf.js (legacy build, for Node).
 * Local CMaps and font data only, no eval, no system fonts, no network.
 * Expected failures (password, damaged file, no text layer) are values.
 */
export async function pdfToText(bytes: Uint8Array): Promise<Result<PdfText>> {
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const dirs = pdfAssetDirs();
  const task = pdfjs.getDocument({
    // A copy, as a plain Uint8Array: pdf.js refuses Buffers and detaches what it is given.
    data: new Uint8Array(bytes),
    cMapUrl: dirs.cmaps,
    cMapPacked: true,
    standardFontDataUrl: dirs.standardFonts,
    wasmUrl: dirs.wasm,
    iccUrl: dirs.iccs,
    isEvalSupported: false,
    useSystemFonts: false,
    disableFontFace: true,
    useWorkerFetch: false,
    disableAutoFetch: true,
    disableRange: true,
    disableStream: true,
    isOffscreenCanvasSupported: false,
    verbosity: 0,
  });
  try {
    const doc = await task.promise;
    const pages: string[] = [];
    for (let n = 1; n <= doc.numPages; n++) {
      const page = await doc.getPage(n);
      const content = await page.getTextContent();
      pages.push(pageText(content.items.filter((i): i is Item & typeof i => 'str' in i)));
      page.cleanup();
    }
    if (pages.every((p) => p.trim() === '')) {
      return err(`the PDF has no text layer (scanned images?); Sokan has no OCR yet`);
    }
    const { info } = await doc.getMetadata();
    return ok({ text: pages.join('\f'), pages: doc.numPages, title: infoField(info, 'Title'), author: infoField(info, 'Author') });
  } catch (e) {
    return err(describePdfError(e));
  } finally {
    await task.destroy();
  }
}

function describePdfError(e: unknown): string {
  const name = e instanceof Error ? e.name : '';
  const message = e instanceof Error ? e.message : String(e);
  if (name === 'PasswordException') {
    return 'the PDF is password-protected; remove the password and ingest again';
  }
  if (name === 'InvalidPDFException' || name === 'FormatError' || name === 'UnknownErrorException') {
    return `the PDF is damaged or truncated (${message}); re-download or re-export it and ingest again`;
  }
  return `the PDF could not be read (${message}); re-export it and ingest again`;
}

function infoField(info: unknown, key: string): string | null {
  if (typeof info !== 'object' || info === null) return null;
  const v = (info as Record<string, unknown>)[key];
  return typeof v === 'string' && v.trim() !== '' ? v.trim() : null;
}

/**
 * Joins a page's text items into lines. A new line starts after an item
 * marked `hasEOL` or when the baseline moves by more than half the text
 * height; a move of more than twice the height (a paragraph gap) adds a
 * blank line. Items on one line separated by a visible gap get a space.
 */
export function pageText(items: readonly Item[]): string {
  let out = '';
  let lastY: number | null = null;
  let lastEndX = 0;
  let atLineStart = true;
  for (const item of items) {
    const x = item.transform[4] ?? 0;
    const y = item.transform[5] ?? 0;
    const h = Math.abs(item.height || item.transform[3] || 10);
    if (lastY !== null && !atLineStart && Math.abs(y - lastY) > h / 2) {
      out += '\n';
      atLineStart = true;
    }
    if (lastY !== null && atLineStart && out !== '' && Math.abs(y - lastY) > h * 2 && item.str.trim() !== '') out += '\n';
    if (!atLineStart && x - lastEndX > h * 0.25 && !/\s$/.test(out) && !/^\s/.test(item.str)) out += ' ';
    out += item.str;
    if (item.str !== '') atLineStart = false;
    if (item.str.trim() !== '' || item.hasEOL) {
      lastY = y;
      lastEndX = x + item.width;
    }
    if (item.hasEOL) {
      out += '\n';
      atLineStart = true;
    }
  }
  return out.replace(/[ \t]+\n/g, '\n').replace(/\n+$/, '');
}
