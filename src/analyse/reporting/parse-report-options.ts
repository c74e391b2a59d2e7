/**
 * Validation of the options the reporting analyses take, shared by the CLI and
 * the HTTP API. Errors name the option and say what is expected. Pure.
 */
import { parseEventFilters } from '../../app/parse-event-filters.js';
import { err, ok, type Result } from '../../core/result.js';
import type { Period } from './iso-period.js';
import type { Dyad } from './report-event.js';

export interface OptionError {
  readonly field: string;
  readonly message: string;
}

export interface DyadPeriod {
  readonly dyad: Dyad;
  readonly period: Period;
}

export function parseDyadPeriod(o: { dyad?: string | undefined; from?: string | undefined; to?: string | undefined }): Result<DyadPeriod, OptionError> {
  if (o.dyad === undefined || o.dyad.trim() === '') return err({ field: 'dyad', message: 'is required: two actor codes, like RUS,PRK' });
  const parsed = parseEventFilters({ dyad: o.dyad, from: o.from, to: o.to });
  if (!parsed.ok) return err(parsed.error);
  const q = parsed.value;
  if (q.from !== undefined && q.to !== undefined && q.from > q.to) return err({ field: 'from', message: `is after --to (${q.from} > ${q.to})` });
  return ok({ dyad: q.dyad!, period: { from: q.from, to: q.to } });
}

/** A number in [0, 1]. */
export function parseScore(field: string, raw: string | undefined, dflt: number): Result<number, OptionError> {
  if (raw === undefined) return ok(dflt);
  const n = Number(raw);
  if (raw.trim() === '' || !Number.isFinite(n) || n < 0 || n > 1) return err({ field, message: `must be a number from 0 to 1 (got "${raw}")` });
  return ok(n);
}

/** A whole number ≥ 1 (an id). */
export function parseId(field: string, raw: string | undefined): Result<number, OptionError> {
  const n = Number(raw);
  if (raw === undefined || !/^\d+$/.test(raw.trim()) || n < 1) return err({ field, message: `must be a whole number id (got "${raw ?? ''}")` });
  return ok(n);
}

export function parseDateOption(field: string, raw: string | undefined): Result<string | undefined, OptionError> {
  if (raw === undefined) return ok(undefined);
  return /^\d{4}(?:-\d{2}(?:-\d{2})?)?$/.test(raw) ? ok(raw) : err({ field, message: `must be a date like 2023, 2023-09 or 2023-09-13 (got "${raw}")` });
}

/** `120:180` → a span. */
export function parseSpan(field: string, raw: string | undefined): Result<{ start: number; end: number } | undefined, OptionError> {
  if (raw === undefined) return ok(undefined);
  const m = /^(\d+):(\d+)$/.exec(raw.trim());
  if (!m || Number(m[1]) > Number(m[2])) return err({ field, message: `must be START:END character offsets with START ≤ END (got "${raw}")` });
  return ok({ start: Number(m[1]), end: Number(m[2]) });
}

export function oneOfOption<T extends string>(field: string, raw: string | undefined, values: readonly T[], dflt: T): Result<T, OptionError> {
  if (raw === undefined) return ok(dflt);
  const v = values.find((x) => x === raw);
  return v === undefined ? err({ field, message: `must be one of ${values.join(', ')} (got "${raw}")` }) : ok(v);
}
