import type { ActorCode } from '../core/actor.js';
import type { EventStatus, QuadClass } from '../core/event.js';
import type { DatePrecision } from '../core/partial-date.js';

/** Where an event came from: extracted from a document, imported from a data set, or added by hand. */
import type { EventOrigin } from '../core/event.js';

export { EVENT_ORIGINS, type EventOrigin } from '../core/event.js';

/** The origins an import writes. */
export type ExternalOrigin = 'gdelt1' | 'gdelt2' | 'icews';

/**
 * An event as the interop formats see it: the fields of a stored event plus
 * its origin, the data set's id for it and the place's coordinates.
 */
export interface InteropEvent {
  readonly origin: EventOrigin;
  /** GDELT GLOBALEVENTID or ICEWS Event ID; null for extracted events. */
  readonly externalId: string | null;
  readonly date: string;
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
  /** WGS84 decimal degrees, when the data set gives them. */
  readonly lat: number | null;
  readonly lon: number | null;
}

/** A stored event with its row id. */
export interface StoredInteropEvent extends InteropEvent {
  readonly id: number;
}

/** What one line of an event file turned out to be. `line` counts from 1. */
export type ParsedLine =
  | { readonly kind: 'event'; readonly line: number; readonly event: InteropEvent }
  /** Not valid per the codebook: wrong column count, bad date, unknown CAMEO code... */
  | { readonly kind: 'malformed'; readonly line: number; readonly reason: string }
  /** Valid, but not something Sokan can store (e.g. no source actor at all). */
  | { readonly kind: 'skipped'; readonly line: number; readonly reason: string };

/** CAMEO code → QuadClass and Goldstein score (from data/cameo-codes.tsv). */
export type CameoLookup = (code: string) => { readonly quadClass: QuadClass; readonly goldstein: number } | undefined;
