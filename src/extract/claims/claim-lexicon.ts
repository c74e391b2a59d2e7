import { readFileSync } from 'node:fs';
import { dataPath } from '../../data-path.js';

/**
 * The compiled form of `data/claim-units.json`: counters and nouns mapped to
 * canonical units. Compiling is pure (`compileClaimLexicon`); only
 * `loadClaimLexicon` reads the file.
 */
export interface CounterRule {
  readonly counter: string;
  /** Default unit, or null when only a matching noun gives one. */
  readonly unit: string | null;
  /** Nouns that refine the unit, longest first. */
  readonly nouns: ReadonlyArray<readonly [string, string]>;
  readonly scale: number;
  readonly notFollowedBy: readonly string[];
  readonly maxValue: number;
}

export interface EnglishNounRule {
  readonly noun: string;
  readonly unit: string;
  readonly scale: number;
}

export interface ClaimLexicon {
  readonly counters: ReadonlyMap<string, CounterRule>;
  /** Sticky: optional space then the longest counter at `lastIndex`. */
  readonly counterRe: RegExp;
  readonly englishNouns: ReadonlyMap<string, EnglishNounRule>;
  /** Sticky: a space, up to two modifier words, then an English unit noun. */
  readonly englishNounRe: RegExp;
  readonly nounSets: ReadonlyMap<string, ReadonlyArray<readonly [string, string]>>;
  /** Table header word → unit, or `@set` for a unit chosen by nouns. */
  readonly tableColumns: ReadonlyMap<string, string>;
  readonly tableHeaderRe: RegExp;
  readonly currencyPrefixes: ReadonlyMap<string, string>;
}

interface CounterJson {
  counter: string[];
  unit: string | null;
  nouns?: Record<string, string>;
  nounSet?: string;
  scale?: number;
  notFollowedBy?: string[];
  maxValue?: number;
}

export interface ClaimUnitsJson {
  nounSets: Record<string, Record<string, string>>;
  ja: CounterJson[];
  en: Array<{ nouns: string[]; unit: string; scale?: number }>;
  tableColumns: Record<string, string>;
  currencyPrefixes: Record<string, string>;
}

const escapeRe = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const longestFirst = (a: string, b: string): number => b.length - a.length;
const entriesLongestFirst = (o: Record<string, string>): Array<readonly [string, string]> =>
  Object.entries(o).sort((a, b) => longestFirst(a[0], b[0]));

export function compileClaimLexicon(json: ClaimUnitsJson): ClaimLexicon {
  const nounSets = new Map(Object.entries(json.nounSets).map(([k, v]) => [k, entriesLongestFirst(v)] as const));
  const counters = new Map<string, CounterRule>();
  for (const c of json.ja) {
    if (c.nounSet !== undefined && !nounSets.has(c.nounSet)) throw new Error(`claim-units: unknown nounSet ${c.nounSet}`);
    const nouns = [...(c.nounSet ? nounSets.get(c.nounSet)! : []), ...entriesLongestFirst(c.nouns ?? {})].sort((a, b) =>
      longestFirst(a[0], b[0]),
    );
    for (const counter of c.counter) {
      counters.set(counter, {
        counter,
        unit: c.unit,
        nouns,
        scale: c.scale ?? 1,
        notFollowedBy: c.notFollowedBy ?? [],
        maxValue: c.maxValue ?? Infinity,
      });
    }
  }
  const englishNouns = new Map<string, EnglishNounRule>();
  for (const e of json.en) {
    for (const noun of e.nouns) englishNouns.set(noun.toLowerCase(), { noun, unit: e.unit, scale: e.scale ?? 1 });
  }
  const counterAlt = [...counters.keys()].sort(longestFirst).map(escapeRe).join('|');
  const nounAlt = [...englishNouns.keys()].sort(longestFirst).map(escapeRe).join('|');
  const headerAlt = Object.keys(json.tableColumns).sort(longestFirst).map(escapeRe).join('|');
  return {
    counters,
    counterRe: new RegExp(`\\s?(${counterAlt})`, 'y'),
    englishNouns,
    englishNounRe: new RegExp(`\\s(?:[A-Za-z][A-Za-z-]*\\s){0,2}?(${nounAlt})(?![A-Za-z])`, 'iy'),
    nounSets,
    tableColumns: new Map(Object.entries(json.tableColumns)),
    tableHeaderRe: new RegExp(`(?:(?:${headerAlt})[\\s、/・]?){2,12}`, 'g'),
    currencyPrefixes: new Map(Object.entries(json.currencyPrefixes)),
  };
}

let cached: ClaimLexicon | null = null;

/** The lexicon of the package's `data/claim-units.json`, read once. */
export function loadClaimLexicon(file?: string): ClaimLexicon {
  if (file !== undefined) return compileClaimLexicon(JSON.parse(readFileSync(file, 'utf8')) as ClaimUnitsJson);
  cached ??= compileClaimLexicon(JSON.parse(readFileSync(dataPath('claim-units.json'), 'utf8')) as ClaimUnitsJson);
  return cached;
}
