/**
 * Slows password guessing: after `maxFailures` failed logins for one name from
 * one address within `windowMs`, that name is locked for that address for
 * `lockMs`. Kept in memory (it resets when the server restarts, and each
 * server process keeps its own; docs/security.md says so). Pure apart from
 * its map; time is passed in.
 */
export interface LoginLimits {
  readonly maxFailures: number;
  readonly windowMs: number;
  readonly lockMs: number;
  /** Entries kept at most; the oldest are dropped beyond it (bounds memory under a flood). */
  readonly maxEntries: number;
}

export const LOGIN_LIMITS: LoginLimits = { maxFailures: 5, windowMs: 15 * 60_000, lockMs: 15 * 60_000, maxEntries: 10_000 };

interface Entry {
  failures: number[];
  lockedUntil: number;
}

export class LoginLimiter {
  private readonly entries = new Map<string, Entry>();

  constructor(private readonly limits: LoginLimits = LOGIN_LIMITS) {}

  private static key(name: string, ip: string): string {
    return `${name}\u0000${ip}`;
  }

  /** Milliseconds until `name` may try again from `ip` (0: now). */
  retryAfterMs(name: string, ip: string, now = Date.now()): number {
    const e = this.entries.get(LoginLimiter.key(name, ip));
    return e === undefined ? 0 : Math.max(0, e.lockedUntil - now);
  }

  /** Records a failed login; returns the lock in milliseconds it caused (0 when none). */
  fail(name: string, ip: string, now = Date.now()): number {
    const key = LoginLimiter.key(name, ip);
    const e = this.entries.get(key) ?? { failures: [], lockedUntil: 0 };
    e.failures = [...e.failures.filter((t) => t > now - this.limits.windowMs), now];
    if (e.failures.length >= this.limits.maxFailures) {
      e.lockedUntil = now + this.limits.lockMs;
      e.failures = [];
    }
    this.entries.delete(key);
    this.entries.set(key, e); // most recent last
    while (this.entries.size > this.limits.maxEntries) {
      const oldest = this.entries.keys().next().value;
      if (oldest === undefined) break;
      this.entries.delete(oldest);
    }
    return Math.max(0, e.lockedUntil - now);
  }

  /** A successful login forgets the failures. */
  succeed(name: string, ip: string): void {
    this.entries.delete(LoginLimiter.key(name, ip));
  }
}
