import type { Kysely } from 'kysely';

/**
 * Indexes for queries at scale (docs/scaling.md, BENCHMARKS.md "Queries at scale").
 * Written only with the schema builder, so it runs on every dialect.
 *
 * - `events_dyad_date` (source, target, date, date_end) replaces `events_dyad`
 *   (source, target), its prefix: a dyad's events come out of the index in date
 *   order within each direction, `to` bounds the range read, and the `from`
 *   test (on date_end, else date) is answered from the index too, so choosing
 *   a page of a dyad reads no table row.
 * - `events_target_date` (target, date, date_end) does the same for "events of an actor"
 *   as target (as source, `events_dyad_date` serves) and replaces `events_target`.
 * - `events_dyad_span` (source, target, date_end, date), partial: only the few
 *   events with an end date. A `from` bound is a range on `date` for the
 *   others and a range on `date_end` here (see query-events.ts).
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.createIndex('events_dyad_date').on('events').columns(['source', 'target', 'date', 'date_end']).execute();
  await db.schema.dropIndex('events_dyad').execute();
  await db.schema.createIndex('events_target_date').on('events').columns(['target', 'date', 'date_end']).execute();
  await db.schema.dropIndex('events_target').execute();
  await db.schema
    .createIndex('events_dyad_span')
    .on('events')
    .columns(['source', 'target', 'date_end', 'date'])
    .where('date_end', 'is not', null)
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropIndex('events_dyad_span').ifExists().execute();
  await db.schema.createIndex('events_target').on('events').column('target').execute();
  await db.schema.dropIndex('events_target_date').ifExists().execute();
  await db.schema.createIndex('events_dyad').on('events').columns(['source', 'target']).execute();
  await db.schema.dropIndex('events_dyad_date').ifExists().execute();
}
