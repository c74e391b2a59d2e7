/**
 * The noun near a figure that decides its unit (11回の…決議 → resolution,
 * 報道時間は57回 → broadcast). After the figure the head noun is the last
 * match before a particle; before it, the nearest match within the clause.
 */
export type NounEntry = readonly [string, string];

const AFTER_BRIDGE_RE = /^(?:\s?の|にあたる|に当たる|となる|となった|に相当する)/;
const AFTER_STOP_RE = /[、。,.!?！？「」『』()（）をがはもにでとへや]/;
const BEFORE_STOP_RE = /[、。,.!?！？]/;
const WINDOW = 20;

export function nounAfter(text: string, pos: number, nouns: readonly NounEntry[]): NounEntry | null {
  if (nouns.length === 0) return null;
  let window = text.slice(pos, pos + WINDOW + 6);
  const bridge = AFTER_BRIDGE_RE.exec(window);
  if (bridge) window = window.slice(bridge[0].length);
  const stop = AFTER_STOP_RE.exec(window);
  if (stop) window = window.slice(0, stop.index);
  return lastMatch(window, nouns);
}

export function nounBefore(text: string, pos: number, nouns: readonly NounEntry[]): NounEntry | null {
  if (nouns.length === 0) return null;
  let window = text.slice(Math.max(0, pos - WINDOW), pos);
  let cut = -1;
  for (let i = window.length - 1; i >= 0; i--) {
    if (BEFORE_STOP_RE.test(window[i]!)) {
      cut = i;
      break;
    }
  }
  if (cut >= 0) window = window.slice(cut + 1);
  return lastMatch(window, nouns);
}

/** The entry whose match ends latest (longest first on ties: 首脳会談 over 会談). */
function lastMatch(window: string, nouns: readonly NounEntry[]): NounEntry | null {
  let best: NounEntry | null = null;
  let bestEnd = -1;
  for (const entry of nouns) {
    const i = window.lastIndexOf(entry[0]);
    if (i < 0) continue;
    const end = i + entry[0].length;
    if (end > bestEnd) {
      best = entry;
      bestEnd = end;
    }
  }
  return best;
}
