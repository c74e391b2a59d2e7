import type { ActorCode } from '../core/actor.js';
import { err, ok, type Result } from '../core/result.js';
import type { InteropEvent } from './interop-event.js';

/** Which imported events to keep. Dates are ISO partial dates, inclusive. */
export interface ImportFilter {
  /** Keep an event when its source or target is one of these. */
  readonly actors?: readonly ActorCode[];
  readonly from?: string;
  readonly to?: string;
}

const PARTIAL_DATE = /^\d{4}(-\d{2}(-\d{2})?)?$/;

/** Command-line strings → a filter, or which option is wrong. Pure. */
export function parseImportFilter(raw: {
  readonly actors?: string;
  readonly from?: string;
  readonly to?: string;
}): Result<ImportFilter, { readonly field: string; readonly message: string }> {
  const actors = raw.actors?.split(',').map((a) => a.trim().toUpperCase()).filter((a) => a !== '');
  if (actors !== undefined && actors.length === 0) return err({ field: 'actors', message: 'needs at least one actor code (RUS,PRK)' });
  for (const [field, v] of [['from', raw.from], ['to', raw.to]] as const) {
    if (v !== undefined && !PARTIAL_DATE.test(v)) return err({ field, message: `must be a date like 2023, 2023-09 or 2023-09-13 (got "${v}")` });
  }
  return ok({ ...(actors ? { actors } : {}), ...(raw.from ? { from: raw.from } : {}), ...(raw.to ? { to: raw.to } : {}) });
}

/** Whether the event passes the filter; a partial bound covers its whole period. Pure. */
export function passesFilter(e: InteropEvent, filter: ImportFilter): boolean {
  if (filter.actors !== undefined && !filter.actors.some((a) => a === e.source || a === e.target)) return false;
  if (filter.from !== undefined && e.date.slice(0, filter.from.length) < filter.from) return false;
  if (filter.to !== undefined && e.date.slice(0, filter.to.length) > filter.to) return false;
  return true;
}
