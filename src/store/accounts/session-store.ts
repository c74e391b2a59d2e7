import { createHash, randomBytes } from 'node:crypto';
import type { Store } from '../store.js';
import { accountsDb } from './accounts-schema.js';
import type { Account } from './account-store.js';
import { isRole } from './role.js';

/**
 * Sessions (a browser login) and API tokens (`sokan user token`): a random
 * 32-byte secret given to the client once, stored only as its SHA-256, so a
 * copy of the database does not hold usable credentials. A login session
 * ends after `idleMs` without use or at `absoluteMs` after login; an API
 * token only at its absolute expiry.
 */
export type SessionKind = 'session' | 'api-token';

export interface SessionLimits {
  readonly idleMs: number;
  readonly absoluteMs: number;
  /** A request refreshes `last_seen_at` only when it is older than this (spares a write per request). */
  readonly touchMs: number;
}

export const SESSION_LIMITS: SessionLimits = { idleMs: 12 * 3600_000, absoluteMs: 7 * 24 * 3600_000, touchMs: 60_000 };

/** SHA-256 hex of a token: what the sessions table stores. */
export const tokenHash = (token: string): string => createHash('sha256').update(token).digest('hex');

/** Makes a session or token for `accountName`; returns the secret (shown once, never stored). */
export async function createSession(
  store: Store,
  accountName: string,
  kind: SessionKind,
  opts: { readonly lifetimeMs?: number; readonly label?: string | null; readonly now?: Date } = {},
): Promise<{ token: string; expiresAt: string }> {
  const now = opts.now ?? new Date();
  const token = randomBytes(32).toString('base64url');
  const expiresAt = new Date(now.getTime() + (opts.lifetimeMs ?? SESSION_LIMITS.absoluteMs)).toISOString();
  await accountsDb(store)
    .insertInto('sessions')
    .values({ token_hash: tokenHash(token), account_name: accountName, kind, label: opts.label ?? null, created_at: now.toISOString(), last_seen_at: now.toISOString(), expires_at: expiresAt })
    .execute();
  return { token, expiresAt };
}

/** The account a token belongs to, when the token is known and not expired; refreshes its last use. */
export async function accountOfToken(store: Store, token: string, limits: SessionLimits = SESSION_LIMITS, now = new Date()): Promise<(Account & { readonly via: SessionKind }) | null> {
  const db = accountsDb(store);
  const hash = tokenHash(token);
  const row = await db
    .selectFrom('sessions')
    .innerJoin('accounts', 'accounts.name', 'sessions.account_name')
    .select(['sessions.kind', 'sessions.last_seen_at', 'sessions.expires_at', 'accounts.name', 'accounts.role', 'accounts.created_at', 'accounts.updated_at'])
    .where('sessions.token_hash', '=', hash)
    .executeTakeFirst();
  if (row === undefined) return null;
  const t = now.getTime();
  const idleOver = row.kind === 'session' && Date.parse(row.last_seen_at) + limits.idleMs <= t;
  if (Date.parse(row.expires_at) <= t || idleOver) {
    await db.deleteFrom('sessions').where('token_hash', '=', hash).execute();
    return null;
  }
  if (Date.parse(row.last_seen_at) + limits.touchMs <= t) {
    await db.updateTable('sessions').set({ last_seen_at: now.toISOString() }).where('token_hash', '=', hash).execute();
  }
  return {
    name: row.name,
    role: isRole(row.role) ? row.role : 'viewer',
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    via: row.kind === 'api-token' ? 'api-token' : 'session',
  };
}

/** Ends one session (logout); true when there was one. */
export async function deleteSession(store: Store, token: string): Promise<boolean> {
  const r = await accountsDb(store).deleteFrom('sessions').where('token_hash', '=', tokenHash(token)).executeTakeFirst();
  return Number(r.numDeletedRows) > 0;
}

/** Removes expired sessions and tokens; returns how many. */
export async function pruneSessions(store: Store, limits: SessionLimits = SESSION_LIMITS, now = new Date()): Promise<number> {
  const idleBefore = new Date(now.getTime() - limits.idleMs).toISOString();
  const r = await accountsDb(store)
    .deleteFrom('sessions')
    .where((e) => e.or([e('expires_at', '<=', now.toISOString()), e.and([e('kind', '=', 'session'), e('last_seen_at', '<=', idleBefore)])]))
    .executeTakeFirst();
  return Number(r.numDeletedRows);
}
