import { createHash } from 'node:crypto';

/** The `prev_hash` of the first entry: there is nothing before it. */
export const GENESIS_HASH = '0'.repeat(64);

/** Names the serialisation below; a new one would need a new tag (and a migration re-sealing old rows). */
export const CHAIN_FORMAT = 'sokan-audit-v1';

/** The columns of an `audit_log` row that its hash covers, `prev_hash` included. */
export interface ChainedAuditFields {
  readonly id: number;
  readonly at: string;
  readonly actor_user: string;
  readonly entity: string;
  readonly entity_id: number;
  readonly action: string;
  readonly before_json: string | null;
  readonly after_json: string | null;
}

/** The explicit, ordered field list of the canonical form. Append-only by design: never reorder. */
export const CHAINED_FIELDS = ['id', 'at', 'actor_user', 'entity', 'entity_id', 'action', 'before_json', 'after_json', 'prev_hash'] as const;

/**
 * Canonical serialisation of an entry: the format tag, a newline, then a JSON
 * object with exactly the fields of CHAINED_FIELDS in that order (so the text
 * never depends on how the row object was built). JSON escaping keeps it
 * unambiguous: no two different entries serialise alike.
 */
export function canonicalAuditEntry(prevHash: string, e: ChainedAuditFields): string {
  const values: Record<(typeof CHAINED_FIELDS)[number], string | number | null> = { ...pick(e), prev_hash: prevHash };
  const ordered = Object.fromEntries(CHAINED_FIELDS.map((f) => [f, values[f]]));
  return `${CHAIN_FORMAT}\n${JSON.stringify(ordered)}`;
}

/** sha256 (hex) of the canonical form: the `hash` of an entry whose predecessor's hash is `prevHash`. Pure. */
export function chainHash(prevHash: string, e: ChainedAuditFields): string {
  return createHash('sha256').update(canonicalAuditEntry(prevHash, e), 'utf8').digest('hex');
}

/** Only the chained fields, whatever else the row object carries. */
function pick(e: ChainedAuditFields): ChainedAuditFields {
  return {
    id: e.id,
    at: e.at,
    actor_user: e.actor_user,
    entity: e.entity,
    entity_id: e.entity_id,
    action: e.action,
    before_json: e.before_json,
    after_json: e.after_json,
  };
}
