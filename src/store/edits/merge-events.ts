import { err, ok, type Result } from '../../core/result.js';
import type { StoredEvent } from '../query-events.js';
import type { Store } from '../store.js';
import { writeAudit } from './audit-log.js';
import { invalid, notFound, stale, type EditError } from './edit-error.js';
import { readEvent } from './read-event.js';
import { lockEventRows } from '../postgres/advisory-locks.js';

export interface MergeInput {
  readonly keepId: number;
  readonly keepVersion: number;
  readonly duplicateId: number;
  readonly duplicateVersion: number;
  readonly user: string;
  readonly now?: string;
}

/**
 * Merges a duplicate into the event kept, in one transaction: the duplicate's
 * sources move to the kept event (a source already there is dropped), the
 * duplicate is deleted, and both get an audit row.
 */
export async function mergeEvents(store: Store, m: MergeInput): Promise<Result<StoredEvent, EditError>> {
  if (m.keepId === m.duplicateId) return err(invalid('duplicateId', 'an event cannot be merged into itself'));
  const now = m.now ?? new Date().toISOString();
  return store.db.transaction().execute(async (trx) => {
    await lockEventRows(trx, [m.keepId, m.duplicateId]);
    const keep = await readEvent(trx, m.keepId);
    if (keep === null) return err(notFound(`event ${m.keepId}`));
    const dup = await readEvent(trx, m.duplicateId);
    if (dup === null) return err(notFound(`event ${m.duplicateId}`));
    if (keep.version !== m.keepVersion) return err(stale(keep, m.keepVersion));
    if (dup.version !== m.duplicateVersion) return err(stale(dup, m.duplicateVersion));
    const held = new Set(keep.sources.map((s) => `${s.documentId}:${s.span.start}:${s.span.end}`));
    const dupSources = await trx.selectFrom('event_sources').select(['id', 'document_id', 'span_start', 'span_end']).where('event_id', '=', dup.id).execute();
    for (const s of dupSources) {
      if (held.has(`${s.document_id}:${s.span_start}:${s.span_end}`)) continue;
      await trx.updateTable('event_sources').set({ event_id: keep.id }).where('id', '=', s.id).execute();
    }
    await trx.deleteFrom('events').where('id', '=', dup.id).execute();
    await trx.updateTable('events').set({ version: keep.version + 1, updated_at: now }).where('id', '=', keep.id).execute();
    const after = (await readEvent(trx, keep.id))!;
    await writeAudit(trx, { at: now, user: m.user, entity: 'events', entityId: keep.id, action: 'merge', before: { kept: keep, duplicate: dup }, after });
    await writeAudit(trx, { at: now, user: m.user, entity: 'events', entityId: dup.id, action: 'merged-into', before: dup, after: { mergedInto: keep.id } });
    return ok(after);
  });
}
