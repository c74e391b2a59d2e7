/** What the report builder reads: plain data, loaded by `loadReportInput` or built by hand in tests. */
import type { Granularity, RelationEvent } from '../relations/index.js';
import type { TrackedClaim } from '../reporting/claims-tracker.js';
import type { LevelIndex } from '../reporting/office-level.js';
import type { ReportEvent } from '../reporting/report-event.js';

/** A stored event as both the relations and the reporting analyses read it (`StoredEvent` fits). */
export type ReportInputEvent = RelationEvent & ReportEvent;

/** An ordered pair of actor codes. */
export type ReportDyad = readonly [string, string];

export interface ReportInput {
  /** Every event of the period, of any actors (the comparison and network need more than the dyad). */
  readonly events: readonly ReportInputEvent[];
  /** Claims of the period; the report keeps those about both actors of the dyad. */
  readonly claims: readonly TrackedClaim[];
  /** Actor code → display name. */
  readonly names: ReadonlyMap<string, string>;
  /** Document id → title, for footnotes. */
  readonly titles: ReadonlyMap<number, string | null>;
  /** Office levels from the gazetteer (summits, exchanges). */
  readonly levels: LevelIndex;
}

export interface ReportOptions {
  readonly dyad: ReportDyad;
  /** Dyads compared with it; the first is also the leading series of the lead–lag test. */
  readonly compare: readonly ReportDyad[];
  readonly from?: string | undefined;
  readonly to?: string | undefined;
  readonly granularity: Granularity;
}
