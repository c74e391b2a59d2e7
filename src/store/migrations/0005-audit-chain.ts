import type { Kysely } from 'kysely';
import { sql } from 'kysely';
import { sealRows } from '../audit/check-chain.js';
import { dialectOf } from '../store-dialect.js';

/**
 * Makes `audit_log` tamper-evident: every entry carries `prev_hash` (the hash
 * of the entry before; 64 zeros for the first) and `hash` (sha256 of its
 * canonical form, see audit/chain-hash.ts). Existing rows are sealed here, in
 * id order, in the migration's transaction, so `audit verify` never writes.
 * A unique index on `prev_hash` refuses a fork; triggers refuse UPDATE and
 * DELETE, so no code path of the app can change the log (someone with the
 * file can drop them, which is what the chain is for). In PostgreSQL the
 * triggers are PL/pgSQL and refuse TRUNCATE too.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('audit_log').addColumn('prev_hash', 'text').execute();
  await db.schema.alterTable('audit_log').addColumn('hash', 'text').execute();
  const rows = await db
    .selectFrom('audit_log')
    .select(['id', 'at', 'actor_user', 'entity', 'entity_id', 'action', 'before_json', 'after_json'])
    .orderBy('id')
    .execute();
  for (const r of sealRows(rows)) {
    await db.updateTable('audit_log').set({ prev_hash: r.prev_hash, hash: r.hash }).where('id', '=', r.id).execute();
  }
  await db.schema.createIndex('audit_log_prev_hash').on('audit_log').column('prev_hash').unique().execute();
  if (dialectOf(db) === 'postgres') return createPostgresTriggers(db);
  for (const op of ['update', 'delete'] as const) {
    await sql
      .raw(
        `create trigger audit_log_no_${op} before ${op} on audit_log ` +
          `begin select raise(abort, 'audit_log is append-only: entries cannot be ${op}d'); end`,
      )
      .execute(db);
  }
}

/** The same refusal in PL/pgSQL: `audit_log is append-only: entries cannot be updated` (or deleted, truncated). */
async function createPostgresTriggers(db: Kysely<any>): Promise<void> {
  await sql`create function audit_log_append_only() returns trigger language plpgsql as $$
    begin
      raise exception 'audit_log is append-only: entries cannot be %d', lower(tg_op);
    end $$`.execute(db);
  for (const op of ['update', 'delete'] as const) {
    await sql
      .raw(`create trigger audit_log_no_${op} before ${op} on audit_log for each row execute function audit_log_append_only()`)
      .execute(db);
  }
  await sql`create trigger audit_log_no_truncate before truncate on audit_log for each statement execute function audit_log_append_only()`.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  if (dialectOf(db) === 'postgres') {
    for (const op of ['update', 'delete', 'truncate']) await sql.raw(`drop trigger if exists audit_log_no_${op} on audit_log`).execute(db);
    await sql`drop function if exists audit_log_append_only()`.execute(db);
  } else {
    for (const op of ['update', 'delete']) await sql.raw(`drop trigger if exists audit_log_no_${op}`).execute(db);
  }
  await db.schema.dropIndex('audit_log_prev_hash').ifExists().execute();
  await db.schema.alterTable('audit_log').dropColumn('hash').execute();
  await db.schema.alterTable('audit_log').dropColumn('prev_hash').execute();
}
