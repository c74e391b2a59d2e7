/** Hand-made report input for tests. */
import { precisionOf } from '../../../core/partial-date.js';
import type { QuadClass } from '../../../core/event.js';
import type { TrackedClaim } from '../../reporting/claims-tracker.js';
import type { ReportInputEvent } from '../report-input.js';

export interface Src { readonly doc: number; readonly start: number; readonly end: number; readonly quote?: string }

const fileOf = (doc: number): string => `doc-${String.fromCharCode(64 + doc)}`;

/** `event(1, '2023-03-10', 'RUS', 'PRK', 1, 4, [{ doc: 1, start: 10, end: 20 }])`; document n is `doc-A`, `doc-B`… */
export function event(id: number, date: string, source: string, target: string, quadClass: QuadClass, goldstein: number, sources: readonly Src[], more: Partial<ReportInputEvent> = {}): ReportInputEvent {
  return {
    id, date, dateEnd: null, precision: precisionOf(date),
    cameo: quadClass === 1 ? '046' : quadClass === 2 ? '057' : quadClass === 3 ? '111' : '190',
    quadClass, goldstein, source, target, sourceName: null, targetName: null, status: 'occurred', location: null,
    sources: sources.map((s) => ({ documentId: s.doc, fileName: fileOf(s.doc), quote: s.quote ?? `quote ${s.doc}:${s.start}`, span: { start: s.start, end: s.end }, rule: 'test', extractorVersion: 'test' })),
    ...more,
  };
}

export function claim(id: number, date: string, subject: string, low: number, high: number | null, s: Src): TrackedClaim {
  return {
    id, documentId: s.doc, fileName: fileOf(s.doc), subject, low, high, unit: 'container', claimant: null, claimantName: null,
    date, period: null, quote: s.quote ?? `claim ${id}`, span: { start: s.start, end: s.end },
  };
}
