import { sql } from 'kysely';
import { err, ok, type Result } from '../../core/result.js';
import { dialectOf } from '../store-dialect.js';
import type { Store } from '../store.js';
import { CHAIN_START, stepChain, type AuditChainProblem, type ChainPosition } from './check-chain.js';

export interface VerifyOptions {
  /** A head hash noted earlier (`audit verify` prints it): it must still be in the chain. */
  readonly expectHash?: string;
  /** Rows read per query. */
  readonly batch?: number;
}

/** What a good chain looks like: how many entries, the last id and the head hash (GENESIS when empty). */
export type AuditChainSummary = ChainPosition;

/**
 * Walks `audit_log` in id order, batch by batch, and checks every entry's hash
 * and link (see stepChain). Then checks the tail: SQLite's AUTOINCREMENT
 * counter never goes back, so a counter above the last id means entries at
 * the end were deleted (SQLite only; see lastIssuedId). Read-only.
 */
export async function verifyAuditChain(store: Store, o: VerifyOptions = {}): Promise<Result<AuditChainSummary, AuditChainProblem>> {
  const batch = o.batch ?? 1000;
  let at = CHAIN_START;
  let seen = o.expectHash === undefined;
  for (;;) {
    const rows = await store.db.selectFrom('audit_log').selectAll().where('id', '>', at.lastId).orderBy('id').limit(batch).execute();
    for (const row of rows) {
      const next = stepChain(at, row);
      if (!next.ok) return next;
      at = next.value;
      if (row.hash === o.expectHash) seen = true;
    }
    if (rows.length < batch) break;
  }
  const issued = await lastIssuedId(store);
  if (issued > at.lastId) {
    const where = at.entries === 0 ? 'the log is empty' : `the last entry is ${at.lastId}`;
    return err({ kind: 'truncated', id: at.entries === 0 ? null : at.lastId, message: `audit entries ${at.lastId + 1}..${issued} were deleted from the end of the log (${where})` });
  }
  if (!seen) {
    return err({ kind: 'head-not-found', id: null, message: `no audit entry has the hash ${o.expectHash}: the log was rewritten or cut back since it was noted` });
  }
  return ok(at);
}

/**
 * The highest id SQLite's AUTOINCREMENT has handed out for audit_log (0 when
 * none). PostgreSQL has no such transactional high-water mark (a sequence
 * moves on even when the transaction rolls back, and the audit writer gives
 * ids itself), so there the check is left to the triggers, which also refuse
 * TRUNCATE, and to `expectHash`: returns 0.
 */
async function lastIssuedId(store: Store): Promise<number> {
  if (dialectOf(store.db) === 'postgres') return 0;
  const r = await sql<{ seq: number }>`select seq from sqlite_sequence where name = 'audit_log'`.execute(store.db);
  return Number(r.rows[0]?.seq ?? 0);
}
