/** A half-open character range [start, end) in a document's ORIGINAL text (UTF-16 code units). */
export interface Span {
  readonly start: number;
  readonly end: number;
}
