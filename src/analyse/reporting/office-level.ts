/**
 * The level of a named person's office on a date, from the actor gazetteer.
 * Stored events keep the English name of a person (`Sergey Lavrov`), not the
 * office, so the level is derived at analysis time. Pure: the gazetteer comes in.
 */
import type { AliasTarget } from '../../extract/actors/gazetteer.js';
import { firstDay, lastDay } from './iso-period.js';

/** Levels an exchange is counted at. Heads of government count as leaders. */
export type OfficeLevel = 'leader' | 'minister' | 'vice-minister' | 'other';

export const OFFICE_LEVELS: readonly OfficeLevel[] = ['leader', 'minister', 'vice-minister', 'other'];

/** Gazetteer office (role `office` or office-entry `level`) → counted level. */
const LEVEL_OF_OFFICE: Readonly<Record<string, OfficeLevel>> = {
  leader: 'leader',
  'head-of-government': 'leader',
  'foreign-minister': 'minister',
  'defence-minister': 'minister',
  minister: 'minister',
  'vice-minister': 'vice-minister',
};

export function levelOfOffice(office: string | null): OfficeLevel {
  return (office !== null && LEVEL_OF_OFFICE[office]) || 'other';
}

interface RoleSpan {
  readonly level: OfficeLevel;
  readonly from: string | null;
  readonly to: string | null;
}

/** English name (lower case) → the person's or office's levels over time. */
export type LevelIndex = ReadonlyMap<string, readonly RoleSpan[]>;

type RoleWithName = AliasTarget['roles'][number] & { readonly en_as?: string };

/** Builds the index from the gazetteer's alias targets (persons and offices). */
export function buildLevelIndex(targets: Iterable<AliasTarget>): LevelIndex {
  const index = new Map<string, RoleSpan[]>();
  const seen = new Set<string>();
  const add = (name: string, span: RoleSpan): void => {
    const key = name.toLowerCase();
    const list = index.get(key) ?? [];
    if (!list.some((r) => r.level === span.level && r.from === span.from && r.to === span.to)) list.push(span);
    index.set(key, list);
  };
  for (const t of targets) {
    if (seen.has(t.entityId) || t.nameEn === null) continue;
    seen.add(t.entityId);
    if (t.roles.length > 0) {
      for (const r of t.roles as readonly RoleWithName[]) {
        add(r.en_as ?? t.nameEn, { level: levelOfOffice(r.office), from: r.from, to: r.to });
      }
    } else if (t.entityId.startsWith('office:')) {
      add(t.nameEn, { level: levelOfOffice(t.level), from: null, to: null });
    }
  }
  for (const list of index.values()) list.sort((a, b) => (a.from ?? '').localeCompare(b.from ?? ''));
  return index;
}

/**
 * The level of `name` on `date` (ISO partial): the role in force then; else
 * the last role begun before the date; else the first role; `other` if unknown.
 */
export function levelOf(index: LevelIndex, name: string | null, date: string): OfficeLevel {
  if (name === null) return 'other';
  const roles = index.get(name.toLowerCase());
  if (roles === undefined || roles.length === 0) return 'other';
  const lo = firstDay(date);
  const hi = lastDay(date);
  const active = roles.find((r) => (r.from === null || r.from <= hi) && (r.to === null || lo <= r.to));
  if (active) return active.level;
  const before = roles.filter((r) => r.from !== null && r.from <= lo);
  return (before[before.length - 1] ?? roles[0]!).level;
}
