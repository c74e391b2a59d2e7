import type { Kysely } from 'kysely';

/**
 * Accounts and sessions of server mode (see accounts/accounts-schema.ts and
 * docs/security.md). Written only with Kysely's schema builder, text and
 * integer columns, no autoincrement: an account is keyed by its name, a
 * session or API token by the SHA-256 of its secret, so the same migration
 * runs on SQLite and PostgreSQL. Timestamps are ISO 8601 UTC strings written
 * by the application. Roles are checked by the application (accounts/role.ts).
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('accounts')
    .addColumn('name', 'text', (c) => c.primaryKey())
    .addColumn('role', 'text', (c) => c.notNull())
    .addColumn('password_hash', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('sessions')
    .addColumn('token_hash', 'text', (c) => c.primaryKey())
    .addColumn('account_name', 'text', (c) => c.notNull().references('accounts.name').onDelete('cascade'))
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('label', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('last_seen_at', 'text', (c) => c.notNull())
    .addColumn('expires_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('sessions_account').on('sessions').column('account_name').execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('sessions').ifExists().execute();
  await db.schema.dropTable('accounts').ifExists().execute();
}
