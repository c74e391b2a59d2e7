import type { EventStatus, QuadClass, ReviewState, StoredEvent } from '../../api/types.js';

/** The Events screen's filters; empty strings mean "any". */
export interface EventFilter {
  readonly text: string;
  readonly actor: string;
  readonly dyad: string;
  readonly cameo: string;
  readonly quad: '' | `${QuadClass}`;
  readonly status: '' | EventStatus;
  readonly review: '' | ReviewState;
  readonly from: string;
  readonly to: string;
}

export const EMPTY_FILTER: EventFilter = { text: '', actor: '', dyad: '', cameo: '', quad: '', status: '', review: '', from: '', to: '' };

/** True when partial date `a` ends before `b` begins: compared at their common precision, so 2023-09 overlaps 2023-09-13. */
const before = (a: string, b: string) => {
  const n = Math.min(a.length, b.length);
  return a.slice(0, n) < b.slice(0, n);
};

/** True when the event passes every filter; the date range overlaps as on the server (2023-09 is within 2023-09-13…). Pure. */
export function matchesFilter(e: StoredEvent, f: EventFilter): boolean {
  const actor = f.actor.trim().toUpperCase();
  if (actor && e.source !== actor && e.target !== actor) return false;
  const pair = f.dyad.toUpperCase().split(/[,\s]+/).filter(Boolean);
  if (pair.length === 2 && [e.source, e.target ?? ''].sort().join() !== [...pair].sort().join()) return false;
  if (f.cameo.trim() && !e.cameo.startsWith(f.cameo.trim())) return false;
  if (f.quad && String(e.quadClass) !== f.quad) return false;
  if (f.status && e.status !== f.status) return false;
  if (f.review && e.reviewState !== f.review) return false;
  if (f.from && before(e.dateEnd ?? e.date, f.from)) return false;
  if (f.to && before(f.to, e.date)) return false;
  const text = f.text.trim().toLowerCase();
  if (text) {
    const hay = [e.sourceName, e.targetName, e.location, e.cameo, ...e.sources.map((s) => s.quote), ...e.sources.map((s) => s.fileName)].join('\n').toLowerCase();
    if (!hay.includes(text)) return false;
  }
  return true;
}

/** Events as CSV (RFC 4180 quoting), one row per event. Pure. */
export function eventsCsv(events: readonly StoredEvent[]): string {
  const cols = ['id', 'date', 'date_end', 'source', 'target', 'cameo', 'quad_class', 'goldstein', 'status', 'location', 'review_state', 'documents', 'quote'];
  const q = (v: unknown) => {
    const s = v === null || v === undefined ? '' : String(v);
    return /[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
  };
  const rows = events.map((e) =>
    [e.id, e.date, e.dateEnd, e.source, e.target, e.cameo, e.quadClass, e.goldstein, e.status, e.location, e.reviewState, e.sources.map((s) => s.fileName).join(' '), e.sources[0]?.quote].map(q).join(','),
  );
  return [cols.join(','), ...rows].join('\r\n') + '\r\n';
}
