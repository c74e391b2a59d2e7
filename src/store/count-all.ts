import type { Store } from './store.js';

export interface StoreCounts {
  readonly documents: number;
  readonly events: number;
  /** Event sources: (event, document) statements. */
  readonly sources: number;
  readonly claims: number;
  readonly actors: number;
}

export async function countAll(store: Store): Promise<StoreCounts> {
  const count = async (table: 'documents' | 'events' | 'event_sources' | 'claims' | 'actors') => {
    const row = await store.db
      .selectFrom(table)
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow();
    return Number(row.n);
  };
  return {
    documents: await count('documents'),
    events: await count('events'),
    sources: await count('event_sources'),
    claims: await count('claims'),
    actors: await count('actors'),
  };
}
