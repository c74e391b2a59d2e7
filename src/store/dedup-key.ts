import type { ExtractedEvent } from '../core/event.js';

/**
 * The key under which events from different documents are taken to be the same
 * real-world event: `${date}|${cameo root}|${sorted actor pair}`, e.g.
 * `2023-09-13|04|PRK,RUS`; a null target sorts as the empty string (`2023|13|,PRK`).
 */
export function dedupKey(event: Pick<ExtractedEvent, 'date' | 'cameo' | 'source' | 'target'>): string {
  const pair = [event.source, event.target ?? ''].sort();
  return `${event.date}|${event.cameo.slice(0, 2)}|${pair.join(',')}`;
}
