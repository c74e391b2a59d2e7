import { sql, type Kysely } from 'kysely';

/**
 * Fewer index entries per event row (BENCHMARKS.md "GDELT import", "The
 * writer"). Written only with the schema builder, so it runs on every dialect
 * (SQLite and PostgreSQL both have partial indexes).
 *
 * - `events_cameo` is dropped: no query used it (the CAMEO filter compares a
 *   prefix, `substr(cameo, 1, n)`, which no index on `cameo` answers), so it
 *   was pure write cost.
 * - `events_dedup_key` keeps only rows without an external id (extracted and
 *   manual events). Imported events carry their origin in their key and are
 *   never a merge target; the merge lookup says `external_id is null`, the
 *   index's condition, so the planner still uses it.
 * - `events_origin_external`, unique, keeps only rows with an external id:
 *   extracted events (all `NULL`, which never collide) no longer add an entry.
 *   Imports say `on conflict (origin, external_id) where external_id is not
 *   null`, which names this partial index.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.dropIndex('events_cameo').execute();
  await db.schema.dropIndex('events_dedup_key').execute();
  await db.schema.createIndex('events_dedup_key').on('events').column('dedup_key').where(sql.ref('external_id'), 'is', null).execute();
  await db.schema.dropIndex('events_origin_external').execute();
  await db.schema
    .createIndex('events_origin_external')
    .on('events')
    .columns(['origin', 'external_id'])
    .unique()
    .where('external_id', 'is not', null)
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropIndex('events_origin_external').ifExists().execute();
  await db.schema.createIndex('events_origin_external').on('events').columns(['origin', 'external_id']).unique().execute();
  await db.schema.dropIndex('events_dedup_key').ifExists().execute();
  await db.schema.createIndex('events_dedup_key').on('events').column('dedup_key').execute();
  await db.schema.createIndex('events_cameo').on('events').column('cameo').execute();
}
