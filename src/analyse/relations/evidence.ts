import type { Span } from '../../core/span.js';
import type { RelationEvent } from './relation-event.js';

/** What an event id in an output row stands for, down to the document span. */
export interface Evidence {
  readonly eventId: number;
  readonly date: string;
  readonly cameo: string;
  readonly quadClass: RelationEvent['quadClass'];
  readonly source: string;
  readonly target: string | null;
  readonly goldstein: number;
  readonly sources: readonly { readonly documentId: number; readonly fileName: string; readonly quote: string; readonly span: Span }[];
}

/** The evidence for every id given (once each, by id). */
export function evidenceFor(events: readonly RelationEvent[], ids: Iterable<number>): Evidence[] {
  const wanted = new Set(ids);
  return events
    .filter((e) => wanted.has(e.id))
    .sort((a, b) => a.id - b.id)
    .map((e) => ({
      eventId: e.id,
      date: e.dateEnd ? `${e.date}/${e.dateEnd}` : e.date,
      cameo: e.cameo,
      quadClass: e.quadClass,
      source: e.source,
      target: e.target,
      goldstein: e.goldstein,
      sources: e.sources.map((s) => ({ documentId: s.documentId, fileName: s.fileName, quote: s.quote, span: s.span })),
    }));
}
