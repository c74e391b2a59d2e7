import type { Context } from 'hono';
import { deleteCookie, getCookie, setCookie } from 'hono/cookie';

/** The session cookie: `sokan_session`, or `__Host-sokan_session` when Secure (browsers then insist on Secure, Path=/ and no Domain). */
export const SESSION_COOKIE = 'sokan_session';
const prefixOf = (secure: boolean) => (secure ? { prefix: 'host' as const } : {});

/** The session token a request carries: `Authorization: Bearer <token>` first, else the session cookie. */
export function requestToken(c: Context, secure: boolean): { readonly token: string; readonly from: 'bearer' | 'cookie' } | null {
  const auth = c.req.header('authorization');
  const bearer = auth === undefined ? null : /^Bearer\s+(\S+)\s*$/i.exec(auth);
  if (bearer !== null) return { token: bearer[1]!, from: 'bearer' };
  const cookie = secure ? getCookie(c, SESSION_COOKIE, 'host') : getCookie(c, SESSION_COOKIE);
  return cookie === undefined || cookie === '' ? null : { token: cookie, from: 'cookie' };
}

/** HttpOnly, SameSite=Strict, Path=/, Secure when asked; lives as long as the session may. */
export function setSessionCookie(c: Context, token: string, secure: boolean, maxAgeMs: number): void {
  setCookie(c, SESSION_COOKIE, token, { httpOnly: true, sameSite: 'Strict', path: '/', secure, maxAge: Math.floor(maxAgeMs / 1000), ...prefixOf(secure) });
}

export function clearSessionCookie(c: Context, secure: boolean): void {
  deleteCookie(c, SESSION_COOKIE, { path: '/', secure, httpOnly: true, sameSite: 'Strict', ...prefixOf(secure) });
}
