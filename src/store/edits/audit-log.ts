import type { Kysely } from 'kysely';
import { appendAudit } from '../audit/append-audit.js';
import type { Database } from '../schema.js';
import type { Store } from '../store.js';

/** What an analyst did to a record. */
export type AuditAction = 'confirm' | 'correct' | 'reject' | 'merge' | 'merged-into' | 'create';

/** One row of the audit log: who changed what, when, with the record before and after. */
export interface AuditEntry {
  readonly id: number;
  readonly at: string;
  readonly user: string;
  readonly entity: string;
  readonly entityId: number;
  readonly action: string;
  /** The record before the edit (null when it was created). */
  readonly before: unknown;
  /** The record after the edit (null when it was removed). */
  readonly after: unknown;
}

export interface NewAuditEntry {
  readonly at: string;
  readonly user: string;
  readonly entity: 'events';
  readonly entityId: number;
  readonly action: AuditAction;
  readonly before: unknown;
  readonly after: unknown;
}

/** Writes one audit row, chained to the one before (see store/audit); call inside the transaction that makes the change. */
export async function writeAudit(trx: Kysely<Database>, e: NewAuditEntry): Promise<void> {
  await appendAudit(trx, {
    at: e.at,
    actor_user: e.user,
    entity: e.entity,
    entity_id: e.entityId,
    action: e.action,
    before_json: e.before === null ? null : JSON.stringify(e.before),
    after_json: e.after === null ? null : JSON.stringify(e.after),
  });
}

export interface AuditQuery {
  readonly entity?: string;
  readonly entityId?: number;
  readonly limit?: number;
}

/** Audit rows, newest first. */
export async function listAudit(store: Store, q: AuditQuery = {}): Promise<AuditEntry[]> {
  let query = store.db.selectFrom('audit_log').selectAll().orderBy('id', 'desc').limit(q.limit ?? 50);
  if (q.entity !== undefined) query = query.where('entity', '=', q.entity);
  if (q.entityId !== undefined) query = query.where('entity_id', '=', q.entityId);
  const rows = await query.execute();
  return rows.map((r) => ({
    id: r.id,
    at: r.at,
    user: r.actor_user,
    entity: r.entity,
    entityId: r.entity_id,
    action: r.action,
    before: r.before_json === null ? null : (JSON.parse(r.before_json) as unknown),
    after: r.after_json === null ? null : (JSON.parse(r.after_json) as unknown),
  }));
}
