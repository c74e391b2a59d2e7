import type { ActorCodes } from './actor-codes.js';
import { GDELT2_COLUMNS, columnIndex } from './gdelt-columns.js';
import type { InteropEvent } from './interop-event.js';

const IX = columnIndex(GDELT2_COLUMNS);

/** What the writer needs besides the event. */
export interface GdeltWriteContext {
  readonly codes: ActorCodes;
  /** GLOBALEVENTID for events that have no GDELT id of their own (e.g. Sokan's row id). */
  readonly fallbackId: number;
}

const clean = (s: string | null): string => (s ?? '').replace(/[\t\r\n]+/g, ' ');

/**
 * One event as a GDELT 2.0 row (61 tab-separated columns, no line end).
 * Fields Sokan has no value for are empty. A month- or year-precision date is
 * written as its first day (GDELT has no partial dates); DATEADDED is the
 * event date at 00:00:00. GLOBALEVENTID is the event's GDELT id when it came
 * from GDELT, else `fallbackId`. Pure.
 */
export function formatGdeltRow(e: InteropEvent, ctx: GdeltWriteContext): string {
  const out: string[] = new Array<string>(GDELT2_COLUMNS.length).fill('');
  const set = (name: string, v: string | number | null): void => void (out[IX[name]!] = v === null ? '' : clean(String(v)));
  const [y, m = '01', d = '01'] = e.date.split('-');
  const gdeltId = (e.origin === 'gdelt1' || e.origin === 'gdelt2') && e.externalId !== null && /^\d+$/.test(e.externalId);
  set('GLOBALEVENTID', gdeltId ? e.externalId : ctx.fallbackId);
  set('SQLDATE', `${y}${m}${d}`);
  set('MonthYear', `${y}${m}`);
  set('Year', y ?? '');
  set('FractionDate', (Number(y) + (Number(m) - 1) / 12 + (Number(d) - 1) / 365).toFixed(4));
  writeActor(set, 1, e.source, e.sourceName, ctx.codes);
  if (e.target !== null) writeActor(set, 2, e.target, e.targetName, ctx.codes);
  set('IsRootEvent', 1);
  set('EventCode', e.cameo);
  set('EventBaseCode', e.cameo.slice(0, 3));
  set('EventRootCode', e.cameo.slice(0, 2));
  set('QuadClass', e.quadClass);
  set('GoldsteinScale', e.goldstein);
  if (e.location !== null || e.lat !== null) {
    set('ActionGeo_FullName', e.location);
    set('ActionGeo_Lat', e.lat);
    set('ActionGeo_Long', e.lon);
  }
  set('DATEADDED', `${y}${m}${d}000000`);
  return out.join('\t');
}

function writeActor(set: (name: string, v: string | null) => void, n: 1 | 2, code: string, name: string | null, codes: ActorCodes): void {
  set(`Actor${n}Code`, code);
  set(`Actor${n}Name`, name);
  set(`Actor${n}CountryCode`, codes.toCameoCountry(code) ?? null);
  set(`Actor${n}KnownGroupCode`, codes.toCameoGroup(code) ?? null);
}
