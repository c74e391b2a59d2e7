import type { MiddlewareHandler } from 'hono';
import { HTTPException } from 'hono/http-exception';
import { roleAllows } from '../../store/accounts/role.js';
import { accountOfToken } from '../../store/accounts/session-store.js';
import type { Store } from '../../store/store.js';
import type { AuthConfig } from './auth-config.js';
import { requiredAccess } from './route-permissions.js';
import { requestToken } from './session-cookie.js';

type ServerAuth = Extract<AuthConfig, { mode: 'server' }>;

/** True when a browser says the request comes from another origin or site (clients that send neither header pass). */
export function isCrossSite(headers: { origin: string | undefined; site: string | undefined }, ownOrigin: string): boolean {
  const foreignOrigin = headers.origin !== undefined && headers.origin !== ownOrigin;
  const foreignSite = headers.site !== undefined && headers.site !== 'same-origin' && headers.site !== 'none';
  return foreignOrigin || foreignSite;
}

/**
 * Server mode's one gate: finds the account of the request (Bearer token or
 * session cookie), then checks the route table (route-permissions.ts):
 * 401 without a valid login, 403 when the role is not enough. A browser
 * request that changes something must come from the workbench's own origin
 * (on top of the SameSite=Strict cookie). With `publicPages`, GETs outside
 * /api/ (the web app's shell and assets, which hold no data) need no login.
 */
export function authMiddleware(store: Store, auth: ServerAuth, opts: { readonly publicPages: boolean }): MiddlewareHandler {
  return async (c, next) => {
    const method = c.req.method.toUpperCase();
    const path = c.req.path;
    const found = requestToken(c, auth.secureCookies);
    const account = found === null ? null : await accountOfToken(store, found.token, auth.sessionLimits);
    c.set('account', account === null ? undefined : { name: account.name, role: account.role, via: account.via });

    const reading = method === 'GET' || method === 'HEAD';
    if (!reading && found?.from !== 'bearer' && isCrossSite({ origin: c.req.header('origin'), site: c.req.header('sec-fetch-site') }, new URL(c.req.url).origin)) {
      throw new HTTPException(403, { message: 'changes are accepted only from the workbench itself (same origin)' });
    }
    const isApi = path === '/api' || path.startsWith('/api/');
    if (reading && !isApi && opts.publicPages) return next();

    const { access } = requiredAccess(method, path);
    if (access === 'public') return next();
    if (account === null) {
      const why = found === null ? 'log in first' : 'the session has ended or the token is not valid; log in again';
      throw new HTTPException(401, {
        message: `${why} (POST /api/login, or send Authorization: Bearer <token> made by \`sokan user token NAME\`)`,
      });
    }
    if (!roleAllows(account.role, access)) {
      throw new HTTPException(403, { message: `${method} ${path} needs the ${access} role; ${account.name} is ${account.role}` });
    }
    return next();
  };
}
