import BetterSqlite3 from 'better-sqlite3';
import type { InteropEvent } from '../../interop/interop-event.js';
import { BUSY_TIMEOUT_MS } from '../sqlite/open-sqlite.js';
import { dedupKey } from '../dedup-key.js';

/** The index the duplicate check needs; never dropped. */
const KEPT_INDEX = 'events_origin_external';

/** Parameters per row; rows per multi-row statement. */
const PARAMS = 19;
const ROWS_PER_STATEMENT = 50;

/** An insert of `rows` rows; duplicates (same origin and external id) are skipped. */
function insertSql(rows: number): string {
  const row = `(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'unreviewed', ?, ?, ?)`;
  return `insert into events (origin, external_id, date, date_end, precision, cameo, quad_class, goldstein,
  source, target, source_name, target_name, status, location, lat, lon, review_state, created_at, updated_at, dedup_key)
  values ${Array.from({ length: rows }, () => row).join(', ')}
  on conflict (origin, external_id) where external_id is not null do nothing`;
}

export type ImportMode = 'batched' | 'bulk';

/**
 * Writes imported events to an SQLite store file through a connection of its
 * own, with two statements prepared once and reused for every batch: one of
 * 50 rows (fewer calls into SQLite; measured 1.5× faster than a statement per
 * row) and one of a single row for the rest, their parameters written into
 * arrays reused across rows (no allocation per row). SQLite only; the store's
 * own connection must be idle while this one writes (WAL lets it read).
 *
 * `batched`: each `write` is its own transaction. `bulk`: one transaction for
 * the whole import, the events table's secondary indexes dropped at `open` and
 * rebuilt from their own definitions (read from sqlite_master) at `commit`;
 * building an index from all rows at once is much cheaper than maintaining it
 * row by row. A failure rolls everything back, indexes included.
 */
export class SqliteEventWriter {
  private readonly db: BetterSqlite3.Database;
  private readonly insertMany: BetterSqlite3.Statement;
  private readonly insertOne: BetterSqlite3.Statement;
  private readonly manyParams = new Array<unknown>(PARAMS * ROWS_PER_STATEMENT);
  private readonly oneParams = new Array<unknown>(PARAMS);
  private readonly dropped: readonly { name: string; sql: string }[];

  constructor(path: string, readonly mode: ImportMode, private readonly now = new Date().toISOString()) {
    this.db = new BetterSqlite3(path, { timeout: BUSY_TIMEOUT_MS, fileMustExist: true });
    this.db.pragma('synchronous = NORMAL');
    this.insertMany = this.db.prepare(insertSql(ROWS_PER_STATEMENT));
    this.insertOne = this.db.prepare(insertSql(1));
    if (mode === 'bulk') {
      this.db.pragma('cache_size = -262144'); // 256 MiB for the inserts and the index sorts (this connection only)
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
      let i = 0;
      for (; i + ROWS_PER_STATEMENT <= batch.length; i += ROWS_PER_STATEMENT) {
        for (let k = 0; k < ROWS_PER_STATEMENT; k++) this.setParams(this.manyParams, k * PARAMS, batch[i + k]!);
        inserted += this.insertMany.run(this.manyParams).changes;
      }
      for (; i < batch.length; i++) {
        this.setParams(this.oneParams, 0, batch[i]!);
        inserted += this.insertOne.run(this.oneParams).changes;
      }
      return inserted;
    };
    return { inserted: this.mode === 'bulk' ? run() : this.db.transaction(run)() };
  }

  /** Writes one event's parameters at `at`, in insertSql's column order. */
  private setParams(p: unknown[], at: number, e: InteropEvent): void {
    p[at] = e.origin;
    p[at + 1] = e.externalId;
    p[at + 2] = e.date;
    p[at + 3] = e.dateEnd;
    p[at + 4] = e.precision;
    p[at + 5] = e.cameo;
    p[at + 6] = e.quadClass;
    p[at + 7] = e.goldstein;
    p[at + 8] = e.source;
    p[at + 9] = e.target;
    p[at + 10] = e.sourceName;
    p[at + 11] = e.targetName;
    p[at + 12] = e.status;
    p[at + 13] = e.location;
    p[at + 14] = e.lat;
    p[at + 15] = e.lon;
    p[at + 16] = this.now;
    p[at + 17] = this.now;
    p[at + 18] = `${e.origin}|${dedupKey(e)}`;
  }

  /** Ends the import: in `bulk` mode rebuilds the indexes and commits. Closes the connection. */
  commit(): void {
    try {
      if (this.mode === 'bulk') {
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
