/**
 * Databases for tests: an SQLite file by default, or a fresh PostgreSQL
 * database on the server named by SOKAN_TEST_DATABASE_URL (see `npm run
 * test:pg` and .ci/run), created per test and dropped after, so tests stay
 * independent. Not used by production code.
 */
import { randomBytes } from 'node:crypto';
import pg from 'pg';

/** The server tests run against, e.g. postgres://sokan@127.0.0.1:54329/postgres; undefined: SQLite. */
export const TEST_DATABASE_URL: string | undefined = process.env['SOKAN_TEST_DATABASE_URL'] || undefined;

/** True when the store tests run on PostgreSQL (for `it.skipIf` on SQLite-file-specific tests). */
export const onPostgres = TEST_DATABASE_URL !== undefined;

export interface TestDatabase {
  /** What to give `openStore({ path })` or `--db`. */
  readonly location: string;
  /** Drops the database (PostgreSQL); the caller removes an SQLite file's folder. */
  readonly drop: () => Promise<void>;
}

/**
 * `sqlitePath` when tests run on SQLite; else a new, empty PostgreSQL
 * database `sokan_test_<random>` on the test server.
 */
export async function testDatabase(sqlitePath: string): Promise<TestDatabase> {
  if (TEST_DATABASE_URL === undefined) return { location: sqlitePath, drop: async () => {} };
  const name = `sokan_test_${randomBytes(6).toString('hex')}`;
  await admin(`create database ${name}`);
  const url = new URL(TEST_DATABASE_URL);
  url.pathname = `/${name}`;
  return { location: url.toString(), drop: () => admin(`drop database if exists ${name} with (force)`) };
}

async function admin(statement: string): Promise<void> {
  const client = new pg.Client({ connectionString: TEST_DATABASE_URL });
  await client.connect();
  try {
    await client.query(statement);
  } finally {
    await client.end();
  }
}
