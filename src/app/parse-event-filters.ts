import { err, ok, type Result } from '../core/result.js';
import type { EventQuery } from '../store/query-events.js';

/** Event filters as they arrive from a command line or a query string. */
export interface RawEventFilters {
  readonly dyad?: string | undefined;
  readonly actor?: string | undefined;
  readonly from?: string | undefined;
  readonly to?: string | undefined;
  readonly cameo?: string | undefined;
  readonly status?: string | undefined;
  readonly limit?: string | undefined;
  readonly offset?: string | undefined;
}

export interface FilterError {
  readonly field: keyof RawEventFilters;
  readonly message: string;
}

const ISO_PARTIAL = /^\d{4}(?:-\d{2}(?:-\d{2})?)?$/;

/** Largest page the HTTP API returns (GET /api/events, /api/analyses/timeline); larger stores are read page by page. */
export const MAX_PAGE = 10_000;

export interface EventFilterOptions {
  /** Refuse a larger `limit` (the API's page size cap); none for the CLI. */
  readonly maxLimit?: number;
}
const STATUSES = ['occurred', 'planned', 'cancelled', 'alleged'] as const;

/** Validates raw filters into a store query; the error names the field and what is expected. */
export function parseEventFilters(o: RawEventFilters, opts: EventFilterOptions = {}): Result<EventQuery, FilterError> {
  const q: { -readonly [K in keyof EventQuery]: EventQuery[K] } = {};
  if (o.dyad) {
    const parts = o.dyad.split(',').map((s) => s.trim().toUpperCase());
    if (parts.length !== 2 || parts.some((p) => !/^[A-Z]{2,5}$/.test(p))) {
      return err({ field: 'dyad', message: `must be two actor codes separated by a comma, like RUS,PRK (got "${o.dyad}")` });
    }
    q.dyad = [parts[0]!, parts[1]!];
  }
  if (o.actor) q.actor = o.actor.toUpperCase();
  for (const key of ['from', 'to'] as const) {
    const v = o[key];
    if (v === undefined) continue;
    if (!ISO_PARTIAL.test(v)) return err({ field: key, message: `must be a date like 2023, 2023-09 or 2023-09-13 (got "${v}")` });
    q[key] = v;
  }
  if (o.cameo) {
    if (!/^\d{2,4}$/.test(o.cameo)) return err({ field: 'cameo', message: `must be a CAMEO code or prefix of 2 to 4 digits (got "${o.cameo}")` });
    q.cameo = o.cameo;
  }
  if (o.status) {
    const s = STATUSES.find((x) => x === o.status);
    if (!s) return err({ field: 'status', message: `must be one of ${STATUSES.join(', ')} (got "${o.status}")` });
    q.status = s;
  }
  for (const key of ['limit', 'offset'] as const) {
    const v = o[key];
    if (v === undefined) continue;
    const n = Number(v);
    if (!Number.isInteger(n) || n < (key === 'limit' ? 1 : 0)) return err({ field: key, message: `must be a whole number${key === 'limit' ? ' of at least 1' : ''} (got "${v}")` });
    if (key === 'limit' && opts.maxLimit !== undefined && n > opts.maxLimit) {
      return err({ field: key, message: `must be at most ${opts.maxLimit} (got "${v}"); read further pages with offset` });
    }
    q[key] = n;
  }
  return ok(q);
}
