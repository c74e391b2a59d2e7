import type { Mention } from './match-actors.js';

/**
 * English reports name a person in full once ("North Korean Foreign Minister
 * Choe Son Hui") and by the family name afterwards ("Choe said …"). A bare
 * family name cannot be a gazetteer alias (Kim, Choe, Wang name thousands of
 * people), but inside one document it means the person last named in full
 * with it. This pass adds those mentions. Pure; linear in the sentence.
 */

/** Family name → the person last named in full with it. */
export type SurnameMemory = ReadonlyMap<string, Mention>;

export const NO_SURNAMES: SurnameMemory = new Map();

/** States whose people's names are written family name first in English (Kim Jong Un, Wang Yi). */
const FAMILY_FIRST = new Set(['PRK', 'KOR', 'CHN']);

const NAME_WORD = /^[A-Z][a-z]+(?:[-'’][A-Za-z]+)?$/;

/** The family name of a person mention named in full, or null (a title, one word, not Latin). */
export function familyName(m: Mention): string | null {
  if (m.kind !== 'person' || !m.entityId.startsWith('person:')) return null;
  const words = m.surface.trim().split(/\s+/);
  if (words.length < 2 || !words.every((w) => NAME_WORD.test(w))) return null;
  return FAMILY_FIRST.has(m.code) ? words[0]! : words[words.length - 1]!;
}

/** Words that may stand right before a family name: Foreign Minister Choe, Mr Lavrov. */
const TITLE_WORD = /^(?:Minister|President|Premier|Secretary|Leader|Chairman|Chairwoman|Ambassador|Spokesman|Spokeswoman|General|Marshal|Mr|Ms|Mrs|Dr)$/;

const CAPITALISED = /\b[A-Z][a-z]+(?:[-'’][A-Za-z]+)?\b/g;

/**
 * The sentence's mentions with bare family names of people named earlier
 * added, and the memory after the sentence (full names in it remembered).
 */
export function resolveSurnames(
  text: string, base: number, mentions: readonly Mention[], memory: SurnameMemory,
): { mentions: Mention[]; memory: SurnameMemory } {
  const out = [...mentions];
  if (memory.size > 0) {
    CAPITALISED.lastIndex = 0;
    for (let m = CAPITALISED.exec(text); m; m = CAPITALISED.exec(text)) {
      const person = memory.get(m[0]);
      if (!person) continue;
      const start = base + m.index;
      const end = start + m[0].length;
      if (out.some((x) => x.start < end && start < x.end)) continue; // part of a name matched already
      // "Kim Yo Jong" after "Kim Jong Un": a family name followed by more name words is someone else
      if (/^\s+[A-Z][a-z]/.test(text.slice(end - base, end - base + 3))) continue;
      // "Jong Choe": after another name word it is part of some other name; after a title it is the person
      const before = /\b([A-Z][a-z]+)\.?\s+$/.exec(text.slice(Math.max(0, m.index - 24), m.index));
      if (before && !TITLE_WORD.test(before[1]!) && m.index - before[0].length > 0) continue;
      out.push({ ...person, start, end, surface: m[0], marker: 'plain' });
    }
  }
  let next: Map<string, Mention> | null = null;
  for (const m of mentions) {
    const name = familyName(m);
    if (name === null) continue;
    next ??= new Map(memory);
    next.set(name, m);
  }
  return { mentions: out.sort((a, b) => a.start - b.start), memory: next ?? memory };
}
