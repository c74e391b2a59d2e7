/**
 * Leader-level meetings of a dyad over a period, each with its place, the
 * framework it happened in and the documents stating it. Pure.
 */
import type { EventStatus } from '../../core/event.js';
import type { EventSource } from '../../store/query-events.js';
import { intervalsOverlap, overlapsPeriod, type Period } from './iso-period.js';
import { findMultilateralFramework } from './multilateral-summits.js';
import { levelOf, type LevelIndex, type OfficeLevel } from './office-level.js';
import { hasSummitWording, inDyad, type Dyad, type ReportEvent } from './report-event.js';

/** CAMEO codes of a meeting: consult, phone, meet at a third location, negotiate. */
export const MEETING_CODES: readonly string[] = ['040', '041', '044', '046'];
const VISIT_CODES = ['042', '043'];

export type SummitFramework =
  | { readonly kind: 'phone' }
  | { readonly kind: 'multilateral'; readonly name: string }
  | { readonly kind: 'bilateral-visit'; readonly host: string | null; readonly visitEventIds: readonly number[] }
  | { readonly kind: 'meeting' };

export interface SummitRow {
  readonly eventId: number;
  readonly date: string;
  readonly dateEnd: string | null;
  readonly cameo: string;
  readonly status: EventStatus;
  readonly source: string;
  readonly target: string | null;
  readonly sourceName: string | null;
  readonly targetName: string | null;
  readonly place: string | null;
  readonly framework: SummitFramework;
  /** Why it counts as leader level: both named persons were leaders then, or a source calls it a summit. */
  readonly basis: 'leader-names' | 'summit-wording';
  readonly sources: readonly EventSource[];
}

export interface SummitOptions {
  readonly levels: LevelIndex;
  /** Statuses kept; default occurred only. */
  readonly statuses?: readonly EventStatus[];
}

export function summitTable(events: readonly ReportEvent[], dyad: Dyad, period: Period, opts: SummitOptions): SummitRow[] {
  const statuses = opts.statuses ?? ['occurred'];
  const ofDyad = events.filter((e) => inDyad(e, dyad));
  const visits = ofDyad.filter((e) => VISIT_CODES.includes(e.cameo.slice(0, 3)) && e.status !== 'cancelled');
  const rows: SummitRow[] = [];
  for (const e of ofDyad) {
    if (!MEETING_CODES.includes(e.cameo.slice(0, 3)) || !statuses.includes(e.status)) continue;
    if (!overlapsPeriod(e.date, e.dateEnd, period)) continue;
    const basis = leaderBasis(e, opts.levels);
    if (basis === null) continue;
    const overlapping = visits
      .filter((v) => intervalsOverlap([v.date, v.dateEnd], [e.date, e.dateEnd]))
      .sort((v, w) => visitRank(v, opts.levels) - visitRank(w, opts.levels) || v.id - w.id);
    const framework = frameworkOf(e, overlapping);
    const place = e.location ?? overlapping[0]?.location ?? null;
    rows.push({
      eventId: e.id, date: e.date, dateEnd: e.dateEnd, cameo: e.cameo, status: e.status,
      source: e.source, target: e.target, sourceName: e.sourceName, targetName: e.targetName,
      place, framework, basis, sources: e.sources,
    });
  }
  return rows.sort((a, b) => a.date.localeCompare(b.date) || a.eventId - b.eventId);
}

/** Visits by a leader first, then day-precise ones: the likeliest frame of a leaders' meeting. */
function visitRank(v: ReportEvent, levels: LevelIndex): number {
  const visitor = v.cameo.startsWith('042') ? v.sourceName : v.targetName;
  return (levelOf(levels, visitor, v.date) === 'leader' ? 0 : 2) + (v.date.length === 10 ? 0 : 1);
}

function leaderBasis(e: ReportEvent, levels: LevelIndex): SummitRow['basis'] | null {
  const side = (name: string | null): OfficeLevel => levelOf(levels, name, e.date);
  if (side(e.sourceName) === 'leader' && side(e.targetName) === 'leader') return 'leader-names';
  return hasSummitWording(e) ? 'summit-wording' : null;
}

/** Phone first; then a named multilateral summit; then a visit of the dyad over the same dates. */
function frameworkOf(e: ReportEvent, visits: readonly ReportEvent[]): SummitFramework {
  if (e.cameo.startsWith('041')) return { kind: 'phone' };
  const name = findMultilateralFramework([e.location, ...e.sources.map((s) => s.quote)]);
  if (name !== null) return { kind: 'multilateral', name };
  if (visits.length > 0) {
    const v = visits[0]!;
    const host = v.cameo.startsWith('042') ? v.target : v.source;
    return { kind: 'bilateral-visit', host, visitEventIds: visits.map((x) => x.id) };
  }
  return { kind: 'meeting' };
}
