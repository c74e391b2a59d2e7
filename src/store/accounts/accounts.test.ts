// Accounts, password hashes and sessions against a real store.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { tempStore } from '../testing/fixtures.js';
import type { Store } from '../store.js';
import { accountsDb } from './accounts-schema.js';
import { addAccount, countAccounts, listAccounts, removeAccount, setPasswordHash, setRole } from './account-store.js';
import { hashPassword, needsRehash, passwordProblem, SCRYPT_PARAMS, verifyPassword } from './password-hash.js';
import { accountOfToken, createSession, deleteSession, pruneSessions, SESSION_LIMITS, tokenHash } from './session-store.js';

const FAST = { N: 1024, r: 8, p: 1 };
let store: Store;
let dispose: () => Promise<void>;

beforeEach(async () => ({ store, dispose } = await tempStore()));
afterEach(async () => dispose());

describe('password hashes', () => {
  it('verify the right password only, with a fresh salt each time, naming their parameters', async () => {
    const a = await hashPassword('パスワード correct horse', FAST);
    const b = await hashPassword('パスワード correct horse', FAST);
    expect(a).toMatch(/^scrypt\$1\$N=1024,r=8,p=1\$[A-Za-z0-9+/=]+\$[A-Za-z0-9+/=]+$/);
    expect(a).not.toBe(b);
    expect(await verifyPassword('パスワード correct horse', a)).toBe(true);
    expect(await verifyPassword('パスワード correct hors', a)).toBe(false);
    expect(await verifyPassword('x', 'plain text')).toBe(false);
    expect(await verifyPassword('x', 'scrypt$1$N=1073741824,r=8,p=1$AAAA$AAAA')).toBe(false); // absurd cost refused
    expect(needsRehash(a)).toBe(true);
    expect(needsRehash(a, FAST)).toBe(false);
  });

  it('use N=2^17, r=8, p=1 by default', async () => {
    expect(SCRYPT_PARAMS).toEqual({ N: 131072, r: 8, p: 1 });
    const h = await hashPassword('a default-cost password');
    expect(needsRehash(h)).toBe(false);
    expect(await verifyPassword('a default-cost password', h)).toBe(true);
  });

  it('refuse short passwords', () => {
    expect(passwordProblem('short')).toMatch(/at least 10/);
    expect(passwordProblem('          ')).toMatch(/spaces/);
    expect(passwordProblem('long enough, really')).toBeNull();
  });
});

describe('accounts', () => {
  it('are added once, with a valid name and role, and the last admin stays', async () => {
    const h = await hashPassword('long enough password', FAST);
    expect((await addAccount(store, 'hanako', 'admin', h)).ok).toBe(true);
    expect(await addAccount(store, 'hanako', 'viewer', h)).toMatchObject({ ok: false, error: { kind: 'exists' } });
    expect(await addAccount(store, 'bad name', 'viewer', h)).toMatchObject({ ok: false, error: { kind: 'invalid', field: 'name' } });
    expect(await addAccount(store, '山田', 'owner', h)).toMatchObject({ ok: false, error: { kind: 'invalid', field: 'role' } });
    expect((await addAccount(store, '山田', 'analyst', h)).ok).toBe(true);
    expect(await countAccounts(store)).toBe(2);
    expect(await setRole(store, 'hanako', 'viewer')).toMatchObject({ ok: false, error: { kind: 'last-admin' } });
    expect(await removeAccount(store, 'hanako')).toMatchObject({ ok: false, error: { kind: 'last-admin' } });
    expect(await setRole(store, '山田', 'admin')).toMatchObject({ ok: true, value: { role: 'admin' } });
    expect((await removeAccount(store, 'hanako')).ok).toBe(true);
    expect((await listAccounts(store)).map((a) => a.name)).toEqual(['山田']);
  });
});

describe('sessions', () => {
  it('store only the token hash, end after idle or absolute expiry, and on logout or a new password', async () => {
    await addAccount(store, 'taro', 'analyst', await hashPassword('long enough password', FAST));
    const t0 = new Date('2030-01-01T00:00:00Z');
    const { token } = await createSession(store, 'taro', 'session', { now: t0 });
    const rows = await accountsDb(store).selectFrom('sessions').selectAll().execute();
    expect(rows.map((r) => r.token_hash)).toEqual([tokenHash(token)]);
    expect(JSON.stringify(rows)).not.toContain(token);
    const at = (ms: number) => new Date(t0.getTime() + ms);
    expect(await accountOfToken(store, token, SESSION_LIMITS, at(3600_000))).toMatchObject({ name: 'taro', role: 'analyst', via: 'session' });
    expect(await accountOfToken(store, token, SESSION_LIMITS, at(3600_000 + SESSION_LIMITS.idleMs + 1))).toBeNull(); // idle
    expect(await accountOfToken(store, token, SESSION_LIMITS, at(0))).toBeNull(); // and it was deleted

    const api = await createSession(store, 'taro', 'api-token', { now: t0, lifetimeMs: 30 * 86_400_000 });
    expect(await accountOfToken(store, api.token, SESSION_LIMITS, at(20 * 86_400_000))).toMatchObject({ via: 'api-token' }); // no idle limit
    expect(await accountOfToken(store, api.token, SESSION_LIMITS, at(31 * 86_400_000))).toBeNull(); // absolute

    const s = await createSession(store, 'taro', 'session');
    expect(await deleteSession(store, s.token)).toBe(true);
    expect(await accountOfToken(store, s.token)).toBeNull();
    const s2 = await createSession(store, 'taro', 'session');
    await setPasswordHash(store, 'taro', await hashPassword('another long password', FAST));
    expect(await accountOfToken(store, s2.token)).toBeNull();
    await createSession(store, 'taro', 'session', { now: t0 });
    expect(await pruneSessions(store, SESSION_LIMITS, at(8 * 86_400_000))).toBe(1);
  });
});
