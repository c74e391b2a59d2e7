import type { Span } from '../../core/span.js';

export interface FootnoteMarker {
  /** Index into the document's citations (in span order). */
  readonly citation: number;
  /** Where the marker is printed in the body, in the original text. */
  readonly span: Span;
}

const SUPERSCRIPT = /^[⁰¹²³⁴⁵⁶⁷⁸⁹]+$/;
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Finds the markers in the body (before the first note) that point at each
 * note: `[^1]`, `[1]`, `注1`, `(注1)`, a superscript `¹`, or `^1`, not at a line
 * start (there it labels a note). Pure; a marker in no recognisable form is left out.
 */
export function findFootnoteMarkers(original: string, citations: readonly { readonly marker: string; readonly span: Span }[]): FootnoteMarker[] {
  if (citations.length === 0) return [];
  const bodyEnd = Math.min(...citations.map((c) => c.span.start));
  const body = original.slice(0, bodyEnd);
  const out: FootnoteMarker[] = [];
  citations.forEach((c, citation) => {
    const m = escape(c.marker.replace(/^注/, ''));
    const forms = SUPERSCRIPT.test(c.marker)
      ? `${m}(?![⁰¹²³⁴⁵⁶⁷⁸⁹])`
      : `\\[\\^?${m}\\]|[（(]?注${m}(?![0-9０-９])[）)]?|\\^${m}(?![0-9])`;
    const re = new RegExp(forms, 'g');
    for (const hit of body.matchAll(re)) {
      // a marker at a line start labels a note (`注1　…`, `[^1]: …`), not a reference to it
      if (hit.index === 0 || body[hit.index - 1] === '\n') continue;
      out.push({ citation, span: { start: hit.index, end: hit.index + hit[0].length } });
    }
  });
  return out.sort((a, b) => a.span.start - b.span.start);
}
