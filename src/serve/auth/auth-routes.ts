import { createRoute, z, type OpenAPIHono } from '@hono/zod-openapi';
import { HTTPException } from 'hono/http-exception';
import { decoyHash, findAccount, hashPassword, needsRehash, passwordHashOf, setPasswordHash, verifyPassword } from '../../store/accounts/index.js';
import { createSession, deleteSession, pruneSessions } from '../../store/accounts/session-store.js';
import type { Store } from '../../store/store.js';
import type { AuthConfig } from './auth-config.js';
import { clientAddress } from './client-address.js';
import { clearSessionCookie, requestToken, setSessionCookie } from './session-cookie.js';

export const ErrorSchema = z.object({ error: z.object({ status: z.number(), message: z.string() }) }).openapi('Error');
export const errorResponse = (description: string) => ({ content: { 'application/json': { schema: ErrorSchema } }, description });
export const RoleSchema = z.enum(['viewer', 'analyst', 'admin']).openapi('Role');
export const UserSchema = z.object({ name: z.string(), role: RoleSchema }).openapi('SessionUser');
const MeSchema = z
  .union([z.object({ mode: z.literal('laptop') }), z.object({ mode: z.literal('server'), user: UserSchema.nullable() })])
  .openapi('Me', { description: 'laptop: no login needed; server: the logged-in user, or null (log in)' });
const LoginSchema = z.object({ name: z.string().min(1).max(64), password: z.string().min(1).max(1024) }).openapi('Login');

/** POST /api/login, POST /api/logout, GET /api/me. */
export function registerAuthRoutes(app: OpenAPIHono, store: Store, auth: AuthConfig): void {
  app.openapi(
    createRoute({ method: 'get', path: '/api/me', tags: ['accounts'], summary: 'Whether login is needed, and who is logged in', responses: { 200: { content: { 'application/json': { schema: MeSchema } }, description: 'the mode and user' } } }),
    (c) => {
      if (auth.mode === 'laptop') return c.json({ mode: 'laptop' as const }, 200);
      const a = c.get('account');
      return c.json({ mode: 'server' as const, user: a === undefined ? null : { name: a.name, role: a.role } }, 200);
    },
  );

  app.openapi(
    createRoute({
      method: 'post', path: '/api/login', tags: ['accounts'], summary: 'Log in with name and password; sets the HttpOnly session cookie',
      request: { body: { content: { 'application/json': { schema: LoginSchema } }, required: true } },
      responses: {
        200: { content: { 'application/json': { schema: z.object({ user: UserSchema }) } }, description: 'logged in' },
        400: errorResponse('invalid request, or laptop mode (no login)'),
        401: errorResponse('wrong name or password'),
        429: errorResponse('too many failed logins for this name from this address; try again later'),
      },
    }),
    async (c) => {
      if (auth.mode === 'laptop') throw new HTTPException(400, { message: 'laptop mode needs no login (server mode: see docs/security.md)' });
      const { name, password } = c.req.valid('json');
      const ip = clientAddress(c);
      const wait = auth.loginLimiter.retryAfterMs(name, ip);
      if (wait > 0) {
        c.header('Retry-After', String(Math.ceil(wait / 1000)));
        throw new HTTPException(429, { message: `too many failed logins for "${name}"; try again in ${Math.ceil(wait / 60_000)} min` });
      }
      const stored = await passwordHashOf(store, name);
      const matches = await verifyPassword(password, stored ?? (await decoyHash()));
      if (stored === null || !matches) {
        auth.loginLimiter.fail(name, ip);
        throw new HTTPException(401, { message: 'wrong name or password' });
      }
      auth.loginLimiter.succeed(name, ip);
      if (needsRehash(stored)) await setPasswordHash(store, name, await hashPassword(password), { keepSessions: true });
      await pruneSessions(store, auth.sessionLimits);
      const { token } = await createSession(store, name, 'session', { lifetimeMs: auth.sessionLimits.absoluteMs });
      setSessionCookie(c, token, auth.secureCookies, auth.sessionLimits.absoluteMs);
      const a = await findAccount(store, name);
      return c.json({ user: { name, role: a?.role ?? ('viewer' as const) } }, 200);
    },
  );

  app.openapi(
    createRoute({ method: 'post', path: '/api/logout', tags: ['accounts'], summary: 'End this session (or revoke the Bearer token sent)', responses: { 200: { content: { 'application/json': { schema: z.object({ loggedOut: z.boolean() }) } }, description: 'the session is gone' } } }),
    async (c) => {
      if (auth.mode === 'laptop') return c.json({ loggedOut: false }, 200);
      const found = requestToken(c, auth.secureCookies);
      const ended = found === null ? false : await deleteSession(store, found.token);
      clearSessionCookie(c, auth.secureCookies);
      return c.json({ loggedOut: ended }, 200);
    },
  );
}
