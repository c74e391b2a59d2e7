import BetterSqlite3 from 'better-sqlite3';
import type { InteropEvent } from '../../interop/interop-event.js';
import { BUSY_TIMEOUT_MS } from '../sqlite/open-sqlite.js';
import { dedupKey } from '../dedup-key.js';

/** The index the duplicate check needs; never dropped. */
const KEPT_INDEX = 'events_origin_external';

const INSERT = `insert into events (origin, external_id, date, date_end, precision, cameo, quad_class, goldstein,
  source, target, source_name, target_name, status, location, lat, lon, review_state, created_at, updated_at, dedup_key)
  values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'unreviewed', ?, ?, ?)
  on conflict (origin, external_id) do nothing`;

export type ImportMode = 'batched' | 'bulk';

/**
 * Writes imported events to an SQLite store file through a connection of its
 * own, with ONE prepared statement reused for every row: the query builder's
 * driver prepares a statement per call, and a multi-row statement costs more
 * to prepare and run than the rows it saves (measured). SQLite only; the
 * store's own connection must be idle while this one writes (WAL lets it read).
 *
 * `batched`: each `write` is its own transaction. `bulk`: one transaction for
 * the whole import, the events table's secondary indexes dropped at `open` and
 * rebuilt from their own definitions (read from sqlite_master) at `commit`;
 * building an index from all rows at once is much cheaper than maintaining it
 * row by row. A failure rolls everything back, indexes included.
 */
export class SqliteEventWriter {
  private readonly db: BetterSqlite3.Database;
  private readonly insert: BetterSqlite3.Statement;
  private readonly dropped: readonly { name: string; sql: string }[];

  constructor(path: string, readonly mode: ImportMode, private readonly now = new Date().toISOString()) {
    this.db = new BetterSqlite3(path, { timeout: BUSY_TIMEOUT_MS, fileMustExist: true });
    this.db.pragma('synchronous = NORMAL');
    this.insert = this.db.prepare(INSERT);
    if (mode === 'bulk') {
      this.db.exec('begin immediate');
      this.dropped = this.db
        .prepare(`select name, sql from sqlite_master where type = 'index' and tbl_name = 'events' and sql is not null and name != ?`)
        .all(KEPT_INDEX) as { name: string; sql: string }[];
      for (const index of this.dropped) this.db.exec(`drop index "${index.name.replace(/"/g, '""')}"`);
    } else this.dropped = [];
  }

  /** Stores a batch (a transaction of its own in `batched` mode); returns how many were new. */
  write(batch: readonly InteropEvent[]): { readonly inserted: number } {
    const run = (): number => {
      let inserted = 0;
      for (const e of batch) {
        inserted += this.insert.run(
          e.origin, e.externalId, e.date, e.dateEnd, e.precision, e.cameo, e.quadClass, e.goldstein,
          e.source, e.target, e.sourceName, e.targetName, e.status, e.location, e.lat, e.lon,
          this.now, this.now, `${e.origin}|${dedupKey(e)}`,
        ).changes;
      }
      return inserted;
    };
    return { inserted: this.mode === 'bulk' ? run() : this.db.transaction(run)() };
  }

  /** Ends the import: in `bulk` mode rebuilds the indexes and commits. Closes the connection. */
  commit(): void {
    try {
      if (this.mode === 'bulk') {
        this.db.pragma('cache_size = -262144'); // 256 MiB for the index sorts (this connection only)
        for (const index of this.dropped) this.db.exec(index.sql);
        this.db.exec('commit');
      }
    } finally {
      this.close();
    }
  }

  /** Abandons the import: in `bulk` mode rolls everything back. Closes the connection. */
  rollback(): void {
    try {
      if (this.db.inTransaction) this.db.exec('rollback');
    } finally {
      this.close();
    }
  }

  private close(): void {
    if (this.db.open) this.db.close();
  }
}
