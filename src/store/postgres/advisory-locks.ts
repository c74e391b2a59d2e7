import { sql, type Kysely } from 'kysely';
import { dialectOf } from '../store-dialect.js';

/** Lock space of the audit log's head (any fixed number no other lock uses). */
const AUDIT_HEAD_LOCK = 0x50_6b_61_6e; // "Skan"

/**
 * Takes a transaction-scoped advisory lock per dedup key (PostgreSQL only; a
 * no-op on SQLite, whose writer already holds the database's one write lock).
 *
 * Two processes storing events with the same key at once would each find no
 * event to merge with and insert one; with the key locked, the second waits
 * until the first commits and then, at READ COMMITTED, sees its event and
 * merges into it. Keys are locked in the order of their hashes, the same in
 * every process, so two writers cannot deadlock; different keys that hash
 * alike only wait for each other. Released at commit or rollback.
 */
export async function lockDedupKeys(trx: Kysely<any>, keys: Iterable<string>): Promise<void> {
  const unique = [...new Set(keys)];
  if (unique.length === 0 || dialectOf(trx) !== 'postgres') return;
  await sql`
    select pg_advisory_xact_lock(h)
    from (select distinct hashtextextended(k, 0) as h from unnest(${unique}::text[]) as k order by h) as keys`.execute(trx);
}

/**
 * Serialises appends to the audit log (PostgreSQL only): the writer reads the
 * chain's head and inserts the next entry, which two transactions must not do
 * at once. Held until the transaction ends.
 */
export async function lockAuditHead(trx: Kysely<any>): Promise<void> {
  if (dialectOf(trx) !== 'postgres') return;
  await sql`select pg_advisory_xact_lock(${AUDIT_HEAD_LOCK})`.execute(trx);
}

/**
 * Locks event rows until the transaction ends (PostgreSQL `SELECT … FOR
 * UPDATE`, in id order; a no-op on SQLite, whose writer holds the database's
 * write lock). An analyst edit takes it before reading the event, so the
 * version it checks is the latest committed one and a concurrent edit of the
 * same event waits, then finds itself stale.
 */
export async function lockEventRows(trx: Kysely<any>, ids: readonly number[]): Promise<void> {
  if (ids.length === 0 || dialectOf(trx) !== 'postgres') return;
  await trx.selectFrom('events').select('id').where('id', 'in', [...ids]).orderBy('id').forUpdate().execute();
}
