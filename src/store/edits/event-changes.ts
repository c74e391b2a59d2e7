import type { EventStatus, QuadClass } from '../../core/event.js';
import { err, ok, type Result } from '../../core/result.js';
import { invalid, type EditError } from './edit-error.js';

/** Fields of an event an analyst may correct. Omitted fields stay as they are. */
export interface EventChanges {
  readonly date?: string;
  readonly dateEnd?: string | null;
  readonly cameo?: string;
  readonly source?: string;
  readonly target?: string | null;
  readonly sourceName?: string | null;
  readonly targetName?: string | null;
  readonly status?: EventStatus;
  readonly location?: string | null;
}

/** QuadClass and Goldstein score of a CAMEO code; null when the code is unknown. */
export type CameoLookup = (code: string) => { readonly quadClass: QuadClass; readonly goldstein: number } | null;

const ISO_PARTIAL = /^\d{4}(?:-\d{2}(?:-\d{2})?)?$/;
const ACTOR = /^[A-Z]{2,5}$/;
const STATUSES: readonly EventStatus[] = ['occurred', 'planned', 'cancelled', 'alleged'];

/** Checks corrected fields; the error names the first bad field. Pure. */
export function checkChanges(c: EventChanges, cameo: CameoLookup): Result<EventChanges, EditError> {
  if (c.date !== undefined && !ISO_PARTIAL.test(c.date)) return err(invalid('date', `must be 2023, 2023-09 or 2023-09-13 (got "${c.date}")`));
  if (c.dateEnd != null && !ISO_PARTIAL.test(c.dateEnd)) return err(invalid('dateEnd', `must be an ISO partial date (got "${c.dateEnd}")`));
  if (c.cameo !== undefined && cameo(c.cameo) === null) return err(invalid('cameo', `unknown CAMEO code "${c.cameo}"`));
  if (c.source !== undefined && !ACTOR.test(c.source)) return err(invalid('source', `must be an actor code like RUS (got "${c.source}")`));
  if (c.target != null && !ACTOR.test(c.target)) return err(invalid('target', `must be an actor code like PRK (got "${c.target}")`));
  if (c.status !== undefined && !STATUSES.includes(c.status)) return err(invalid('status', `must be one of ${STATUSES.join(', ')}`));
  return ok(c);
}
