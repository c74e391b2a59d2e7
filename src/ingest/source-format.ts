import { extname } from 'node:path';
import type { SourceFormat } from '../core/document.js';

const FORMATS: Readonly<Record<string, SourceFormat>> = {
  '.txt': 'txt',
  '.text': 'txt',
  '.md': 'md',
  '.markdown': 'md',
  '.html': 'html',
  '.htm': 'html',
  '.pdf': 'pdf',
};

export const SUPPORTED_EXTENSIONS: readonly string[] = Object.keys(FORMATS);

/** The format a file name's extension stands for (case-insensitive), or null. */
export function sourceFormatOf(path: string): SourceFormat | null {
  return FORMATS[extname(path).toLowerCase()] ?? null;
}
