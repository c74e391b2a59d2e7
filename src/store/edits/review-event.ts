import { precisionOf } from '../../core/partial-date.js';
import { err, ok, type Result } from '../../core/result.js';
import { dedupKey } from '../dedup-key.js';
import type { StoredEvent } from '../query-events.js';
import type { Store } from '../store.js';
import { writeAudit } from './audit-log.js';
import { notFound, stale, type EditError } from './edit-error.js';
import { checkChanges, type CameoLookup, type EventChanges } from './event-changes.js';
import { readEvent } from './read-event.js';
import { lockEventRows } from '../postgres/advisory-locks.js';

export type ReviewEdit =
  | { readonly action: 'confirm' }
  | { readonly action: 'reject' }
  | { readonly action: 'correct'; readonly changes: EventChanges };

export interface EditContext {
  readonly user: string;
  /** The version the analyst saw; a different stored version makes the edit stale. */
  readonly version: number;
  readonly cameo: CameoLookup;
  readonly now?: string;
}

/**
 * Confirms, rejects or corrects one event in one transaction: checks the
 * version, updates the row (bumping `version`) and writes the audit row with
 * the record before and after.
 */
export async function reviewEvent(store: Store, id: number, edit: ReviewEdit, ctx: EditContext): Promise<Result<StoredEvent, EditError>> {
  if (edit.action === 'correct') {
    const checked = checkChanges(edit.changes, ctx.cameo);
    if (!checked.ok) return checked;
  }
  const now = ctx.now ?? new Date().toISOString();
  return store.db.transaction().execute(async (trx) => {
    await lockEventRows(trx, [id]);
    const before = await readEvent(trx, id);
    if (before === null) return err(notFound(`event ${id}`));
    if (before.version !== ctx.version) return err(stale(before, ctx.version));
    const fields = edit.action === 'correct' ? correctedFields(before, edit.changes, ctx.cameo) : {};
    const reviewState = edit.action === 'confirm' ? 'confirmed' : edit.action === 'reject' ? 'rejected' : 'corrected';
    await trx
      .updateTable('events')
      .set({ ...fields, review_state: reviewState, version: before.version + 1, updated_at: now })
      .where('id', '=', id)
      .where('version', '=', before.version)
      .execute();
    const after = (await readEvent(trx, id))!;
    await writeAudit(trx, { at: now, user: ctx.user, entity: 'events', entityId: id, action: edit.action, before, after });
    return ok(after);
  });
}

function correctedFields(before: StoredEvent, c: EventChanges, cameoLookup: CameoLookup) {
  const merged = {
    date: c.date ?? before.date,
    dateEnd: c.dateEnd !== undefined ? c.dateEnd : before.dateEnd,
    cameo: c.cameo ?? before.cameo,
    source: c.source ?? before.source,
    target: c.target !== undefined ? c.target : before.target,
    sourceName: c.sourceName !== undefined ? c.sourceName : before.sourceName,
    targetName: c.targetName !== undefined ? c.targetName : before.targetName,
    status: c.status ?? before.status,
    location: c.location !== undefined ? c.location : before.location,
  };
  const code = cameoLookup(merged.cameo);
  return {
    date: merged.date,
    date_end: merged.dateEnd,
    precision: precisionOf(merged.date),
    cameo: merged.cameo,
    quad_class: code?.quadClass ?? before.quadClass,
    goldstein: code?.goldstein ?? before.goldstein,
    source: merged.source,
    target: merged.target,
    source_name: merged.sourceName,
    target_name: merged.targetName,
    status: merged.status,
    location: merged.location,
    dedup_key: dedupKey(merged),
  };
}
