import type { Place, StoredEvent } from '../../api/types.js';

/** Places by every name they go by (English, Japanese, aliases), lower-cased. The first entry of a name wins. Pure. */
export function placeIndex(places: readonly Place[]): ReadonlyMap<string, Place> {
  const index = new Map<string, Place>();
  for (const p of places) for (const n of [p.en, ...p.ja, ...p.aliases]) if (!index.has(n.toLowerCase())) index.set(n.toLowerCase(), p);
  return index;
}

/**
 * The known places an event's `location` names, in order: the field may name several, separated by commas
 * (`Rajin port, Dunai port, Tikhoretsk`). A name not in the gazetteer is skipped; so is a repeat of the place before. Pure.
 */
export function resolveLocation(location: string | null, index: ReadonlyMap<string, Place>): Place[] {
  if (!location) return [];
  const out: Place[] = [];
  for (const part of location.split(/[,;、，]/)) {
    const name = part.trim().toLowerCase();
    if (!name) continue;
    const p = index.get(name) ?? index.get(name.replace(/\s+(port|harbou?r|station)$/, ''));
    if (p && out.at(-1) !== p) out.push(p);
  }
  return out;
}

export interface PlaceMark {
  readonly place: Place;
  readonly eventIds: readonly number[];
}

export interface RouteMark {
  readonly eventId: number;
  readonly places: readonly Place[];
  readonly label: string;
}

export interface MapMarks {
  /** One point per place named alone by at least one event. */
  readonly points: readonly PlaceMark[];
  /** One route per event naming two or more known places. */
  readonly routes: readonly RouteMark[];
  /** Events with a location the gazetteer does not know. */
  readonly unplaced: readonly StoredEvent[];
  readonly withoutLocation: number;
}

/** Points, routes and the unplaced events of a set of events. Pure. */
export function mapMarks(events: readonly StoredEvent[], index: ReadonlyMap<string, Place>): MapMarks {
  const points = new Map<Place, number[]>();
  const routes: RouteMark[] = [];
  const unplaced: StoredEvent[] = [];
  let withoutLocation = 0;
  for (const e of events) {
    if (!e.location) {
      withoutLocation++;
      continue;
    }
    const ps = resolveLocation(e.location, index);
    if (ps.length === 0) unplaced.push(e);
    else if (ps.length === 1) points.set(ps[0]!, [...(points.get(ps[0]!) ?? []), e.id]);
    else routes.push({ eventId: e.id, places: ps, label: ps.map((p) => p.en).join(' → ') });
  }
  return { points: [...points].map(([place, eventIds]) => ({ place, eventIds })), routes, unplaced, withoutLocation };
}
