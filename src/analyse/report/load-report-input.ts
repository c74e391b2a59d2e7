/**
 * The report's data from a store (I/O edge): the events and claims of the
 * period, actor names, document titles and office levels. Shared by the CLI
 * and the HTTP API.
 */
import { queryClaims } from '../../store/query-claims.js';
import { queryEvents } from '../../store/query-events.js';
import type { Store } from '../../store/store.js';
import type { LevelIndex } from '../reporting/office-level.js';
import { buildReport } from './build-report.js';
import type { ReportInput, ReportOptions } from './report-input.js';
import type { Report } from './report-model.js';

export async function loadReportInput(store: Store, o: ReportOptions, levels: LevelIndex): Promise<ReportInput> {
  const window = { ...(o.from !== undefined ? { from: o.from } : {}), ...(o.to !== undefined ? { to: o.to } : {}) };
  const events = await queryEvents(store, window);
  const claims = await queryClaims(store, window);
  const actors = await store.db.selectFrom('actors').select(['code', 'name_en']).execute();
  const docs = await store.db.selectFrom('documents').select(['id', 'title']).execute();
  return {
    events,
    claims,
    names: new Map(actors.map((r) => [r.code, r.name_en])),
    titles: new Map(docs.map((d) => [d.id, d.title])),
    levels,
  };
}

/** Loads and builds the report of a dyad over a period. */
export async function loadReport(store: Store, o: ReportOptions, levels: LevelIndex): Promise<Report> {
  return buildReport(await loadReportInput(store, o, levels), o);
}
