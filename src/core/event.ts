import type { ActorCode } from './actor.js';
import type { DatePrecision } from './partial-date.js';
import type { Span } from './span.js';

export type EventStatus = 'occurred' | 'planned' | 'cancelled' | 'alleged';
export type QuadClass = 1 | 2 | 3 | 4;
export type ReviewState = 'unreviewed' | 'confirmed' | 'corrected' | 'rejected';

/** Where an event comes from: extracted from a document, imported from a public dataset, or added by an analyst. */
export type EventOrigin = 'extracted' | 'gdelt1' | 'gdelt2' | 'icews' | 'manual';
export const EVENT_ORIGINS: readonly EventOrigin[] = ['extracted', 'gdelt1', 'gdelt2', 'icews', 'manual'];

/** One event as extracted from one document. */
export interface ExtractedEvent {
  readonly date: string; // ISO partial
  readonly dateEnd: string | null;
  readonly precision: DatePrecision;
  readonly cameo: string;
  readonly quadClass: QuadClass;
  readonly goldstein: number;
  readonly source: ActorCode;
  readonly target: ActorCode | null;
  readonly sourceName: string | null;
  readonly targetName: string | null;
  readonly status: EventStatus;
  readonly location: string | null;
  /** Exact substring of the normalised text. */
  readonly quote: string;
  /** Span of the quote in the ORIGINAL text. */
  readonly span: Span;
  /** Id of the rule that produced it (for `sokan explain`). */
  readonly rule: string;
}

export interface ExtractedClaim {
  readonly subject: string;
  readonly low: number;
  readonly high: number | null;
  readonly unit: string;
  readonly claimant: ActorCode | null;
  readonly claimantName: string | null;
  readonly date: string | null;
  readonly period: string | null;
  readonly quote: string;
  readonly span: Span;
  readonly rule: string;
}
