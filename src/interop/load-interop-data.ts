import { readFileSync } from 'node:fs';
import { dataPath } from '../data-path.js';
import { loadCameoTable } from '../extract/cameo-table.js';
import { buildActorCodes, type ActorCodes } from './actor-codes.js';
import type { CameoLookup } from './interop-event.js';
import { buildPlaceIndex, type PlaceEntry, type PlaceLookup } from './place-index.js';

/** The data tables interop needs, read from data/ (I/O edge). */
export interface InteropData {
  readonly cameo: CameoLookup;
  readonly codes: ActorCodes;
  readonly places: PlaceLookup;
}

const readJson = (name: string): unknown => JSON.parse(readFileSync(dataPath(name), 'utf8'));

export function loadInteropData(): InteropData {
  const table = loadCameoTable();
  const actors = readJson('actors.json') as { states: { code: string; en: string; aliases?: string[] }[]; organisations: { code: string; en: string; aliases?: string[] }[] };
  const icews = readJson('icews-countries.json') as { countries: Record<string, string> };
  const places = readJson('places.json') as { places: PlaceEntry[] };
  return {
    cameo: (code) => table.get(code),
    codes: buildActorCodes({ states: actors.states, organisations: actors.organisations, icewsCountries: icews.countries }),
    places: buildPlaceIndex(places.places),
  };
}
