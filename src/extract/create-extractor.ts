import { readFileSync } from 'node:fs';
import { dataPath } from '../data-path.js';
import { ActorMatcher } from './actors/match-actors.js';
import { loadGazetteer } from './actors/load-gazetteer.js';
import type { Gazetteer } from './actors/gazetteer.js';
import { loadCameoTable } from './cameo-table.js';
import { loadClaimLexicon } from './claims/index.js';
import { extractDocument, type ExtractInput, type Extraction, type ExtractorParts } from './extract-document.js';
import { loadRules } from './events/event-rule.js';
import { loadCues } from './events/status-cues.js';
import { loadPlaces, PlaceMatcher } from './places/place-matcher.js';
import { loadAnniversaries } from './dates/anniversaries.js';

export interface Extractor {
  readonly gazetteer: Gazetteer;
  extract(input: ExtractInput): Extraction;
}

/** Loads every data table once (I/O edge) and returns a pure extractor. */
export function createExtractor(): Extractor {
  const gazetteer = loadGazetteer();
  const blockers = (JSON.parse(readFileSync(dataPath('actor-blockers.json'), 'utf8')) as { blockers: string[] }).blockers;
  const cameo = loadCameoTable();
  const parts: ExtractorParts = {
    actors: new ActorMatcher(gazetteer, blockers),
    places: new PlaceMatcher(loadPlaces()),
    tables: { rules: loadRules(new Set(cameo.keys())), cameo, cues: loadCues() },
    claimUnits: loadClaimLexicon(),
    anniversaries: loadAnniversaries(),
  };
  return { gazetteer, extract: (input) => extractDocument(input, parts) };
}
