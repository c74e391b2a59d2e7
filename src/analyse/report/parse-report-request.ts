/**
 * Validation of the report's options, shared by the CLI and the HTTP API.
 * Errors name the option and say what is expected. Pure.
 */
import { err, ok, type Result } from '../../core/result.js';
import { parseChoice, parseDyad, parseDyadList, parseWindow, type OptionError } from '../relations/index.js';
import type { ReportDyad, ReportOptions } from './report-input.js';

/** The third actor the dyad is compared with by default. */
export const DEFAULT_THIRD = 'CHN';

/** Without `compare`: the dyad's two sides with China (`RUS,PRK` → `CHN,PRK;CHN,RUS`), none when China is in it. */
export function defaultCompare([a, b]: ReportDyad): ReportDyad[] {
  return a === DEFAULT_THIRD || b === DEFAULT_THIRD ? [] : [[DEFAULT_THIRD, b], [DEFAULT_THIRD, a]];
}

export function parseReportRequest(raw: Readonly<Partial<Record<'dyad' | 'compare' | 'from' | 'to' | 'by', string>>>): Result<ReportOptions, OptionError> {
  if (raw.dyad === undefined || raw.dyad.trim() === '') return err({ field: 'dyad', message: 'is required: two actor codes, like RUS,PRK' });
  const dyad = parseDyad('dyad', raw.dyad);
  if (!dyad.ok) return dyad;
  const window = parseWindow(raw);
  if (!window.ok) return window;
  const granularity = parseChoice('by', raw.by, ['month', 'quarter', 'year'] as const, 'quarter');
  if (!granularity.ok) return granularity;
  let compare: ReportDyad[] = defaultCompare(dyad.value);
  if (raw.compare !== undefined) {
    if (raw.compare.trim().toLowerCase() === 'none') compare = [];
    else {
      const list = parseDyadList('compare', raw.compare);
      if (!list.ok) return list;
      compare = list.value.filter((d) => `${d[0]}-${d[1]}` !== `${dyad.value[0]}-${dyad.value[1]}`);
    }
  }
  return ok({ dyad: dyad.value, compare, from: window.value.from, to: window.value.to, granularity: granularity.value });
}

/** `sokan-report-RUS-PRK-2023-2025.html`; an open end is written `all`. */
export function defaultReportFileName(o: Pick<ReportOptions, 'dyad' | 'from' | 'to'>, ext = 'html'): string {
  return `sokan-report-${o.dyad[0]}-${o.dyad[1]}-${o.from ?? 'all'}-${o.to ?? 'all'}.${ext}`;
}
