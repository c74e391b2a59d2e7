import type { ImportFilter } from './import-filter.js';
import { passesFilter } from './import-filter.js';
import type { InteropEvent, ParsedLine } from './interop-event.js';

/** A line that was not imported, and why. */
export interface RowProblem {
  readonly line: number;
  readonly reason: string;
}

export interface ImportSummary {
  /** Non-empty data lines read (an ICEWS header row not counted). */
  readonly rows: number;
  readonly imported: number;
  /** Events already stored under the same origin and external id. */
  readonly duplicates: number;
  /** Valid events left out by --actors/--from/--to. */
  readonly filtered: number;
  readonly skipped: readonly RowProblem[];
  readonly malformed: readonly RowProblem[];
}

/** Stores one batch in one transaction; says how many were new. */
export type EventSink = (batch: readonly InteropEvent[]) => Promise<{ readonly inserted: number }>;

/** Events per transaction. */
export const IMPORT_BATCH = 10_000;

/**
 * Drives an import: filters parsed lines, hands batches of events to the sink
 * (one transaction each) and tallies what happened to every line. Malformed
 * rows never stop the import; they are reported.
 */
export async function importEvents(
  parsed: AsyncIterable<ParsedLine>,
  filter: ImportFilter,
  sink: EventSink,
  batchSize = IMPORT_BATCH,
): Promise<ImportSummary> {
  let rows = 0;
  let imported = 0;
  let offered = 0;
  let filtered = 0;
  const skipped: RowProblem[] = [];
  const malformed: RowProblem[] = [];
  let batch: InteropEvent[] = [];
  const flush = async (): Promise<void> => {
    if (batch.length === 0) return;
    offered += batch.length;
    imported += (await sink(batch)).inserted;
    batch = [];
  };
  for await (const p of parsed) {
    rows++;
    if (p.kind === 'malformed') malformed.push({ line: p.line, reason: p.reason });
    else if (p.kind === 'skipped') skipped.push({ line: p.line, reason: p.reason });
    else if (!passesFilter(p.event, filter)) filtered++;
    else {
      batch.push(p.event);
      if (batch.length >= batchSize) await flush();
    }
  }
  await flush();
  return { rows, imported, duplicates: offered - imported, filtered, skipped, malformed };
}
