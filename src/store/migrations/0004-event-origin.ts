import { sql, type Kysely } from 'kysely';

/**
 * Where an event came from (see store/external/external-schema.ts):
 * `origin` (`extracted` for every event that existed before), the id the
 * external data set gives it (`external_id`: GDELT GLOBALEVENTID, ICEWS
 * Event ID; unique per origin, null for extracted events) and the place's
 * coordinates when the source gives them (`lat`, `lon`, WGS84).
 * SQLite allows a CHECK on an added column; the existing rows take the default.
 */
export const EVENT_ORIGINS = ['extracted', 'gdelt1', 'gdelt2', 'icews', 'manual'] as const;

export async function up(db: Kysely<any>): Promise<void> {
  const origins = sql.join(EVENT_ORIGINS.map((o) => sql.lit(o)));
  await db.schema
    .alterTable('events')
    .addColumn('origin', 'text', (c) => c.notNull().defaultTo('extracted').check(sql`origin in (${origins})`))
    .execute();
  await db.schema.alterTable('events').addColumn('external_id', 'text').execute();
  await db.schema.alterTable('events').addColumn('lat', 'real').execute();
  await db.schema.alterTable('events').addColumn('lon', 'real').execute();
  // Serves both "events of one origin" and the duplicate check on re-import
  // (NULL external ids of extracted events never collide).
  await db.schema
    .createIndex('events_origin_external')
    .on('events')
    .columns(['origin', 'external_id'])
    .unique()
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropIndex('events_origin_external').ifExists().execute();
  for (const column of ['lon', 'lat', 'external_id', 'origin']) {
    await db.schema.alterTable('events').dropColumn(column).execute();
  }
}
