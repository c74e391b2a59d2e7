import { api } from '../api/client.js';
import type { StoredEvent } from '../api/types.js';

let cache: Promise<ReadonlyMap<number, StoredEvent>> | null = null;

/** Every stored event by id, loaded once per page (reset with `fresh`): the records behind a chart's marks. */
export function eventsById(fresh = false): Promise<ReadonlyMap<number, StoredEvent>> {
  if (fresh || cache === null) {
    cache = api.events().then((list) => new Map(list.map((e) => [e.id, e])));
    cache.catch(() => (cache = null));
  }
  return cache;
}
