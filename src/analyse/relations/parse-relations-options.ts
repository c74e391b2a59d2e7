import { err, ok, type Result } from '../../core/result.js';
import type { DateWindow } from './date-window.js';
import type { Granularity } from './period.js';
import type { Dyad } from './relation-event.js';
import type { SeriesMeasure } from './lead-lag.js';

/** A bad option or query parameter: which one, and what is expected. */
export interface OptionError {
  readonly field: string;
  readonly message: string;
}

type Parsed<T> = Result<T, OptionError>;
const CODE = /^[A-Z]{2,5}$/;
const ISO_PARTIAL = /^\d{4}(?:-(?:0[1-9]|1[0-2])(?:-(?:0[1-9]|[12]\d|3[01]))?)?$/;

/** `RUS,PRK,CHN` → codes (upper-cased); at least `min` distinct ones. */
export function parseCodes(field: string, text: string, min: number): Parsed<string[]> {
  const codes = text.split(',').map((s) => s.trim().toUpperCase());
  if (codes.some((c) => !CODE.test(c)) || codes.length < min || new Set(codes).size !== codes.length) {
    return err({ field, message: `must be ${min === 2 ? 'two or more' : `at least ${min}`} distinct actor codes separated by commas, like RUS,PRK (got "${text}")` });
  }
  return ok(codes);
}

/** `RUS,PRK` → the dyad. */
export function parseDyad(field: string, text: string): Parsed<Dyad> {
  const codes = parseCodes(field, text, 2);
  if (!codes.ok || codes.value.length !== 2) return err({ field, message: `must be two actor codes separated by a comma, like RUS,PRK (got "${text}")` });
  return ok([codes.value[0]!, codes.value[1]!]);
}

/** `CHN,PRK;CHN,RUS` → dyads. */
export function parseDyadList(field: string, text: string): Parsed<Dyad[]> {
  const out: Dyad[] = [];
  for (const part of text.split(';').filter((p) => p.trim() !== '')) {
    const d = parseDyad(field, part);
    if (!d.ok) return err({ field, message: `must be dyads separated by semicolons, like CHN,PRK;CHN,RUS (got "${text}")` });
    out.push(d.value);
  }
  return out.length ? ok(out) : err({ field, message: `must name at least one dyad, like CHN,PRK;CHN,RUS (got "${text}")` });
}

export function parseChoice<T extends string>(field: string, text: string | undefined, choices: readonly T[], dflt: T): Parsed<T> {
  if (text === undefined) return ok(dflt);
  const c = choices.find((x) => x === text);
  return c ? ok(c) : err({ field, message: `must be one of ${choices.join(', ')} (got "${text}")` });
}

export function parseWindow(raw: { readonly from?: string | undefined; readonly to?: string | undefined }): Parsed<DateWindow> {
  for (const field of ['from', 'to'] as const) {
    const v = raw[field];
    if (v !== undefined && !ISO_PARTIAL.test(v)) return err({ field, message: `must be a date like 2023, 2023-09 or 2023-09-13 (got "${v}")` });
  }
  if (raw.from !== undefined && raw.to !== undefined && raw.from > `${raw.to}~`) return err({ field: 'from', message: `must not be after --to (${raw.from} > ${raw.to})` });
  return ok({ from: raw.from, to: raw.to });
}

export interface IndexRequest extends DateWindow {
  readonly actors: readonly string[];
  readonly compare: readonly Dyad[];
  readonly granularity: Granularity;
}

/** `dyad` (two codes) or `actors` (two or more), optional `compare` dyads, window and granularity. */
export function parseIndexRequest(raw: Readonly<Partial<Record<'dyad' | 'actors' | 'compare' | 'from' | 'to' | 'by', string>>>): Parsed<IndexRequest> {
  if ((raw.dyad === undefined) === (raw.actors === undefined)) return err({ field: 'dyad', message: 'give either a dyad (--dyad RUS,PRK) or a set of actors (--actors RUS,PRK,CHN)' });
  const actors = raw.dyad !== undefined ? parseDyad('dyad', raw.dyad) : parseCodes('actors', raw.actors!, 2);
  if (!actors.ok) return actors;
  const compare = raw.compare === undefined ? ok([]) : parseDyadList('compare', raw.compare);
  if (!compare.ok) return compare;
  const window = parseWindow(raw);
  if (!window.ok) return window;
  const granularity = parseChoice('by', raw.by, ['month', 'quarter', 'year'] as const, 'quarter');
  if (!granularity.ok) return granularity;
  return ok({ ...window.value, actors: actors.value, compare: compare.value, granularity: granularity.value });
}

export interface LeadLagRequest extends DateWindow {
  readonly x: Dyad;
  readonly y: Dyad;
  readonly granularity: 'month' | 'quarter';
  readonly measure: SeriesMeasure;
  readonly lags: number;
}

export const MAX_LAGS = 12;

export function parseLeadLagRequest(raw: Readonly<Partial<Record<'x' | 'y' | 'by' | 'lags' | 'measure' | 'from' | 'to', string>>>): Parsed<LeadLagRequest> {
  if (raw.x === undefined) return err({ field: 'x', message: 'is required: the leading dyad, like CHN,PRK' });
  if (raw.y === undefined) return err({ field: 'y', message: 'is required: the following dyad, like RUS,PRK' });
  const x = parseDyad('x', raw.x);
  if (!x.ok) return x;
  const y = parseDyad('y', raw.y);
  if (!y.ok) return y;
  const window = parseWindow(raw);
  if (!window.ok) return window;
  const granularity = parseChoice('by', raw.by, ['month', 'quarter'] as const, 'quarter');
  if (!granularity.ok) return granularity;
  const measure = parseChoice('measure', raw.measure, ['count', 'goldstein'] as const, 'count');
  if (!measure.ok) return measure;
  const lags = Number(raw.lags ?? '1');
  if (!Number.isInteger(lags) || lags < 1 || lags > MAX_LAGS) return err({ field: 'lags', message: `must be a whole number from 1 to ${MAX_LAGS} (got "${raw.lags}")` });
  return ok({ ...window.value, x: x.value, y: y.value, granularity: granularity.value, measure: measure.value, lags });
}
