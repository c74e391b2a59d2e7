import type { Span } from './span.js';

export type Language = 'ja' | 'en';
export type SourceFormat = 'txt' | 'md' | 'html' | 'pdf';

/** A footnote or endnote found in a document. */
export interface Citation {
  /** The marker as printed: `1`, `¹`, `ii`, `注3`. */
  readonly marker: string;
  readonly text: string;
  readonly url: string | null;
  /** ISO date the cited page was accessed, when stated. */
  readonly accessDate: string | null;
  readonly publisher: string | null;
  /** Where the note's text sits in the original text. */
  readonly span: Span;
}

/**
 * A document as ingest produces it, before it is stored.
 * `originalText` is the decoded text exactly as read; `normalisedText` is what
 * extraction matches against; `offsets` maps normalised positions back.
 */
export interface IngestedDocument {
  readonly contentHash: string; // sha256 hex of the decoded original text
  readonly sourcePath: string;
  readonly fileName: string; // base name without extension: the gold `doc` key
  readonly format: SourceFormat;
  readonly encoding: string; // as detected: UTF8, SJIS, EUCJP, JIS, UTF16...
  readonly title: string | null;
  readonly author: string | null;
  readonly publisher: string | null;
  readonly publishedDate: string | null; // ISO partial date
  readonly language: Language;
  readonly originalText: string;
  readonly normalisedText: string;
  readonly offsets: OffsetMapLike;
  readonly citations: readonly Citation[];
}

/** Maps a half-open range of the normalised text to the original text. */
export interface OffsetMapLike {
  toOriginal(start: number, end: number): Span;
}
