import type { EventOrigin, ExtractedEvent, QuadClass } from '../core/event.js';

export { EVENT_ORIGINS, type EventOrigin } from '../core/event.js';

/** The origins an import writes. */
export type ExternalOrigin = 'gdelt1' | 'gdelt2' | 'icews';

/**
 * An event as the interop formats see it: the fields of a stored event plus
 * its origin, the data set's id for it and the place's coordinates.
 */
export interface InteropEvent
  extends Pick<ExtractedEvent, 'date' | 'dateEnd' | 'precision' | 'cameo' | 'quadClass' | 'goldstein' | 'source' | 'target' | 'sourceName' | 'targetName' | 'status' | 'location'> {
  readonly origin: EventOrigin;
  /** GDELT GLOBALEVENTID or ICEWS Event ID; null for extracted events. */
  readonly externalId: string | null;
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
