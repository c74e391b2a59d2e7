import type { Mention } from './match-actors.js';

/** What the reader remembers: the last person and the last state named so far. */
export interface AnaphoraMemory {
  readonly person: Mention | null;
  readonly state: Mention | null;
}

export const EMPTY_MEMORY: AnaphoraMemory = { person: null, state: null };

/** 同氏, 同大統領, 同外相…: the person last named. 同国, 同政府: the state last named. */
const ANAPHOR = /同(?:(氏|大統領|首相|外相|国防相|国務長官|総書記|委員長|国家主席|主席|長官|大使)|(国|政府))/gu;

/**
 * Resolves Japanese anaphors (同氏, 同国…) of one sentence to mentions of the
 * actor last named before them, and returns the sentence's mentions with them
 * added, plus the memory after the sentence. Pure; linear in the sentence.
 */
export function resolveAnaphora(
  text: string,
  base: number,
  mentions: readonly Mention[],
  memory: AnaphoraMemory,
): { mentions: Mention[]; memory: AnaphoraMemory } {
  const out = [...mentions];
  let { person, state } = memory;
  const named = [...mentions].sort((a, b) => a.start - b.start);
  let k = 0;
  ANAPHOR.lastIndex = 0;
  for (let m = ANAPHOR.exec(text); m; m = ANAPHOR.exec(text)) {
    const start = base + m.index;
    const end = start + m[0].length;
    // remember what was named before this anaphor
    for (; k < named.length && named[k]!.start < start; k++) ({ person, state } = remember(named[k]!, person, state));
    if (out.some((x) => x.start < end && start < x.end)) continue; // part of a name already matched (同志…)
    const antecedent = m[1] ? person : state;
    if (antecedent) out.push({ ...antecedent, start, end, surface: m[0], marker: 'plain' });
  }
  for (; k < named.length; k++) ({ person, state } = remember(named[k]!, person, state));
  return { mentions: out.sort((a, b) => a.start - b.start), memory: { person, state } };
}

function remember(m: Mention, person: Mention | null, state: Mention | null): AnaphoraMemory {
  if (m.kind === 'person' && m.marker === 'plain') return { person: m, state };
  if (m.kind === 'state' && m.marker === 'plain') return { person, state: m };
  return { person, state };
}
