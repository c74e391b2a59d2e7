// Pure parts of server mode: loopback hosts, the login limiter, the route table's matching.
import { describe, expect, it } from 'vitest';
import { LoginLimiter } from './login-limiter.js';
import { isLoopbackHost } from './loopback-host.js';
import { requiredAccess } from './route-permissions.js';
import { isCrossSite } from './auth-middleware.js';

describe('isLoopbackHost', () => {
  it('admits only this machine', () => {
    for (const h of ['127.0.0.1', 'localhost', '127.1.2.3', '::1', '[::1]', 'LOCALHOST']) expect(isLoopbackHost(h), h).toBe(true);
    for (const h of ['0.0.0.0', '::', '192.168.1.5', '10.0.0.1', 'example.org', '', '128.0.0.1']) expect(isLoopbackHost(h), h).toBe(false);
  });
});

describe('LoginLimiter', () => {
  it('locks a name for an address after repeated failures, and forgets on success', () => {
    const l = new LoginLimiter({ maxFailures: 3, windowMs: 1000, lockMs: 5000, maxEntries: 10 });
    expect(l.fail('a', 'ip1', 0)).toBe(0);
    expect(l.fail('a', 'ip1', 10)).toBe(0);
    expect(l.fail('a', 'ip1', 20)).toBe(5000);
    expect(l.retryAfterMs('a', 'ip1', 1020)).toBe(4000);
    expect(l.retryAfterMs('a', 'ip2', 1020)).toBe(0); // another address
    expect(l.retryAfterMs('b', 'ip1', 1020)).toBe(0); // another name
    expect(l.retryAfterMs('a', 'ip1', 5020)).toBe(0);
    l.fail('c', 'ip1', 0);
    l.fail('c', 'ip1', 2000); // outside the window: the first no longer counts
    expect(l.fail('c', 'ip1', 2500)).toBe(0);
    l.succeed('c', 'ip1');
    expect(l.fail('c', 'ip1', 2600)).toBe(0);
  });

  it('keeps at most maxEntries', () => {
    const l = new LoginLimiter({ maxFailures: 2, windowMs: 1000, lockMs: 5000, maxEntries: 2 });
    l.fail('x', 'ip', 0);
    l.fail('x', 'ip', 1); // locked
    l.fail('y', 'ip', 2);
    l.fail('z', 'ip', 3); // x is dropped
    expect(l.retryAfterMs('x', 'ip', 4)).toBe(0);
  });
});

describe('requiredAccess', () => {
  it('matches methods and path parameters', () => {
    expect(requiredAccess('POST', '/api/login').access).toBe('public');
    expect(requiredAccess('GET', '/api/me').access).toBe('public');
    expect(requiredAccess('HEAD', '/api/events').access).toBe('viewer');
    expect(requiredAccess('POST', '/api/events/5/confirm').access).toBe('analyst');
    expect(requiredAccess('POST', '/api/events/5/confirm/extra').access).toBe('admin');
    expect(requiredAccess('GET', '/api/users').access).toBe('admin');
    expect(requiredAccess('PUT', '/api/ach/3/ratings').access).toBe('analyst');
  });
});

describe('isCrossSite', () => {
  it('flags a foreign origin or site, and lets header-less clients through', () => {
    const own = 'http://127.0.0.1:8080';
    expect(isCrossSite({ origin: undefined, site: undefined }, own)).toBe(false);
    expect(isCrossSite({ origin: own, site: 'same-origin' }, own)).toBe(false);
    expect(isCrossSite({ origin: 'http://127.0.0.1:9999', site: undefined }, own)).toBe(true);
    expect(isCrossSite({ origin: undefined, site: 'same-site' }, own)).toBe(true);
  });
});
