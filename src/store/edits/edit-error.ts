import type { StoredEvent } from '../query-events.js';

/** Why an analyst edit was not applied. */
export type EditError =
  | { readonly kind: 'not-found'; readonly message: string }
  /** Someone else changed the record first: the caller gets the current record to re-apply on. */
  | { readonly kind: 'stale'; readonly message: string; readonly current: StoredEvent }
  | { readonly kind: 'invalid'; readonly field: string; readonly message: string };

export const notFound = (what: string): EditError => ({ kind: 'not-found', message: `no ${what}` });

export const stale = (current: StoredEvent, given: number): EditError => ({
  kind: 'stale',
  current,
  message: `event ${current.id} is at version ${current.version}, not ${given}: it was changed by someone else; reload and re-apply`,
});

export const invalid = (field: string, message: string): EditError => ({ kind: 'invalid', field, message });
