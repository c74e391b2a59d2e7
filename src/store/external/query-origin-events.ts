import type { ActorCode } from '../../core/actor.js';
import type { EventOrigin, StoredInteropEvent } from '../../interop/interop-event.js';
import { coarserPrefixes, upperBound } from '../date-range.js';
import type { Store } from '../store.js';
import { interopDb } from './external-schema.js';

export interface OriginEventQuery {
  /** Only events of these origins; all when absent. */
  readonly origins?: readonly EventOrigin[];
  /** Source or target is one of these. */
  readonly actors?: readonly ActorCode[];
  /** ISO partial dates, inclusive, overlap semantics as queryEvents. */
  readonly from?: string;
  readonly to?: string;
}

/** Events with their origin, external id and coordinates, by date then id; rejected events left out. */
export async function queryOriginEvents(store: Store, q: OriginEventQuery = {}): Promise<StoredInteropEvent[]> {
  let query = interopDb(store)
    .selectFrom('events')
    .selectAll()
    .where('review_state', '!=', 'rejected')
    .orderBy('date')
    .orderBy('id');
  if (q.origins !== undefined) query = query.where('origin', 'in', [...q.origins]);
  if (q.actors !== undefined) {
    const actors = [...q.actors];
    query = query.where((eb) => eb.or([eb('source', 'in', actors), eb('target', 'in', actors)]));
  }
  if (q.from !== undefined) {
    const from = q.from;
    const prefixes = coarserPrefixes(from);
    query = query.where((eb) => {
      const end = eb.fn.coalesce('date_end', 'date');
      return eb.or([eb(end, '>=', from), ...(prefixes.length > 0 ? [eb(end, 'in', prefixes)] : [])]);
    });
  }
  if (q.to !== undefined) query = query.where('date', '<=', upperBound(q.to));
  const rows = await query.execute();
  return rows.map((e) => ({
    id: e.id,
    origin: e.origin,
    externalId: e.external_id,
    date: e.date,
    dateEnd: e.date_end,
    precision: e.precision,
    cameo: e.cameo,
    quadClass: e.quad_class,
    goldstein: e.goldstein,
    source: e.source,
    target: e.target,
    sourceName: e.source_name,
    targetName: e.target_name,
    status: e.status,
    location: e.location,
    lat: e.lat,
    lon: e.lon,
  }));
}

/** How many events each origin has. */
export async function countByOrigin(store: Store): Promise<Readonly<Record<string, number>>> {
  const rows = await interopDb(store)
    .selectFrom('events')
    .select(['origin', (eb) => eb.fn.countAll<number>().as('n')])
    .groupBy('origin')
    .execute();
  return Object.fromEntries(rows.map((r) => [r.origin, Number(r.n)]));
}
