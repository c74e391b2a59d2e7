import type { Actor } from '../core/actor.js';
import type { Gazetteer } from '../extract/actors/gazetteer.js';

/** The gazetteer as actor records for the store: one per state/organisation code with all its aliases. */
export function gazetteerActors(gaz: Gazetteer): Actor[] {
  const byCode = new Map<string, { kind: Actor['kind']; aliases: Set<string> }>();
  for (const [surface, t] of gaz.aliases) {
    if (!t.code) continue;
    const entry = byCode.get(t.code) ?? { kind: t.kind === 'organisation' || t.kind === 'body' ? 'organisation' : 'state', aliases: new Set() };
    entry.aliases.add(surface);
    byCode.set(t.code, entry);
  }
  return [...byCode.entries()].map(([code, e]) => ({
    code,
    kind: e.kind,
    nameEn: gaz.stateNames.get(code) ?? code,
    nameJa: [...e.aliases].find((a) => /[\u3040-\u30ff\u4e00-\u9fff]/.test(a)) ?? code,
    aliases: [...e.aliases].sort(),
  }));
}
