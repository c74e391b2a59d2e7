import type { QuadClass } from '../core/event.js';
import type { ActorCodes } from './actor-codes.js';
import { calendarDate, numberField } from './calendar-date.js';
import { acceptedWidths, columnIndex, GDELT1_COLUMNS, GDELT2_COLUMNS, type GdeltVersion } from './gdelt-columns.js';
import type { CameoLookup, ParsedLine } from './interop-event.js';

/** Where one actor's columns are. */
interface ActorColumns {
  readonly code: number;
  readonly name: number;
  readonly country: number;
  readonly group: number;
}

/** The positions of the columns a row is read from, resolved once per version (not a name lookup per field). */
interface RowColumns {
  readonly widths: readonly number[];
  readonly id: number;
  readonly sqlDate: number;
  readonly eventCode: number;
  readonly quadClass: number;
  readonly goldstein: number;
  readonly lat: number;
  readonly lon: number;
  readonly place: number;
  readonly actors: { readonly 1: ActorColumns; readonly 2: ActorColumns };
}

function rowColumns(version: GdeltVersion, columns: readonly string[]): RowColumns {
  const ix = columnIndex(columns);
  const at = (name: string): number => ix[name]!;
  const actor = (n: 1 | 2): ActorColumns => ({
    code: at(`Actor${n}Code`),
    name: at(`Actor${n}Name`),
    country: at(`Actor${n}CountryCode`),
    group: at(`Actor${n}KnownGroupCode`),
  });
  return {
    widths: acceptedWidths(version),
    id: at('GLOBALEVENTID'),
    sqlDate: at('SQLDATE'),
    eventCode: at('EventCode'),
    quadClass: at('QuadClass'),
    goldstein: at('GoldsteinScale'),
    lat: at('ActionGeo_Lat'),
    lon: at('ActionGeo_Long'),
    place: at('ActionGeo_FullName'),
    actors: { 1: actor(1), 2: actor(2) },
  };
}

const COLUMNS = { 1: rowColumns(1, GDELT1_COLUMNS), 2: rowColumns(2, GDELT2_COLUMNS) } as const;

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
  return parseGdeltFields(fields.length, (i) => fields[i] ?? '', line, ctx);
}

/**
 * parseGdeltRow on a row given as its number of fields and a function from a
 * field's position to its text ('' past the end), so that a line need not be
 * split into all its fields first (see TabFields).
 */
export function parseGdeltFields(width: number, f: (i: number) => string, line: number, ctx: GdeltRowContext): ParsedLine {
  const c = COLUMNS[ctx.version];
  if (!c.widths.includes(width)) {
    return bad(line, `expected ${c.widths.join(' or ')} tab-separated columns (GDELT ${ctx.version}.0), got ${width}`);
  }
  const id = f(c.id);
  if (!/^\d+$/.test(id)) return bad(line, `GLOBALEVENTID is not a number: "${id}"`);
  const sqlDate = f(c.sqlDate);
  const date = sqlDate.length === 8 ? calendarDate(sqlDate) : undefined;
  if (date === undefined) return bad(line, `SQLDATE is not a date (YYYYMMDD): "${sqlDate}"`);
  const cameo = f(c.eventCode);
  const code = ctx.cameo(cameo);
  if (code === undefined) return bad(line, `unknown CAMEO EventCode "${cameo}"`);
  const quad = numberField(f(c.quadClass));
  if (quad === undefined || (quad !== null && quad !== 1 && quad !== 2 && quad !== 3 && quad !== 4)) return bad(line, `QuadClass is not 1 to 4: "${f(c.quadClass)}"`);
  const goldstein = numberField(f(c.goldstein));
  if (goldstein === undefined || (goldstein !== null && Math.abs(goldstein) > 10)) {
    return bad(line, `GoldsteinScale is not a number from -10 to 10: "${f(c.goldstein)}"`);
  }
  const lat = numberField(f(c.lat));
  const lon = numberField(f(c.lon));
  if (lat === undefined || lon === undefined || (lat === null) !== (lon === null)) {
    return bad(line, `ActionGeo_Lat/ActionGeo_Long are not a coordinate pair: "${f(c.lat)}", "${f(c.lon)}"`);
  }
  const source = actorOf(c.actors[1], f, ctx.codes);
  if (source === null) return { kind: 'skipped', line, reason: 'no Actor1 (source) code' };
  const target = actorOf(c.actors[2], f, ctx.codes);
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
      sourceName: f(c.actors[1].name) || null,
      targetName: target === null ? null : f(c.actors[2].name) || null,
      status: 'occurred',
      location: f(c.place) || null,
      lat,
      lon,
    },
  };
}

/** CountryCode, else KnownGroupCode, else the whole code if it is an organisation, else its first 3 letters. */
function actorOf(a: ActorColumns, f: (i: number) => string, codes: ActorCodes): string | null {
  const country = f(a.country);
  if (country !== '') return codes.fromCameoCountry(country);
  const group = f(a.group);
  if (group !== '') return codes.fromCameoGroup(group);
  const code = f(a.code);
  if (code === '') return null;
  if (codes.isOrganisation(code)) return code;
  return codes.fromCameoCountry(code.slice(0, 3));
}

const bad = (line: number, reason: string): ParsedLine => ({ kind: 'malformed', line, reason });
