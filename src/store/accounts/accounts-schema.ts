import type { Kysely } from 'kysely';
import type { Database } from '../schema.js';
import type { Store } from '../store.js';

/**
 * The tables of migration 0006-accounts, as Kysely sees them. Kept beside the
 * repository so the shared `Database` interface need not change; `accountsDb`
 * widens a store's query builder with them.
 */
export type AccountsTables = {
  accounts: AccountsTable;
  sessions: SessionsTable;
};

export interface AccountsTable {
  /** The login name; the primary key, and the name the audit log records. */
  name: string;
  /** viewer, analyst or admin (see role.ts). */
  role: string;
  /** A versioned scrypt hash string (see password-hash.ts); never the password. */
  password_hash: string;
  created_at: string;
  updated_at: string;
}

export interface SessionsTable {
  /** SHA-256 hex of the secret token; the token itself is never stored. */
  token_hash: string;
  account_name: string;
  /** `session` (a browser login) or `api-token` (from `sokan user token`). */
  kind: string;
  /** What an API token is for, as given when it was made. */
  label: string | null;
  created_at: string;
  last_seen_at: string;
  /** Absolute expiry (ISO 8601 UTC). */
  expires_at: string;
}

export const accountsDb = (store: Store): Kysely<Database & AccountsTables> => store.db.withTables<AccountsTables>();
