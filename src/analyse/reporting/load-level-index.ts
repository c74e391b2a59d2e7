import { loadGazetteer } from '../../extract/actors/load-gazetteer.js';
import { buildLevelIndex, type LevelIndex } from './office-level.js';

/** Reads the gazetteer from `data/` (I/O edge) and indexes office levels by English name. */
export function loadLevelIndex(): LevelIndex {
  return buildLevelIndex(loadGazetteer().aliases.values());
}
