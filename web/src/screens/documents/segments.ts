import type { Annotations, Span } from '../../api/types.js';

/** Something highlighted in the reader. */
export type Mark =
  | { readonly kind: 'actor'; readonly code: string; readonly span: Span }
  | { readonly kind: 'event'; readonly eventId: number; readonly quad: number; readonly span: Span }
  | { readonly kind: 'claim'; readonly claimId: number; readonly span: Span }
  | { readonly kind: 'note'; readonly citation: number; readonly span: Span }
  | { readonly kind: 'marker'; readonly citation: number; readonly span: Span };

/** A run of text covered by the same marks. */
export interface Segment {
  readonly start: number;
  readonly end: number;
  readonly marks: readonly Mark[];
}

/** Every mark of a document's annotations. Pure. */
export function marksOf(a: Annotations): Mark[] {
  return [
    ...a.events.map((e): Mark => ({ kind: 'event', eventId: e.eventId, quad: e.quadClass, span: e.span })),
    ...a.claims.map((c): Mark => ({ kind: 'claim', claimId: c.id, span: c.span })),
    ...a.mentions.map((m): Mark => ({ kind: 'actor', code: m.code, span: m.span })),
    ...a.citations.map((c, i): Mark => ({ kind: 'note', citation: i, span: c.span })),
    ...a.footnoteMarkers.map((m): Mark => ({ kind: 'marker', citation: m.citation, span: m.span })),
  ];
}

/**
 * Cuts `[0, length)` at every mark boundary; each piece lists the marks that
 * cover it, so overlapping highlights (an actor inside an event) both show. Pure.
 */
export function segmentText(length: number, marks: readonly Mark[]): Segment[] {
  const valid = marks.filter((m) => m.span.start < m.span.end && m.span.start >= 0 && m.span.end <= length);
  const cuts = new Set<number>([0, length]);
  for (const m of valid) {
    cuts.add(m.span.start);
    cuts.add(m.span.end);
  }
  const points = [...cuts].sort((a, b) => a - b);
  const out: Segment[] = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const start = points[i]!;
    const end = points[i + 1]!;
    out.push({ start, end, marks: valid.filter((m) => m.span.start <= start && m.span.end >= end) });
  }
  return out;
}
