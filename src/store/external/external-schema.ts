import type { ColumnType, Kysely } from 'kysely';
import type { EventOrigin } from '../../interop/interop-event.js';
import type { Database, EventsTable } from '../schema.js';
import type { Store } from '../store.js';

/**
 * The events table with the columns of migration 0004-event-origin, kept
 * beside the code that uses them so the shared `Database` interface need not
 * change; `interopDb` widens a store's query builder with them.
 */
export interface OriginEventsTable extends EventsTable {
  origin: ColumnType<EventOrigin, EventOrigin | undefined, EventOrigin>;
  /** GDELT GLOBALEVENTID, ICEWS Event ID; unique per origin; null for extracted events. */
  external_id: string | null;
  lat: number | null;
  lon: number | null;
}

export type InteropDatabase = Omit<Database, 'events'> & { events: OriginEventsTable };

export function interopDb(store: Store): Kysely<InteropDatabase> {
  return store.db as unknown as Kysely<InteropDatabase>;
}
