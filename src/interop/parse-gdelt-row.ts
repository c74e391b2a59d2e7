import type { QuadClass } from '../core/event.js';
import type { ActorCodes } from './actor-codes.js';
import { calendarDate, numberField } from './calendar-date.js';
import { acceptedWidths, columnIndex, GDELT1_COLUMNS, GDELT2_COLUMNS, type GdeltVersion } from './gdelt-columns.js';
import type { CameoLookup, ParsedLine } from './interop-event.js';

const COLUMNS = { 1: columnIndex(GDELT1_COLUMNS), 2: columnIndex(GDELT2_COLUMNS) } as const;

export interface GdeltRowContext {
  readonly version: GdeltVersion;
  readonly cameo: CameoLookup;
  readonly codes: ActorCodes;
}

/**
 * One tab-separated row of a GDELT event export → an event, or why not.
 * Checks the column count of the version, SQLDATE (a real day), the CAMEO
 * EventCode (known to data/cameo-codes.tsv), QuadClass and GoldsteinScale
 * (numbers in range; empty → the CAMEO table's), coordinates. Pure.
 */
export function parseGdeltRow(fields: readonly string[], line: number, ctx: GdeltRowContext): ParsedLine {
  const widths = acceptedWidths(ctx.version);
  if (!widths.includes(fields.length)) {
    return bad(line, `expected ${widths.join(' or ')} tab-separated columns (GDELT ${ctx.version}.0), got ${fields.length}`);
  }
  const ix = COLUMNS[ctx.version];
  const f = (name: string): string => fields[ix[name]!] ?? '';
  const id = f('GLOBALEVENTID');
  if (!/^\d+$/.test(id)) return bad(line, `GLOBALEVENTID is not a number: "${id}"`);
  const date = calendarDate(f('SQLDATE'));
  if (date === undefined || f('SQLDATE').length !== 8) return bad(line, `SQLDATE is not a date (YYYYMMDD): "${f('SQLDATE')}"`);
  const cameo = f('EventCode');
  const code = ctx.cameo(cameo);
  if (code === undefined) return bad(line, `unknown CAMEO EventCode "${cameo}"`);
  const quad = numberField(f('QuadClass'));
  if (quad === undefined || (quad !== null && ![1, 2, 3, 4].includes(quad))) return bad(line, `QuadClass is not 1 to 4: "${f('QuadClass')}"`);
  const goldstein = numberField(f('GoldsteinScale'));
  if (goldstein === undefined || (goldstein !== null && Math.abs(goldstein) > 10)) {
    return bad(line, `GoldsteinScale is not a number from -10 to 10: "${f('GoldsteinScale')}"`);
  }
  const lat = numberField(f('ActionGeo_Lat'));
  const lon = numberField(f('ActionGeo_Long'));
  if (lat === undefined || lon === undefined || (lat === null) !== (lon === null)) {
    return bad(line, `ActionGeo_Lat/ActionGeo_Long are not a coordinate pair: "${f('ActionGeo_Lat')}", "${f('ActionGeo_Long')}"`);
  }
  const source = actorOf(1, f, ctx.codes);
  if (source === null) return { kind: 'skipped', line, reason: 'no Actor1 (source) code' };
  const target = actorOf(2, f, ctx.codes);
  return {
    kind: 'event',
    line,
    event: {
      origin: ctx.version === 1 ? 'gdelt1' : 'gdelt2',
      externalId: id,
      date,
      dateEnd: null,
      precision: 'day',
      cameo,
      quadClass: (quad ?? code.quadClass) as QuadClass,
      goldstein: goldstein ?? code.goldstein,
      source,
      target,
      sourceName: f('Actor1Name') || null,
      targetName: target === null ? null : f('Actor2Name') || null,
      status: 'occurred',
      location: f('ActionGeo_FullName') || null,
      lat,
      lon,
    },
  };
}

/** CountryCode, else KnownGroupCode, else the whole code if it is an organisation, else its first 3 letters. */
function actorOf(n: 1 | 2, f: (name: string) => string, codes: ActorCodes): string | null {
  const country = f(`Actor${n}CountryCode`);
  if (country !== '') return codes.fromCameoCountry(country);
  const group = f(`Actor${n}KnownGroupCode`);
  if (group !== '') return codes.fromCameoGroup(group);
  const code = f(`Actor${n}Code`);
  if (code === '') return null;
  if (codes.isOrganisation(code)) return code;
  return codes.fromCameoCountry(code.slice(0, 3));
}

const bad = (line: number, reason: string): ParsedLine => ({ kind: 'malformed', line, reason });
