import { fileURLToPath } from 'node:url';
import { join } from 'node:path';

/**
 * Absolute path of a file in the package's `data/` folder (actor gazetteer,
 * patterns, units). Works from `src/` under vitest and from `dist/` after build:
 * both sit one level below the package root.
 */
export function dataPath(name: string): string {
  return join(fileURLToPath(new URL('..', import.meta.url)), 'data', name);
}
