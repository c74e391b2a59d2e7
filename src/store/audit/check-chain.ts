import { err, ok, type Result } from '../../core/result.js';
import { chainHash, GENESIS_HASH, type ChainedAuditFields } from './chain-hash.js';

/** A stored audit row as the chain sees it (`hash`/`prev_hash` null: never sealed). */
export interface SealedAuditRow extends ChainedAuditFields {
  readonly prev_hash: string | null;
  readonly hash: string | null;
}

/** Why the chain does not hold, naming the first entry where it breaks. */
export type AuditChainProblem = {
  readonly kind: 'unsealed' | 'hash-mismatch' | 'broken-link' | 'missing-entries' | 'truncated' | 'head-not-found';
  /** The first bad entry (for `truncated`: the last entry left; null when the log is empty). */
  readonly id: number | null;
  readonly message: string;
};

/** Where a walk along the chain has got to. */
export interface ChainPosition {
  readonly entries: number;
  readonly lastId: number;
  readonly head: string;
}

export const CHAIN_START: ChainPosition = { entries: 0, lastId: 0, head: GENESIS_HASH };

/**
 * One step along the chain, in id order. Checks, in this order: the row was
 * sealed; its stored hash is the hash of its fields (else it was edited); its
 * id follows the previous one (else rows were deleted, or ids rewritten); its
 * `prev_hash` is the previous row's hash (else rows were removed or
 * reordered). Pure.
 */
export function stepChain(at: ChainPosition, row: SealedAuditRow): Result<ChainPosition, AuditChainProblem> {
  const id = row.id;
  if (row.hash === null || row.prev_hash === null) {
    return err({ kind: 'unsealed', id, message: `audit entry ${id} has no hash: it was written outside Sokan's audit writer` });
  }
  if (chainHash(row.prev_hash, row) !== row.hash) {
    return err({ kind: 'hash-mismatch', id, message: `audit entry ${id} was altered: its content does not match its hash` });
  }
  if (id !== at.lastId + 1) {
    const missing = id > at.lastId + 1 ? `entries ${at.lastId + 1}..${id - 1} are missing (deleted?)` : `its id does not follow entry ${at.lastId}`;
    return err({ kind: 'missing-entries', id, message: `audit entry ${id}: ${missing}` });
  }
  if (row.prev_hash !== at.head) {
    const before = at.entries === 0 ? 'the start of the log' : `entry ${at.lastId}`;
    return err({ kind: 'broken-link', id, message: `audit entry ${id} does not link to ${before} (removed, reordered or re-sealed entries)` });
  }
  return ok({ entries: at.entries + 1, lastId: id, head: row.hash });
}

/** Walks a whole chain held in memory (tests, small logs). Pure. */
export function checkChain(rows: readonly SealedAuditRow[]): Result<ChainPosition, AuditChainProblem> {
  let at = CHAIN_START;
  for (const row of rows) {
    const next = stepChain(at, row);
    if (!next.ok) return next;
    at = next.value;
  }
  return ok(at);
}

/** Seals rows in order, as the writer would (tests and the 0005 migration). Pure. */
export function sealRows(rows: readonly ChainedAuditFields[], prev: string = GENESIS_HASH): SealedAuditRow[] {
  const out: SealedAuditRow[] = [];
  for (const r of rows) {
    const hash = chainHash(prev, r);
    out.push({ ...r, prev_hash: prev, hash });
    prev = hash;
  }
  return out;
}
