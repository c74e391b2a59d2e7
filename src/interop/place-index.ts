/** A place of data/places.json, as far as exports need it. */
export interface PlaceEntry {
  readonly en: string;
  readonly lat: number;
  readonly lon: number;
  readonly aliases?: readonly string[];
}

export type PlaceLookup = (name: string) => { readonly lat: number; readonly lon: number } | undefined;

/** English name or alias (case-insensitive) → coordinates. Pure once built. */
export function buildPlaceIndex(places: readonly PlaceEntry[]): PlaceLookup {
  const byName = new Map<string, { lat: number; lon: number }>();
  for (const p of places) {
    for (const n of [...(p.aliases ?? []), p.en]) byName.set(n.toLowerCase(), { lat: p.lat, lon: p.lon });
  }
  return (name) => byName.get(name.trim().toLowerCase());
}
