import { describe, expect, it } from 'vitest';
import { tryOpenStore } from './open-store.js';
import { isPostgresUrl, redactUrl } from './store-dialect.js';

describe('choosing the database', () => {
  it('takes postgres:// and postgresql:// URLs for PostgreSQL, anything else for an SQLite file', () => {
    expect(isPostgresUrl('postgres://sokan@db:5432/sokan')).toBe(true);
    expect(isPostgresUrl('POSTGRESQL://db/sokan')).toBe(true);
    expect(isPostgresUrl('/data/postgres://x.db')).toBe(false);
    expect(isPostgresUrl('sokan.db')).toBe(false);
  });

  it('never shows the password', () => {
    expect(redactUrl('postgres://team:s3cret@db.example:5432/sokan')).toBe('postgres://team@db.example:5432/sokan');
    expect(redactUrl('postgres://team@db/sokan')).toBe('postgres://team@db/sokan');
  });

  it('reports an unreachable server as a value naming the URL without its password', async () => {
    const r = await tryOpenStore({ path: 'postgres://team:s3cret@127.0.0.1:1/sokan' });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error.kind).toBe('open-failed');
    expect(r.error.message).toMatch(/^cannot connect to postgres:\/\/team@127\.0\.0\.1:1\/sokan: .*SOKAN_DATABASE_URL/);
    expect(r.error.message).not.toContain('s3cret');
  });
});
