/** `[1, 2, 3, 5]` → runs `[[1, 3], [5, 5]]`: how a cell's footnote numbers are shown compactly. */
export function citeRuns(ns: readonly number[]): [number, number][] {
  const sorted = [...new Set(ns)].sort((a, b) => a - b);
  const runs: [number, number][] = [];
  for (const n of sorted) {
    const last = runs[runs.length - 1];
    if (last !== undefined && n === last[1] + 1) last[1] = n;
    else runs.push([n, n]);
  }
  return runs;
}
