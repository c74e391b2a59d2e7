import { readFileSync } from 'node:fs';
import { dataPath } from '../../data-path.js';
import { SurfaceTrie } from '../surface-trie.js';

export interface Place {
  readonly en: string;
  readonly ja: readonly string[];
  readonly country: string;
  readonly lat: number;
  readonly lon: number;
  readonly kind: string;
}

export interface PlaceMention {
  readonly start: number;
  readonly end: number;
  readonly place: Place;
}

/** Finds gazetteer places (data/places.json) in text, longest match first. */
export class PlaceMatcher {
  private readonly trie = new SurfaceTrie<Place>();

  constructor(places: readonly Place[]) {
    for (const p of places) {
      for (const s of [...p.ja, p.en]) if (s.length >= 2) this.trie.add(s.normalize('NFKC'), p);
    }
  }

  find(text: string, base: number): PlaceMention[] {
    const out: PlaceMention[] = [];
    for (let i = 0; i < text.length; ) {
      const hit = this.trie.longestAt(text, i);
      if (!hit || (/[A-Za-z]/.test(text[i]!) && i > 0 && /[A-Za-z]/.test(text[i - 1]!))) {
        i++;
        continue;
      }
      out.push({ start: base + i, end: base + hit.end, place: hit.value });
      i = hit.end;
    }
    return out;
  }
}

export function loadPlaces(file = dataPath('places.json')): Place[] {
  try {
    return (JSON.parse(readFileSync(file, 'utf8')) as { places: Place[] }).places;
  } catch (e) {
    throw new Error(`cannot read places file ${file}: ${(e as Error).message}`);
  }
}
