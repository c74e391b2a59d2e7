import type BetterSqlite3 from 'better-sqlite3';
import { SqliteAdapter, SqliteDialect, type DialectAdapter, type Kysely } from 'kysely';

/**
 * Kysely's SQLite adapter, carrying the better-sqlite3 connection it talks to.
 * Kysely keeps the dialect's adapter on every executor, transactions
 * included, so code holding only a `Kysely` (or a transaction) can find the
 * raw connection with `sqliteHandle` and run its own prepared statements on it
 * — inside the same transaction, since Kysely's SQLite driver has one
 * connection.
 */
export class SqliteHandleAdapter extends SqliteAdapter {
  constructor(readonly database: BetterSqlite3.Database) {
    super();
  }
}

/** Kysely's SqliteDialect whose adapter is a SqliteHandleAdapter. */
export class SqliteHandleDialect extends SqliteDialect {
  constructor(private readonly database: BetterSqlite3.Database) {
    super({ database });
  }

  override createAdapter(): DialectAdapter {
    return new SqliteHandleAdapter(this.database);
  }
}

/** The better-sqlite3 connection behind `db`, or undefined when it is not an SQLite store opened by Sokan. */
export function sqliteHandle(db: Kysely<any>): BetterSqlite3.Database | undefined {
  const adapter = db.getExecutor().adapter;
  return adapter instanceof SqliteHandleAdapter ? adapter.database : undefined;
}
