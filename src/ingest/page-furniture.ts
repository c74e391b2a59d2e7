import { isPageNumberLine } from './line-kind.js';
import type { SourceLine } from './split-lines.js';

/** Longest line still considered a running header/footer when it merely repeats. */
const MAX_REPEATED_LENGTH = 60;
/** Longest line considered furniture when it repeats on distinct pages. */
const MAX_PAGE_REPEATED_LENGTH = 200;
const MIN_REPEATS = 3;

/**
 * Marks page furniture: page-number-only lines, and lines repeated as whole
 * lines (running headers and footers, series names, header dates).
 * A line is furniture if it is ≤ 60 characters and occurs 3+ times, or
 * occurs on 3+ distinct pages (form-feed separated). Comparison ignores
 * whitespace, since extraction spaces headers inconsistently.
 */
export function findPageFurniture(lines: readonly SourceLine[], trimmed: readonly string[]): boolean[] {
  const keys = trimmed.map((t) => t.replace(/[\s\u3000]+/g, ''));
  const stats = new Map<string, { count: number; pages: Set<number> }>();
  keys.forEach((key, i) => {
    if (key === '') return;
    let s = stats.get(key);
    if (!s) stats.set(key, (s = { count: 0, pages: new Set() }));
    s.count++;
    s.pages.add(lines[i]!.page);
  });
  return keys.map((key, i) => {
    if (key === '') return false;
    if (isPageNumberLine(trimmed[i]!)) return true;
    const s = stats.get(key)!;
    if (s.count >= MIN_REPEATS && key.length <= MAX_REPEATED_LENGTH) return true;
    return s.pages.size >= MIN_REPEATS && key.length <= MAX_PAGE_REPEATED_LENGTH;
  });
}
