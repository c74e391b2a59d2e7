import type { Span } from './span.js';

/** A stored claim with the document it comes from (what queries return and analyses take). */
export interface StoredClaim {
  readonly id: number;
  readonly documentId: number;
  readonly fileName: string;
  readonly subject: string;
  readonly low: number;
  /** Null for "more than low". */
  readonly high: number | null;
  readonly unit: string;
  readonly claimant: string | null;
  readonly claimantName: string | null;
  readonly date: string | null;
  readonly period: string | null;
  readonly quote: string;
  /** In the document's original text. */
  readonly span: Span;
}
