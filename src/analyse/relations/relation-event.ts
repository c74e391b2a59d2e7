import type { ActorCode } from '../../core/actor.js';
import type { EventStatus, QuadClass } from '../../core/event.js';
import type { DatePrecision } from '../../core/partial-date.js';
import type { Span } from '../../core/span.js';

/** Where an event was read: enough to open the document at the quote. */
export interface RelationSource {
  readonly documentId: number;
  readonly fileName: string;
  readonly quote: string;
  /** In the document's ORIGINAL text. */
  readonly span: Span;
}

/**
 * The fields of a stored event the relations analyses read. A `StoredEvent`
 * from the store fits it as is; tests build these by hand.
 */
export interface RelationEvent {
  readonly id: number;
  /** ISO partial date: `2023`, `2023-09`, `2023-09-13`. */
  readonly date: string;
  readonly dateEnd: string | null;
  readonly precision: DatePrecision;
  readonly cameo: string;
  readonly quadClass: QuadClass;
  readonly goldstein: number;
  readonly source: ActorCode;
  readonly target: ActorCode | null;
  readonly status: EventStatus;
  readonly location: string | null;
  readonly sources: readonly RelationSource[];
}

/** An ordered pair of actors; `[A, B]`. */
export type Dyad = readonly [ActorCode, ActorCode];

/** `RUS-PRK`: how a dyad is written in outputs. */
export function dyadLabel(d: Dyad): string {
  return `${d[0]}-${d[1]}`;
}

/** Whether the event goes from `a` to `b` (exactly that direction). */
export function isDirected(e: RelationEvent, a: ActorCode, b: ActorCode): boolean {
  return e.source === a && e.target === b;
}
