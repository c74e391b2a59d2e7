import type { Kysely, Migration } from 'kysely';
import type { TextIndex } from '../text-index.js';

/**
 * Queries at scale, round 2 (BENCHMARKS.md "Queries at scale").
 *
 * - `events_dyad_tally` (source, target, date, date_end, precision,
 *   quad_class, goldstein) replaces `events_dyad_date`, its prefix: the
 *   relationship index is added up in SQL per bucket and direction
 *   (store/query-index-cells.ts) from this index alone, reading no table row;
 *   everything `events_dyad_date` served it serves. Schema builder only.
 * - The text index's short-query index (1–2 character queries, which
 *   trigrams cannot answer), filled from the stored documents: in SQLite an
 *   FTS5 table of characters and pairs (sqlite-text-index.ts); PostgreSQL
 *   keeps its `strpos` scan and creates nothing.
 */
export function tallyAndShortSearchMigration(index: TextIndex): Migration {
  return {
    async up(db: Kysely<any>) {
      await db.schema
        .createIndex('events_dyad_tally')
        .on('events')
        .columns(['source', 'target', 'date', 'date_end', 'precision', 'quad_class', 'goldstein'])
        .execute();
      await db.schema.dropIndex('events_dyad_date').execute();
      await index.createShortQuerySchema(db);
    },
    async down(db: Kysely<any>) {
      await index.dropShortQuerySchema(db);
      await db.schema.createIndex('events_dyad_date').on('events').columns(['source', 'target', 'date', 'date_end']).execute();
      await db.schema.dropIndex('events_dyad_tally').ifExists().execute();
    },
  };
}
