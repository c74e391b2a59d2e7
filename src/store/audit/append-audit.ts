import type { Kysely } from 'kysely';
import { lockAuditHead } from '../postgres/advisory-locks.js';
import type { Database } from '../schema.js';
import { chainHash, GENESIS_HASH, type ChainedAuditFields } from './chain-hash.js';

/** An audit row before the chain gives it an id and hashes. */
export type UnchainedAuditRow = Omit<ChainedAuditFields, 'id'>;

/**
 * The one writer of `audit_log`. Call it with the transaction that makes the
 * change: it reads the chain's head (the last row) in that transaction, takes
 * the next id, and inserts the row with `prev_hash` = the head's hash and
 * `hash` = chainHash(prev_hash, row). In SQLite the edit has already taken
 * the database's write lock, so two editors cannot read the same head and
 * fork the chain; the unique index on `prev_hash` (migration 0005) refuses a
 * fork anyway. In PostgreSQL a transaction-scoped advisory lock
 * (lockAuditHead) serialises the appends, and at READ COMMITTED the head read
 * after taking it is the latest committed one. Returns the new row's id and hash.
 */
export async function appendAudit(trx: Kysely<Database>, row: UnchainedAuditRow): Promise<{ id: number; hash: string }> {
  await lockAuditHead(trx);
  const head = await trx.selectFrom('audit_log').select(['id', 'hash']).orderBy('id', 'desc').limit(1).executeTakeFirst();
  const id = (head?.id ?? 0) + 1;
  // A head without a hash (written around this writer) already fails `audit verify`;
  // link to a marker naming it rather than refuse the analyst's edit.
  const prev = head === undefined ? GENESIS_HASH : (head.hash ?? `unsealed:${head.id}`);
  const entry: ChainedAuditFields = { id, ...row };
  const hash = chainHash(prev, entry);
  await trx.insertInto('audit_log').values({ ...entry, prev_hash: prev, hash }).execute();
  return { id, hash };
}
