import { createRoute, z, type OpenAPIHono } from '@hono/zod-openapi';
import { HTTPException } from 'hono/http-exception';
import type { Result } from '../../core/result.js';
import {
  addAccount, hashPassword, listAccounts, passwordProblem, removeAccount, setPasswordHash, setRole,
  type Account, type AccountError,
} from '../../store/accounts/index.js';
import type { Store } from '../../store/store.js';
import type { AuthConfig } from './auth-config.js';
import { errorResponse, RoleSchema } from './auth-routes.js';

const AccountSchema = z.object({ name: z.string(), role: RoleSchema, createdAt: z.string(), updatedAt: z.string() }).openapi('Account');
const NewAccount = z.object({ name: z.string().min(1).max(64), role: RoleSchema, password: z.string().max(1024) }).openapi('NewAccount');
const AccountChange = z.object({ role: RoleSchema.optional(), password: z.string().max(1024).optional() }).openapi('AccountChange');
const NameParam = z.object({ name: z.string().min(1).max(64).openapi({ param: { name: 'name', in: 'path' }, example: 'hanako' }) });
const errors = {
  400: errorResponse('invalid request'),
  403: errorResponse('not an admin, or laptop mode'),
  404: errorResponse('no such account'),
  409: errorResponse('the name is taken, or the change would leave no admin'),
};
const body = <T extends z.ZodType>(schema: T) => ({ body: { content: { 'application/json': { schema } }, required: true } });

function unwrap(r: Result<Account, AccountError>): Account {
  if (r.ok) return r.value;
  const e = r.error;
  const status = e.kind === 'invalid' ? 400 : e.kind === 'not-found' ? 404 : 409;
  throw new HTTPException(status, { message: e.message });
}

async function checkedHash(password: string): Promise<string> {
  const problem = passwordProblem(password);
  if (problem !== null) throw new HTTPException(400, { message: `password: ${problem}` });
  return hashPassword(password);
}

/** Admin user management: GET/POST /api/users, PATCH/DELETE /api/users/{name} (the auth middleware admits admins only). */
export function registerUsersRoutes(app: OpenAPIHono, store: Store, auth: AuthConfig): void {
  const serverOnly = () => {
    if (auth.mode === 'laptop') throw new HTTPException(403, { message: 'laptop mode has no accounts over HTTP; manage them with `sokan user`' });
  };
  const tags = ['accounts'];
  app.openapi(
    createRoute({ method: 'get', path: '/api/users', tags, summary: 'Every account (admin)', responses: { 200: { content: { 'application/json': { schema: z.array(AccountSchema) } }, description: 'accounts' }, ...errors } }),
    async (c) => {
      serverOnly();
      return c.json(await listAccounts(store), 200);
    },
  );
  app.openapi(
    createRoute({ method: 'post', path: '/api/users', tags, summary: 'Add an account (admin)', request: body(NewAccount), responses: { 201: { content: { 'application/json': { schema: AccountSchema } }, description: 'added' }, ...errors } }),
    async (c) => {
      serverOnly();
      const b = c.req.valid('json');
      return c.json(unwrap(await addAccount(store, b.name, b.role, await checkedHash(b.password))), 201);
    },
  );
  app.openapi(
    createRoute({ method: 'patch', path: '/api/users/{name}', tags, summary: 'Change the role or password of an account (admin); a new password ends its sessions', request: { params: NameParam, ...body(AccountChange) }, responses: { 200: { content: { 'application/json': { schema: AccountSchema } }, description: 'changed' }, ...errors } }),
    async (c) => {
      serverOnly();
      const { name } = c.req.valid('param');
      const b = c.req.valid('json');
      if (b.role === undefined && b.password === undefined) throw new HTTPException(400, { message: 'body: give role, password or both' });
      let account: Account | undefined;
      // the role first: a refused role change (the last admin) leaves the password as it was
      if (b.role !== undefined) account = unwrap(await setRole(store, name, b.role));
      if (b.password !== undefined) account = unwrap(await setPasswordHash(store, name, await checkedHash(b.password)));
      return c.json(account!, 200);
    },
  );
  app.openapi(
    createRoute({ method: 'delete', path: '/api/users/{name}', tags, summary: 'Remove an account and its sessions (admin); audit entries keep its name', request: { params: NameParam }, responses: { 200: { content: { 'application/json': { schema: z.object({ deleted: z.string() }) } }, description: 'removed' }, ...errors } }),
    async (c) => {
      serverOnly();
      const { name } = c.req.valid('param');
      return c.json({ deleted: unwrap(await removeAccount(store, name)).name }, 200);
    },
  );
}
