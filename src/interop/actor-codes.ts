import type { ActorCode } from '../core/actor.js';

/**
 * CAMEO country codes that differ from ISO 3166-1 alpha-3 (GDELT's
 * Actor1CountryCode is a CAMEO code; almost all of them ARE ISO codes:
 * RUS, PRK, CHN, KOR, USA, JPN...). Regions (AFR, EUR, ASA...) pass through.
 */
export const CAMEO_COUNTRY_TO_ISO: Readonly<Record<string, string>> = {
  ROM: 'ROU', // Romania
  TMP: 'TLS', // East Timor
  ZAR: 'COD', // Zaire / DR Congo
  BUR: 'MMR', // Burma
};

/**
 * CAMEO known-group codes (GDELT Actor1KnownGroupCode) → Sokan organisation codes.
 * Groups not listed keep their CAMEO code.
 */
export const CAMEO_GROUP_TO_SOKAN: Readonly<Record<string, string>> = {
  UNO: 'UNO',
  NAT: 'NATO',
  EEC: 'EU',
  ASN: 'ASEAN',
};

/** Name and code data the mapping is built from (data/actors.json, data/icews-countries.json). */
export interface ActorCodeData {
  readonly states: readonly { readonly code: string; readonly en: string; readonly aliases?: readonly string[] }[];
  readonly organisations: readonly { readonly code: string; readonly en: string; readonly aliases?: readonly string[] }[];
  /** ICEWS country name → code. */
  readonly icewsCountries: Readonly<Record<string, string>>;
}

/** Maps the actor codes and names of other data sets to Sokan's codes. Pure once built. */
export interface ActorCodes {
  /** A CAMEO country code (3 letters) → Sokan code. */
  fromCameoCountry(code: string): ActorCode;
  /** A CAMEO known-group code → Sokan code. */
  fromCameoGroup(code: string): ActorCode;
  /** An English country or organisation name (ICEWS) → Sokan code, if known. */
  fromName(name: string): ActorCode | undefined;
  /** Whether the code is one of Sokan's organisation codes (NATO, SCO, BRICS...). */
  isOrganisation(code: string): boolean;
  /** Sokan code → the CAMEO country code to write, if it is a 3-letter country code. */
  toCameoCountry(code: ActorCode): string | undefined;
  /** Sokan code → the CAMEO known-group code to write, if there is one. */
  toCameoGroup(code: ActorCode): string | undefined;
}

const isLatin = (s: string): boolean => /^[\p{Script=Latin}\p{P}\p{Zs}\d]+$/u.test(s);

export function buildActorCodes(data: ActorCodeData): ActorCodes {
  const names = new Map<string, string>();
  for (const e of [...data.states, ...data.organisations]) {
    for (const n of [e.en, e.code, ...(e.aliases ?? []).filter(isLatin)]) names.set(n.toLowerCase(), e.code);
  }
  for (const [n, code] of Object.entries(data.icewsCountries)) names.set(n.toLowerCase(), code);
  const orgs = new Set(data.organisations.map((o) => o.code));
  const isoToCameo = new Map(Object.entries(CAMEO_COUNTRY_TO_ISO).map(([c, iso]) => [iso, c]));
  const groupOf = new Map(Object.entries(CAMEO_GROUP_TO_SOKAN).map(([g, code]) => [code, g]));
  return {
    fromCameoCountry: (code) => CAMEO_COUNTRY_TO_ISO[code] ?? code,
    fromCameoGroup: (code) => CAMEO_GROUP_TO_SOKAN[code] ?? code,
    fromName: (name) => names.get(name.trim().toLowerCase()),
    isOrganisation: (code) => orgs.has(code),
    toCameoCountry: (code) => (orgs.has(code) || groupOf.has(code) || !/^[A-Z]{3}$/.test(code) ? undefined : isoToCameo.get(code) ?? code),
    toCameoGroup: (code) => groupOf.get(code),
  };
}
