import type { StoredInteropEvent } from './interop-event.js';

/** Flat records for CSV and JSON Lines: every stored field, origin and coordinates included. Pure. */
export function eventRecords(events: readonly StoredInteropEvent[]): Record<string, string | number | null>[] {
  return events.map((e) => ({
    id: e.id,
    origin: e.origin,
    external_id: e.externalId,
    date: e.date,
    date_end: e.dateEnd,
    precision: e.precision,
    cameo: e.cameo,
    quad_class: e.quadClass,
    goldstein: e.goldstein,
    source: e.source,
    target: e.target,
    source_name: e.sourceName,
    target_name: e.targetName,
    status: e.status,
    location: e.location,
    lat: e.lat,
    lon: e.lon,
  }));
}
