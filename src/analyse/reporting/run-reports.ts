/**
 * The reporting analyses over a store: query, then the pure function. Shared
 * by the CLI and the HTTP API (I/O edge).
 */
import { err, ok, type Result } from '../../core/result.js';
import type { Extractor } from '../../extract/create-extractor.js';
import { getAchAnalysis } from '../../store/ach/index.js';
import { queryClaims, type ClaimQuery } from '../../store/query-claims.js';
import { queryEvents } from '../../store/query-events.js';
import type { Store } from '../../store/store.js';
import { achReport, type AchReport } from './ach-report.js';
import { claimsTracker, type ClaimGroup, type ClaimsTrackerOptions } from './claims-tracker.js';
import { exchangeCounts, type ExchangeCountRow } from './exchange-counts.js';
import { loadNarrativeDocument } from './narrative-documents.js';
import { narrativeComparison, type NarrativeComparison, type NarrativeOptions } from './narrative-comparison.js';
import type { LevelIndex } from './office-level.js';
import type { DyadPeriod } from './parse-report-options.js';
import { summitTable, type SummitRow } from './summit-table.js';

export async function runSummits(store: Store, levels: LevelIndex, q: DyadPeriod): Promise<SummitRow[]> {
  const events = await queryEvents(store, { dyad: q.dyad, from: q.period.from, to: q.period.to });
  return summitTable(events, q.dyad, q.period, { levels });
}

export async function runExchanges(store: Store, levels: LevelIndex, q: DyadPeriod & { byYear?: boolean }): Promise<ExchangeCountRow[]> {
  const events = await queryEvents(store, { dyad: q.dyad, from: q.period.from, to: q.period.to });
  return exchangeCounts(events, q.dyad, { levels, period: q.period, byYear: q.byYear ?? true });
}

export async function runClaims(store: Store, q: ClaimQuery, opts: ClaimsTrackerOptions = {}): Promise<ClaimGroup[]> {
  return claimsTracker(await queryClaims(store, q), opts);
}

export async function runNarratives(
  store: Store,
  extractor: Extractor,
  refs: { a: string; b: string },
  opts: NarrativeOptions,
): Promise<Result<NarrativeComparison, { field: 'a' | 'b'; message: string }>> {
  const a = await loadNarrativeDocument(store, extractor, refs.a);
  if (!a.ok) return err({ field: 'a', message: a.error });
  const b = await loadNarrativeDocument(store, extractor, refs.b);
  if (!b.ok) return err({ field: 'b', message: b.error });
  return ok(narrativeComparison(a.value, b.value, opts));
}

export async function runAch(store: Store, id: number): Promise<AchReport | null> {
  const full = await getAchAnalysis(store, id);
  return full === null ? null : achReport(full);
}
