import { readFileSync } from 'node:fs';
import { dataPath } from '../../data-path.js';
import { buildGazetteer, type Gazetteer } from './gazetteer.js';
import type { GazetteerData, TitlesData } from './gazetteer-data.js';

/** Reads `data/actors.json` and `data/titles.json` (or the given files). I/O edge. */
export function loadGazetteer(actorsFile = dataPath('actors.json'), titlesFile = dataPath('titles.json')): Gazetteer {
  const data = readJson<GazetteerData>(actorsFile);
  const titles = readJson<TitlesData>(titlesFile);
  return buildGazetteer(data, titles);
}

function readJson<T>(file: string): T {
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as T;
  } catch (e) {
    throw new Error(`cannot read gazetteer file ${file}: ${(e as Error).message}`);
  }
}
