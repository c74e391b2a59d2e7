import type { Role } from '../../store/accounts/role.js';

/** What a route needs: no login (`public`), or at least a role. */
export type Access = 'public' | Role;

/**
 * Who may call what, in server mode: one table by method and path, checked
 * by the auth middleware before any handler runs. Paths use `:param` for one
 * segment and a trailing `*` for the rest. The first matching row wins. A
 * request that matches no row needs `admin` (fail closed); a test checks
 * that every mutating route of the app has its own row.
 */
export const ROUTE_PERMISSIONS: readonly (readonly [method: string, path: string, access: Access])[] = [
  ['POST', '/api/login', 'public'],
  ['POST', '/api/logout', 'public'],
  ['GET', '/api/me', 'public'],
  ['*', '/api/users', 'admin'],
  ['*', '/api/users/*', 'admin'],
  // upload / ingest
  ['POST', '/api/documents', 'analyst'],
  // event edits
  ['POST', '/api/events', 'analyst'],
  ['PATCH', '/api/events/:id', 'analyst'],
  ['POST', '/api/events/:id/confirm', 'analyst'],
  ['POST', '/api/events/:id/reject', 'analyst'],
  ['POST', '/api/events/:id/merge', 'analyst'],
  // ACH edits
  ['POST', '/api/ach', 'analyst'],
  ['DELETE', '/api/ach/:id', 'analyst'],
  ['POST', '/api/ach/:id/hypotheses', 'analyst'],
  ['POST', '/api/ach/:id/evidence', 'analyst'],
  ['PUT', '/api/ach/:id/ratings', 'analyst'],
  // reading is everyone's
  ['GET', '*', 'viewer'],
];

function pathMatches(pattern: string, path: string): boolean {
  const want = pattern.split('/').filter(Boolean);
  const got = path.split('/').filter(Boolean);
  for (const [i, w] of want.entries()) {
    if (w === '*' && i === want.length - 1) return true;
    const g = got[i];
    if (g === undefined) return false;
    if (!w.startsWith(':') && w !== g) return false;
  }
  return want.length === got.length;
}

/** The access a request needs, and the table row that said so (null: no row matched, so admin). Pure. */
export function requiredAccess(method: string, path: string): { readonly access: Access; readonly rule: string | null } {
  const m = method.toUpperCase() === 'HEAD' ? 'GET' : method.toUpperCase();
  const row = ROUTE_PERMISSIONS.find(([rm, rp]) => (rm === '*' || rm === m) && pathMatches(rp, path));
  return row === undefined ? { access: 'admin', rule: null } : { access: row[2], rule: `${row[0]} ${row[1]}` };
}
