/**
 * High-level visits and contacts of a dyad counted per year, level and
 * direction, each count with the ids of the events behind it. Pure.
 */
import type { EventStatus } from '../../core/event.js';
import { overlapsPeriod, yearOf, type Period } from './iso-period.js';
import { levelOf, OFFICE_LEVELS, type LevelIndex, type OfficeLevel } from './office-level.js';
import { hasSummitWording, inDyad, type Dyad, type ReportEvent } from './report-event.js';

export type ExchangeKind = 'visit' | 'contact';

export interface ExchangeCountRow {
  /** Year of the event's (first) date, or `all` when not split by year. */
  readonly year: string;
  readonly kind: ExchangeKind;
  readonly level: OfficeLevel;
  /** `RUS→PRK`: visitor's state → host state; for contacts, initiator → counterpart. */
  readonly direction: string;
  readonly count: number;
  readonly eventIds: readonly number[];
}

export interface ExchangeOptions {
  readonly levels: LevelIndex;
  readonly period?: Period;
  /** Split by year (default) or count over the whole period. */
  readonly byYear?: boolean;
  /** Statuses counted; default occurred only. */
  readonly statuses?: readonly EventStatus[];
}

const CONTACT_CODES = ['040', '041', '044', '046'];

/**
 * Visits: 042 (the source visits) and 043 (the source hosts: the target is the
 * visitor); the level is the visitor's. Contacts: 040, 041, 044, 046, directed
 * source → target; the level is the lower of the named sides' levels, or
 * leader when a source calls the meeting a summit.
 */
export function exchangeCounts(events: readonly ReportEvent[], dyad: Dyad, opts: ExchangeOptions): ExchangeCountRow[] {
  const statuses = opts.statuses ?? ['occurred'];
  const groups = new Map<string, { year: string; kind: ExchangeKind; level: OfficeLevel; direction: string; ids: number[] }>();
  for (const e of events) {
    if (!inDyad(e, dyad) || !statuses.includes(e.status)) continue;
    if (opts.period !== undefined && !overlapsPeriod(e.date, e.dateEnd, opts.period)) continue;
    const c = classify(e, opts.levels);
    if (c === null) continue;
    const year = opts.byYear === false ? 'all' : yearOf(e.date);
    const key = `${year}|${c.kind}|${c.level}|${c.direction}`;
    const g = groups.get(key) ?? { year, kind: c.kind, level: c.level, direction: c.direction, ids: [] };
    g.ids.push(e.id);
    groups.set(key, g);
  }
  return [...groups.values()]
    .map((g) => ({ year: g.year, kind: g.kind, level: g.level, direction: g.direction, count: g.ids.length, eventIds: g.ids.sort((a, b) => a - b) }))
    .sort((a, b) =>
      a.year.localeCompare(b.year) || a.kind.localeCompare(b.kind) ||
      OFFICE_LEVELS.indexOf(a.level) - OFFICE_LEVELS.indexOf(b.level) || a.direction.localeCompare(b.direction));
}

function classify(e: ReportEvent, levels: LevelIndex): { kind: ExchangeKind; level: OfficeLevel; direction: string } | null {
  const code = e.cameo.slice(0, 3);
  const target = e.target ?? '?';
  if (code === '042') return { kind: 'visit', level: levelOf(levels, e.sourceName, e.date), direction: `${e.source}→${target}` };
  if (code === '043') return { kind: 'visit', level: levelOf(levels, e.targetName, e.date), direction: `${target}→${e.source}` };
  if (!CONTACT_CODES.includes(code)) return null;
  return { kind: 'contact', level: contactLevel(e, levels), direction: `${e.source}→${target}` };
}

function contactLevel(e: ReportEvent, levels: LevelIndex): OfficeLevel {
  if (hasSummitWording(e)) return 'leader';
  const named = [e.sourceName, e.targetName].filter((n): n is string => n !== null);
  if (named.length === 0) return 'other';
  const ranks = named.map((n) => OFFICE_LEVELS.indexOf(levelOf(levels, n, e.date)));
  return OFFICE_LEVELS[Math.max(...ranks)]!;
}
