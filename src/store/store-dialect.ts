import { PostgresAdapter, type Kysely } from 'kysely';

/** The SQL databases a store can live in. */
export type StoreDialect = 'sqlite' | 'postgres';

/**
 * Which database a query builder (or a transaction of it) talks to, for the
 * few places where the SQL must differ; everything else is written once.
 */
export function dialectOf(db: Kysely<any>): StoreDialect {
  return db.getExecutor().adapter instanceof PostgresAdapter ? 'postgres' : 'sqlite';
}

/** A `postgres://` or `postgresql://` connection URL (anything else is an SQLite file path). */
export function isPostgresUrl(location: string): boolean {
  return /^postgres(?:ql)?:\/\//i.test(location);
}

/** The URL without its password, for messages and `Store.location`. */
export function redactUrl(url: string): string {
  try {
    const u = new URL(url);
    if (u.password !== '') u.password = '';
    return u.toString();
  } catch {
    return url.replace(/\/\/([^:/@]+):[^@]*@/, '//$1@');
  }
}
