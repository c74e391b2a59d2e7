import type { ActorCodes } from './actor-codes.js';
import { calendarDate, numberField } from './calendar-date.js';
import type { CameoLookup, InteropEvent, ParsedLine } from './interop-event.js';

/** The ICEWS columns Sokan needs; the header row must name them. */
export const ICEWS_REQUIRED = ['Event ID', 'Event Date', 'Source Name', 'Source Country', 'CAMEO Code', 'Target Name', 'Target Country'] as const;

export interface IcewsFileOptions {
  readonly cameo: CameoLookup;
  readonly codes: ActorCodes;
}

type Field = (name: string) => string;

/**
 * Parses an ICEWS event file (tab-separated, header row first: Event ID,
 * Event Date, Source Name, Source Sectors, Source Country, Event Text, CAMEO
 * Code, Intensity, Target Name, ..., Latitude, Longitude) line by line.
 * A header without the required columns makes line 1 malformed and ends the file.
 */
export async function* parseIcewsLines(lines: AsyncIterable<string>, opts: IcewsFileOptions): AsyncGenerator<ParsedLine> {
  let header: Map<string, number> | undefined;
  let width = 0;
  let line = 0;
  for await (const text of lines) {
    line++;
    if (text.trim() === '') continue;
    const fields = text.split('\t');
    if (header === undefined) {
      header = new Map(fields.map((name, i) => [name.trim(), i]));
      width = fields.length;
      const missing = ICEWS_REQUIRED.filter((c) => !header!.has(c));
      if (missing.length > 0) {
        yield { kind: 'malformed', line, reason: `header row lacks the ICEWS column(s) ${missing.map((m) => `"${m}"`).join(', ')}` };
        return;
      }
      continue;
    }
    if (fields.length !== width) {
      yield { kind: 'malformed', line, reason: `expected ${width} tab-separated columns (as the header), got ${fields.length}` };
      continue;
    }
    const ix = header;
    yield parseIcewsRow((name) => fields[ix.get(name) ?? -1]?.trim() ?? '', line, opts);
  }
}

/** One data row, its fields looked up by header name. Pure. */
export function parseIcewsRow(f: Field, line: number, opts: IcewsFileOptions): ParsedLine {
  const bad = (reason: string): ParsedLine => ({ kind: 'malformed', line, reason });
  const id = f('Event ID');
  if (id === '') return bad('empty Event ID');
  const date = calendarDate(f('Event Date'));
  if (date === undefined) return bad(`Event Date is not a date (YYYY-MM-DD): "${f('Event Date')}"`);
  const cameo = cameoOf(f('CAMEO Code'), opts.cameo);
  const code = cameo === undefined ? undefined : opts.cameo(cameo);
  if (cameo === undefined || code === undefined) return bad(`unknown CAMEO Code "${f('CAMEO Code')}"`);
  const intensity = numberField(f('Intensity'));
  if (intensity === undefined || (intensity !== null && Math.abs(intensity) > 10)) return bad(`Intensity is not a number from -10 to 10: "${f('Intensity')}"`);
  const lat = numberField(f('Latitude'));
  const lon = numberField(f('Longitude'));
  if (lat === undefined || lon === undefined || (lat === null) !== (lon === null)) {
    return bad(`Latitude/Longitude are not a coordinate pair: "${f('Latitude')}", "${f('Longitude')}"`);
  }
  const source = actorOf('Source', f, opts.codes);
  if (typeof source !== 'string') return { kind: 'skipped', line, reason: source.reason };
  const target = actorOf('Target', f, opts.codes);
  if (typeof target !== 'string') return { kind: 'skipped', line, reason: target.reason };
  const event: InteropEvent = {
    origin: 'icews',
    externalId: id,
    date,
    dateEnd: null,
    precision: 'day',
    cameo,
    quadClass: code.quadClass,
    goldstein: intensity ?? code.goldstein,
    source,
    target,
    sourceName: f('Source Name') || null,
    targetName: f('Target Name') || null,
    status: 'occurred',
    location: [f('City'), f('Province'), f('Country')].filter((p) => p !== '').join(', ') || null,
    lat,
    lon,
  };
  return { kind: 'event', line, event };
}

/** ICEWS files written from spreadsheets may have lost the leading zero (`42` for `042`). */
function cameoOf(text: string, lookup: CameoLookup): string | undefined {
  if (lookup(text) !== undefined) return text;
  const padded = /^\d{1,2}$/.test(text) ? text.padStart(3, '0') : text;
  return lookup(padded) === undefined ? undefined : padded;
}

/** The side's country, else its name when that names a country or organisation. */
function actorOf(side: 'Source' | 'Target', f: Field, codes: ActorCodes): string | { reason: string } {
  const country = f(`${side} Country`);
  const name = f(`${side} Name`);
  const code = country !== '' ? codes.fromName(country) : codes.fromName(name);
  if (code !== undefined) return code;
  return { reason: country !== '' ? `unknown ${side} Country "${country}" (add it to data/icews-countries.json)` : `${side} Name "${name}" has no country` };
}
