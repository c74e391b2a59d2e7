/**
 * The report as a value: sections of tables and chart data, and the numbered
 * footnotes the cells cite. Built by `buildReport`, drawn by `renderHtml` and
 * `renderMarkdown`. Plain readonly data.
 */
import type { Span } from '../../core/span.js';
import type { NetworkEdge, NetworkNode } from '../relations/index.js';
import type { ClaimGroup } from '../reporting/claims-tracker.js';

/** One table cell: its text and the footnotes (numbers) it cites. */
export interface Cell {
  readonly text: string;
  readonly cites: readonly number[];
  /** Numbers are right-aligned. */
  readonly numeric: boolean;
}

export interface Table {
  readonly caption: string;
  readonly columns: readonly string[];
  readonly rows: readonly (readonly Cell[])[];
  /** Shown instead of the rows when there are none. */
  readonly empty: string;
}

/** A value per period for each named series; null where undefined. */
export interface PeriodSeries {
  readonly label: string;
  readonly values: readonly (number | null)[];
}

export type Chart =
  | { readonly kind: 'lines'; readonly title: string; readonly yLabel: string; readonly periods: readonly string[]; readonly series: readonly PeriodSeries[] }
  | { readonly kind: 'bars'; readonly title: string; readonly yLabel: string; readonly periods: readonly string[]; readonly values: readonly (number | null)[] }
  | { readonly kind: 'claims'; readonly title: string; readonly groups: readonly ClaimGroup[] }
  | { readonly kind: 'network'; readonly title: string; readonly nodes: readonly NetworkNode[]; readonly edges: readonly NetworkEdge[]; readonly focus: readonly string[] };

export interface Section {
  /** Anchor: `index`, `timeline`… */
  readonly id: string;
  readonly title: string;
  /** What the section shows and how it was computed (plain text). */
  readonly intro: string;
  readonly charts: readonly Chart[];
  readonly tables: readonly Table[];
  /** Caveats: refusals, left-out events (plain text). */
  readonly notes: readonly string[];
}

/** One distinct source span, cited by number. */
export interface Footnote {
  readonly n: number;
  readonly documentId: number;
  readonly fileName: string;
  readonly title: string | null;
  readonly quote: string;
  /** Half-open, in the document's ORIGINAL text. */
  readonly span: Span;
}

export interface Report {
  readonly title: string;
  readonly dyad: readonly [string, string];
  readonly dyadNames: readonly [string, string];
  readonly from: string | null;
  readonly to: string | null;
  readonly granularity: 'month' | 'quarter' | 'year';
  /** What the report was built from. */
  readonly counts: { readonly events: number; readonly dyadEvents: number; readonly claims: number; readonly documents: number };
  readonly sections: readonly Section[];
  /** In number order, 1…n. */
  readonly footnotes: readonly Footnote[];
}
