import { createContext, useCallback, useContext, useEffect, useState, type ReactNode } from 'react';

/** What GET /api/me says: laptop mode (no login) or server mode with the logged-in user, or null. */
export type Role = 'viewer' | 'analyst' | 'admin';
export interface SessionUser {
  readonly name: string;
  readonly role: Role;
}
export type Me = { readonly mode: 'laptop' } | { readonly mode: 'server'; readonly user: SessionUser | null };

/** Fired by the API client when a request comes back 401 (the session ended): the shell asks /api/me again. */
export const UNAUTHORIZED_EVENT = 'sokan:unauthorized';

/** May this session change data? Laptop mode: yes; server mode: analysts and admins (the server checks again). Pure. */
export const canEdit = (me: Me): boolean => me.mode === 'laptop' || (me.user !== null && me.user.role !== 'viewer');

async function fetchMe(): Promise<Me> {
  const res = await fetch('/api/me');
  if (!res.ok) throw new Error(`${res.status} ${res.statusText}`);
  return (await res.json()) as Me;
}

/** Logs in; resolves to the user, or rejects with the server's message. */
export async function logIn(name: string, password: string): Promise<SessionUser> {
  const res = await fetch('/api/login', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ name, password }) });
  const body = (await res.json().catch(() => null)) as { user?: SessionUser; error?: { status: number; message: string } } | null;
  if (!res.ok || body?.user === undefined) throw Object.assign(new Error(body?.error?.message ?? `${res.status}`), { status: res.status });
  return body.user;
}

interface SessionState {
  readonly me: Me | null;
  readonly error: string | null;
  readonly refresh: () => Promise<void>;
  readonly logout: () => Promise<void>;
}

const SessionContext = createContext<SessionState | null>(null);

export function SessionProvider({ children }: { readonly children: ReactNode }) {
  const [me, setMe] = useState<Me | null>(null);
  const [error, setError] = useState<string | null>(null);
  const refresh = useCallback(async () => {
    try {
      setMe(await fetchMe());
      setError(null);
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    }
  }, []);
  const logout = useCallback(async () => {
    await fetch('/api/logout', { method: 'POST' }).catch(() => undefined);
    await refresh();
  }, [refresh]);
  useEffect(() => {
    void refresh();
    const onUnauthorized = () => void refresh();
    addEventListener(UNAUTHORIZED_EVENT, onUnauthorized);
    return () => removeEventListener(UNAUTHORIZED_EVENT, onUnauthorized);
  }, [refresh]);
  return <SessionContext.Provider value={{ me, error, refresh, logout }}>{children}</SessionContext.Provider>;
}

export function useSession(): SessionState {
  const v = useContext(SessionContext);
  if (v === null) throw new Error('useSession outside SessionProvider');
  return v;
}

/** True when edit controls should show (laptop mode, or an analyst or admin logged in). */
export function useCanEdit(): boolean {
  const { me } = useSession();
  return me !== null && canEdit(me);
}
