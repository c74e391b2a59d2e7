import type { PlaceLookup } from './place-index.js';
import type { StoredInteropEvent } from './interop-event.js';

export interface GeoJsonFeature {
  readonly type: 'Feature';
  readonly id: number;
  readonly geometry: { readonly type: 'Point'; readonly coordinates: readonly [number, number] };
  readonly properties: Readonly<Record<string, string | number | null>>;
}

export interface GeoJsonCollection {
  readonly type: 'FeatureCollection';
  readonly features: readonly GeoJsonFeature[];
}

/**
 * Events with a place as a GeoJSON FeatureCollection (RFC 7946: coordinates
 * are [longitude, latitude]). The place is the event's own coordinates when
 * it has them (imported events), else its location's English name looked up
 * in the place gazetteer; events with neither are left out. Pure.
 */
export function toGeoJson(events: readonly StoredInteropEvent[], places: PlaceLookup): GeoJsonCollection {
  const features: GeoJsonFeature[] = [];
  for (const e of events) {
    const point = e.lat !== null && e.lon !== null ? { lat: e.lat, lon: e.lon } : e.location === null ? undefined : places(e.location);
    if (point === undefined) continue;
    features.push({
      type: 'Feature',
      id: e.id,
      geometry: { type: 'Point', coordinates: [point.lon, point.lat] },
      properties: {
        origin: e.origin,
        external_id: e.externalId,
        date: e.date,
        date_end: e.dateEnd,
        cameo: e.cameo,
        quad_class: e.quadClass,
        goldstein: e.goldstein,
        source: e.source,
        target: e.target,
        source_name: e.sourceName,
        target_name: e.targetName,
        status: e.status,
        location: e.location,
      },
    });
  }
  return { type: 'FeatureCollection', features };
}
