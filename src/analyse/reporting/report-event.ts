import type { StoredEvent } from '../../store/query-events.js';

/** What the reporting analyses read of a stored event (plain data; tests build it by hand). */
export type ReportEvent = Pick<
  StoredEvent,
  'id' | 'date' | 'dateEnd' | 'cameo' | 'source' | 'target' | 'sourceName' | 'targetName' | 'status' | 'location' | 'sources'
>;

/** An unordered pair of actor codes. */
export type Dyad = readonly [string, string];

/** True when the event is between the two actors, in either direction. */
export function inDyad(e: Pick<ReportEvent, 'source' | 'target'>, [a, b]: Dyad): boolean {
  return (e.source === a && e.target === b) || (e.source === b && e.target === a);
}

/** Summit wording in a quote: 首脳会談, 首脳会合, トップ会談, summit. */
export const SUMMIT_WORDING = /首脳会談|首脳会合|首脳同士|両首脳|トップ会談|\bsummit/i;

export function hasSummitWording(e: Pick<ReportEvent, 'sources'>): boolean {
  return e.sources.some((s) => SUMMIT_WORDING.test(s.quote));
}
