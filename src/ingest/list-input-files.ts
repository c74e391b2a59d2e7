import { readdir, realpath, stat } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { displayPath } from './display-path.js';
import { sourceFormatOf, SUPPORTED_EXTENSIONS } from './source-format.js';

export interface InputFiles {
  readonly files: string[];
  readonly errors: { path: string; message: string }[];
}

/**
 * Expands the given paths into the files to ingest: folders recursively
 * (hidden entries skipped, supported extensions only), files as given.
 * Symlinked folders are followed once: a set of real paths stops loops.
 * Missing or unreadable paths are reported, not thrown. Sorted, no duplicates.
 */
export async function listInputFiles(paths: readonly string[]): Promise<InputFiles> {
  const files = new Set<string>();
  const errors: { path: string; message: string }[] = [];
  const seenDirs = new Set<string>();
  for (const path of paths) {
    const info = await stat(path).catch((e: NodeJS.ErrnoException) => e);
    if (info instanceof Error) {
      errors.push({ path, message: `${displayPath(path)}: ${info.code === 'ENOENT' ? 'no such file or folder' : info.message}` });
    } else if (info.isDirectory()) {
      await walk(path, seenDirs, files, errors);
    } else if (sourceFormatOf(path) !== null) {
      files.add(path);
    } else {
      errors.push({ path, message: `${displayPath(path)}: unsupported file type; supported: ${SUPPORTED_EXTENSIONS.join(' ')}` });
    }
  }
  return { files: [...files].sort(), errors };
}

/** Iterative depth-first walk (no recursion), so deep trees cannot overflow the stack. */
async function walk(
  root: string,
  seenDirs: Set<string>,
  files: Set<string>,
  errors: { path: string; message: string }[],
): Promise<void> {
  const pending = [root];
  while (pending.length > 0) {
    const dir = pending.pop()!;
    const real = await realpath(dir).catch(() => dir);
    if (seenDirs.has(real)) continue; // symlink loop, or the same folder given twice
    seenDirs.add(real);
    let names: string[];
    try {
      names = await readdir(dir);
    } catch (e) {
      errors.push({ path: dir, message: `${displayPath(dir)}: cannot list the folder (${(e as NodeJS.ErrnoException).code ?? e})` });
      continue;
    }
    for (const name of names) {
      if (name.startsWith('.')) continue;
      const path = join(dir, name);
      const info = await stat(path).catch(() => null); // follows symlinks; broken links are skipped
      if (info?.isDirectory()) pending.push(path);
      else if (info?.isFile() && sourceFormatOf(basename(path)) !== null) files.add(path);
    }
  }
}
