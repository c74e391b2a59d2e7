import { err, ok, type Result } from '../../core/result.js';
import type { Store } from '../store.js';
import { accountsDb } from './accounts-schema.js';
import { isRole, type Role } from './role.js';

/** An account as the app sees it (never with its password hash). */
export interface Account {
  readonly name: string;
  readonly role: Role;
  readonly createdAt: string;
  readonly updatedAt: string;
}

export type AccountError =
  | { readonly kind: 'invalid'; readonly field: 'name' | 'role' | 'password'; readonly message: string }
  | { readonly kind: 'exists'; readonly message: string }
  | { readonly kind: 'not-found'; readonly message: string }
  | { readonly kind: 'last-admin'; readonly message: string };

/** Names: letters (any script), digits, `.`, `_`, `-`; 1–64 characters, NFC. */
export function nameProblem(name: string): string | null {
  if (name !== name.normalize('NFC')) return 'must be in Unicode NFC form';
  if (!/^[\p{L}\p{N}._-]{1,64}$/u.test(name)) return 'use 1–64 letters, digits, ".", "_" or "-"';
  return null;
}

const toAccount = (r: { name: string; role: string; created_at: string; updated_at: string }): Account => ({
  name: r.name,
  role: isRole(r.role) ? r.role : 'viewer', // an unknown role in the file grants least
  createdAt: r.created_at,
  updatedAt: r.updated_at,
});

export async function countAccounts(store: Store): Promise<number> {
  const r = await accountsDb(store).selectFrom('accounts').select((e) => e.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
  return Number(r.n);
}

export async function listAccounts(store: Store): Promise<Account[]> {
  const rows = await accountsDb(store).selectFrom('accounts').select(['name', 'role', 'created_at', 'updated_at']).orderBy('name').execute();
  return rows.map(toAccount);
}

export async function findAccount(store: Store, name: string): Promise<Account | null> {
  const r = await accountsDb(store).selectFrom('accounts').select(['name', 'role', 'created_at', 'updated_at']).where('name', '=', name).executeTakeFirst();
  return r === undefined ? null : toAccount(r);
}

/** The stored password hash of `name` (for login only), or null. */
export async function passwordHashOf(store: Store, name: string): Promise<string | null> {
  const r = await accountsDb(store).selectFrom('accounts').select('password_hash').where('name', '=', name).executeTakeFirst();
  return r?.password_hash ?? null;
}

/** Adds an account; `passwordHash` comes from password-hash.ts. */
export async function addAccount(store: Store, name: string, role: string, passwordHash: string, now = new Date()): Promise<Result<Account, AccountError>> {
  const problem = nameProblem(name);
  if (problem !== null) return err({ kind: 'invalid', field: 'name', message: `name "${name}": ${problem}` });
  if (!isRole(role)) return err({ kind: 'invalid', field: 'role', message: `role "${role}": use viewer, analyst or admin` });
  const at = now.toISOString();
  return accountsDb(store).transaction().execute(async (trx) => {
    const existing = await trx.selectFrom('accounts').select('name').where('name', '=', name).executeTakeFirst();
    if (existing !== undefined) return err({ kind: 'exists', message: `an account named "${name}" already exists` });
    await trx.insertInto('accounts').values({ name, role, password_hash: passwordHash, created_at: at, updated_at: at }).execute();
    return ok({ name, role, createdAt: at, updatedAt: at });
  });
}

/** Sets a new password hash; ends every session and API token of the account (they were made with the old password). */
export async function setPasswordHash(store: Store, name: string, passwordHash: string, opts: { keepSessions?: boolean; now?: Date } = {}): Promise<Result<Account, AccountError>> {
  const at = (opts.now ?? new Date()).toISOString();
  return accountsDb(store).transaction().execute(async (trx) => {
    const r = await trx.updateTable('accounts').set({ password_hash: passwordHash, updated_at: at }).where('name', '=', name).executeTakeFirst();
    if (Number(r.numUpdatedRows) === 0) return err({ kind: 'not-found', message: `no account named "${name}"` });
    if (opts.keepSessions !== true) await trx.deleteFrom('sessions').where('account_name', '=', name).execute();
    const row = await trx.selectFrom('accounts').select(['name', 'role', 'created_at', 'updated_at']).where('name', '=', name).executeTakeFirstOrThrow();
    return ok(toAccount(row));
  });
}

/** Changes the role; refuses to leave no admin. */
export async function setRole(store: Store, name: string, role: string, now = new Date()): Promise<Result<Account, AccountError>> {
  if (!isRole(role)) return err({ kind: 'invalid', field: 'role', message: `role "${role}": use viewer, analyst or admin` });
  return accountsDb(store).transaction().execute(async (trx) => {
    const row = await trx.selectFrom('accounts').select(['name', 'role', 'created_at', 'updated_at']).where('name', '=', name).executeTakeFirst();
    if (row === undefined) return err({ kind: 'not-found', message: `no account named "${name}"` });
    if (row.role === 'admin' && role !== 'admin' && (await otherAdmins(trx, name)) === 0) {
      return err({ kind: 'last-admin', message: `"${name}" is the only admin: make another account admin first` });
    }
    const at = now.toISOString();
    await trx.updateTable('accounts').set({ role, updated_at: at }).where('name', '=', name).execute();
    return ok(toAccount({ ...row, role, updated_at: at }));
  });
}

/** Removes an account with its sessions and tokens; refuses to remove the last admin. Audit entries keep the name. */
export async function removeAccount(store: Store, name: string): Promise<Result<Account, AccountError>> {
  return accountsDb(store).transaction().execute(async (trx) => {
    const row = await trx.selectFrom('accounts').select(['name', 'role', 'created_at', 'updated_at']).where('name', '=', name).executeTakeFirst();
    if (row === undefined) return err({ kind: 'not-found', message: `no account named "${name}"` });
    if (row.role === 'admin' && (await otherAdmins(trx, name)) === 0) {
      return err({ kind: 'last-admin', message: `"${name}" is the only admin: make another account admin first` });
    }
    await trx.deleteFrom('sessions').where('account_name', '=', name).execute();
    await trx.deleteFrom('accounts').where('name', '=', name).execute();
    return ok(toAccount(row));
  });
}

async function otherAdmins(trx: ReturnType<typeof accountsDb>, name: string): Promise<number> {
  const r = await trx
    .selectFrom('accounts')
    .select((e) => e.fn.countAll<number>().as('n'))
    .where('role', '=', 'admin')
    .where('name', '!=', name)
    .executeTakeFirstOrThrow();
  return Number(r.n);
}
