/**
 * Numbers the distinct source spans a report cites, in order of first citation:
 * the same document span always gets the same number, whichever cell or event
 * cites it. Pure apart from its own state.
 */
import type { Span } from '../../core/span.js';
import type { Footnote } from './report-model.js';

/** A document span that states something: an event source or a claim. */
export interface SourceRef {
  readonly documentId: number;
  readonly fileName: string;
  readonly quote: string;
  readonly span: Span;
}

const keyOf = (s: SourceRef): string => `${s.documentId}:${s.span.start}:${s.span.end}`;

export class FootnoteRegistry {
  private readonly byKey = new Map<string, Footnote>();

  /** `titles`: document id → title, for the footnote text. */
  constructor(private readonly titles: ReadonlyMap<number, string | null> = new Map()) {}

  /** The numbers of these sources (new ones numbered next), ascending and distinct. */
  cite(sources: Iterable<SourceRef>): number[] {
    const out = new Set<number>();
    for (const s of sources) {
      const key = keyOf(s);
      let f = this.byKey.get(key);
      if (f === undefined) {
        f = { n: this.byKey.size + 1, documentId: s.documentId, fileName: s.fileName, title: this.titles.get(s.documentId) ?? null, quote: s.quote, span: s.span };
        this.byKey.set(key, f);
      }
      out.add(f.n);
    }
    return [...out].sort((a, b) => a - b);
  }

  /** Every footnote so far, by number. */
  list(): Footnote[] {
    return [...this.byKey.values()].sort((a, b) => a.n - b.n);
  }
}
