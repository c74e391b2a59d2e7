import type { ActorKind } from '../../core/actor.js';
import type { GazetteerData, RoleEntry, TitlesData } from './gazetteer-data.js';

/** One surface form the matcher looks for, and what it stands for. */
export interface AliasTarget {
  readonly entityId: string;
  readonly kind: ActorKind;
  /** State or organisation code; for a person, resolved per date through `roles`. */
  readonly code: string;
  readonly nameEn: string | null;
  readonly level: string | null;
  readonly roles: readonly RoleEntry[];
}

export interface Gazetteer {
  readonly aliases: ReadonlyMap<string, AliasTarget>;
  /** One-character abbreviations used in compounds (露 → RUS, 朝 → PRK). */
  readonly abbrev: ReadonlyMap<string, string>;
  readonly stateNames: ReadonlyMap<string, string>; // code → English name
  readonly titles: TitlesData;
}

/**
 * Builds the alias table from the gazetteer data. Later entries never override
 * earlier ones for the same surface, so the more specific list (persons,
 * offices, bodies) is added before the generic state names.
 */
export function buildGazetteer(data: GazetteerData, titles: TitlesData): Gazetteer {
  const aliases = new Map<string, AliasTarget>();
  const add = (surface: string, target: AliasTarget): void => {
    const s = surface.normalize('NFKC').trim();
    if (s.length < 2 && !/^[A-Za-z]{2,}$/.test(s)) return; // one char is never safe alone
    if (!aliases.has(s)) aliases.set(s, target);
  };
  for (const p of data.persons) {
    const first = p.roles[0];
    const target: AliasTarget = {
      entityId: `person:${p.id}`,
      kind: 'person',
      code: first?.state ?? '',
      nameEn: p.en,
      level: first?.office ?? null,
      roles: p.roles,
    };
    for (const a of [p.en, ...p.aliases]) add(a, target);
  }
  for (const o of data.offices) {
    const kind: ActorKind = o.level === 'body' ? 'body' : 'person';
    const target: AliasTarget = { entityId: `office:${o.id}`, kind, code: o.state, nameEn: o.en, level: o.level, roles: [] };
    for (const a of [o.en, ...o.aliases]) add(a, target);
  }
  for (const m of data.media) {
    const target: AliasTarget = { entityId: `media:${m.id}`, kind: 'media', code: m.state, nameEn: m.en, level: 'media', roles: [] };
    for (const a of [m.en, ...m.aliases]) add(a, target);
  }
  for (const o of data.organisations) {
    for (const b of o.bodies ?? []) {
      const target: AliasTarget = { entityId: `body:${o.code}:${b.en}`, kind: 'body', code: o.code, nameEn: b.en, level: 'body', roles: [] };
      for (const a of [b.en, ...b.aliases]) add(a, target);
    }
    const target: AliasTarget = { entityId: `org:${o.code}`, kind: 'organisation', code: o.code, nameEn: null, level: null, roles: [] };
    for (const a of [o.en, o.ja, ...o.aliases]) add(a, target);
  }
  const abbrev = new Map<string, string>();
  const stateNames = new Map<string, string>();
  for (const s of data.states) {
    stateNames.set(s.code, s.en);
    const target: AliasTarget = { entityId: `state:${s.code}`, kind: 'state', code: s.code, nameEn: null, level: null, roles: [] };
    for (const a of [s.en, s.ja, ...s.aliases, ...(s.demonyms ?? [])]) add(a, target);
    for (const a of s.abbrev ?? []) if (!abbrev.has(a)) abbrev.set(a, s.code);
  }
  return { aliases, abbrev, stateNames, titles };
}

/** The state a person acted for on `date` (ISO partial), or their best-known state. */
export function stateOn(target: AliasTarget, date: string | null): { code: string; level: string | null } {
  if (target.roles.length === 0) return { code: target.code, level: target.level };
  if (date) {
    const d = date.length === 4 ? `${date}-07-01` : date.length === 7 ? `${date}-15` : date;
    const active = target.roles.find((r) => (r.from === null || r.from <= d) && (r.to === null || d <= r.to));
    if (active) return { code: active.state, level: active.office };
  }
  const last = target.roles[target.roles.length - 1]!;
  return { code: last.state, level: last.office };
}
