import type { Role } from '../../store/accounts/role.js';
import { SESSION_LIMITS, type SessionKind, type SessionLimits } from '../../store/accounts/session-store.js';
import { LoginLimiter } from './login-limiter.js';

/**
 * How the server admits requests. `laptop`: no login, every request is the
 * local analyst (the CLI binds it to loopback only). `server`: accounts,
 * sessions and roles (docs/security.md).
 */
export type AuthConfig =
  | { readonly mode: 'laptop' }
  | {
      readonly mode: 'server';
      /** Mark the session cookie Secure (set when clients reach Sokan over https, through a reverse proxy). */
      readonly secureCookies: boolean;
      readonly sessionLimits: SessionLimits;
      readonly loginLimiter: LoginLimiter;
    };

export const LAPTOP_MODE: AuthConfig = { mode: 'laptop' };

export function serverMode(opts: { secureCookies?: boolean; sessionLimits?: SessionLimits; loginLimiter?: LoginLimiter } = {}): AuthConfig {
  return {
    mode: 'server',
    secureCookies: opts.secureCookies ?? false,
    sessionLimits: opts.sessionLimits ?? SESSION_LIMITS,
    loginLimiter: opts.loginLimiter ?? new LoginLimiter(),
  };
}

/** Who made the request, in server mode (set by the auth middleware). */
export interface RequestAccount {
  readonly name: string;
  readonly role: Role;
  readonly via: SessionKind;
}

declare module 'hono' {
  interface ContextVariableMap {
    /** The logged-in account (server mode); undefined in laptop mode and for anonymous requests. */
    account: RequestAccount | undefined;
  }
}
