import type { Kysely } from 'kysely';
import type { Database, EventsTable } from '../schema.js';
import type { Store } from '../store.js';

/**
 * The events table with the columns of migration 0004-event-origin (origin,
 * external_id, lat, lon), now part of the shared `Database` interface; these
 * aliases keep the interop code's names.
 */
export type OriginEventsTable = EventsTable;
export type InteropDatabase = Database;

export function interopDb(store: Store): Kysely<InteropDatabase> {
  return store.db;
}
