import { PostgresDialect, type Dialect } from 'kysely';
import pg from 'pg';
import Cursor from 'pg-cursor';

/** Connections per store handle (one `sokan serve` or CLI process). */
const POOL_SIZE = 10;
const CONNECT_TIMEOUT_MS = 10_000;

const { builtins } = pg.types;

/**
 * Values as the SQLite driver hands them over, so repository code needs no
 * branches: `bigint` (what COUNT(*) and SUM return) and `numeric` as JS
 * numbers instead of strings. Counts and ids stay far below 2^53.
 */
const types = {
  getTypeParser(oid: number, format?: 'text' | 'binary') {
    if (oid === builtins.INT8) return (v: string) => Number(v);
    if (oid === builtins.NUMERIC) return (v: string) => Number(v);
    return pg.types.getTypeParser(oid, format as 'text');
  },
} as pg.CustomTypesConfig;

/**
 * Kysely's PostgreSQL dialect over a connection pool for a `postgres://` URL
 * (nothing is connected until the first query; `Kysely#destroy` ends the pool).
 * `pg-cursor` lets `stream()` read large tables (dump, migrate) in batches.
 */
export function openPostgresDialect(url: string): Dialect {
  const pool = new pg.Pool({
    connectionString: url,
    max: POOL_SIZE,
    connectionTimeoutMillis: CONNECT_TIMEOUT_MS,
    types,
    application_name: 'sokan',
  });
  // An idle connection dropped by the server must not crash the process; the pool replaces it.
  pool.on('error', () => {});
  return new PostgresDialect({ pool, cursor: Cursor });
}
