import type { QuadClass } from '../../../core/event.js';
import { precisionOf } from '../../../core/partial-date.js';
import type { RelationEvent } from '../relation-event.js';

/** A hand-made event for tests: `ev(1, '2023-09-13', 'RUS', 'PRK', 1, 7)`. */
export function ev(id: number, date: string, source: string, target: string | null, quadClass: QuadClass, goldstein: number, more: Partial<RelationEvent> = {}): RelationEvent {
  return {
    id,
    date,
    dateEnd: null,
    precision: precisionOf(date),
    cameo: quadClass === 1 ? '046' : quadClass === 2 ? '057' : quadClass === 3 ? '111' : '190',
    quadClass,
    goldstein,
    source,
    target,
    status: 'occurred',
    location: null,
    sources: [{ documentId: 100 + id, fileName: `doc${id}`, quote: `quote ${id}`, span: { start: id, end: id + 5 } }],
    ...more,
  };
}
