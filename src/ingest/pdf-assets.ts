import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

/**
 * Folders of the installed pdfjs-dist package holding the CMaps (needed for
 * Japanese fonts), standard font data, wasm decoders and ICC profiles.
 * Resolved from the package itself so they are always local files: pdf.js
 * must never fetch anything over the network.
 */
export interface PdfAssetDirs {
  readonly cmaps: string;
  readonly standardFonts: string;
  readonly wasm: string;
  readonly iccs: string;
}

export function pdfAssetDirs(): PdfAssetDirs {
  const require = createRequire(import.meta.url);
  const root = dirname(require.resolve('pdfjs-dist/package.json'));
  // pdf.js joins these with file names, so each must end with a separator.
  const dir = (name: string) => `${join(root, name)}/`;
  return { cmaps: dir('cmaps'), standardFonts: dir('standard_fonts'), wasm: dir('wasm'), iccs: dir('iccs') };
}
