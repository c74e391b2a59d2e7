/** Shapes of the Sokan HTTP API as the workbench reads them (see src/store for the server side). */

export interface Span {
  readonly start: number;
  readonly end: number;
}

export type EventStatus = 'occurred' | 'planned' | 'cancelled' | 'alleged';
export type ReviewState = 'unreviewed' | 'confirmed' | 'corrected' | 'rejected';
export type QuadClass = 1 | 2 | 3 | 4;

export interface StoreCounts {
  readonly documents: number;
  readonly events: number;
  readonly sources: number;
  readonly claims: number;
  readonly actors: number;
}

export interface DocumentSummary {
  readonly id: number;
  readonly fileName: string;
  readonly title: string | null;
  readonly language: 'ja' | 'en';
  readonly publishedDate: string | null;
  readonly charCount: number;
  readonly eventCount: number;
  readonly claimCount: number;
  readonly ingestedAt: string;
}

export interface Citation {
  readonly marker: string;
  readonly text: string;
  readonly url: string | null;
  readonly span: Span;
}

export interface StoredDocument {
  readonly id: number;
  readonly fileName: string;
  readonly sourcePath: string;
  readonly format: string;
  readonly encoding: string;
  readonly title: string | null;
  readonly author: string | null;
  readonly publisher: string | null;
  readonly publishedDate: string | null;
  readonly language: 'ja' | 'en';
  readonly originalText: string;
  readonly ingestedAt: string;
}

export interface EventSource {
  readonly documentId: number;
  readonly fileName: string;
  readonly quote: string;
  readonly span: Span;
  readonly rule: string;
  readonly extractorVersion: string;
}

export interface StoredEvent {
  readonly id: number;
  readonly date: string;
  readonly dateEnd: string | null;
  readonly precision: 'year' | 'month' | 'day';
  readonly cameo: string;
  readonly quadClass: QuadClass;
  readonly goldstein: number;
  readonly source: string;
  readonly target: string | null;
  readonly sourceName: string | null;
  readonly targetName: string | null;
  readonly status: EventStatus;
  readonly location: string | null;
  readonly reviewState: ReviewState;
  readonly version: number;
  readonly createdAt: string;
  readonly updatedAt: string;
  readonly sources: readonly EventSource[];
}

export interface AuditEntry {
  readonly id: number;
  readonly at: string;
  readonly user: string;
  readonly entity: string;
  readonly entityId: number;
  readonly action: string;
  readonly before: unknown;
  readonly after: unknown;
}

export interface EventWithAudit {
  readonly event: StoredEvent;
  readonly audit: readonly AuditEntry[];
}

export interface Annotations {
  readonly documentId: number;
  readonly mentions: readonly { readonly id: number; readonly code: string; readonly entityId: string; readonly surface: string; readonly span: Span }[];
  readonly events: readonly {
    readonly eventId: number;
    readonly date: string;
    readonly cameo: string;
    readonly quadClass: QuadClass;
    readonly source: string;
    readonly target: string | null;
    readonly status: EventStatus;
    readonly reviewState: ReviewState;
    readonly quote: string;
    readonly rule: string;
    readonly span: Span;
  }[];
  readonly claims: readonly { readonly id: number; readonly subject: string; readonly low: number; readonly high: number | null; readonly unit: string; readonly claimant: string | null; readonly date: string | null; readonly quote: string; readonly span: Span }[];
  readonly citations: readonly Citation[];
  readonly footnoteMarkers: readonly { readonly citation: number; readonly span: Span }[];
}

export interface SearchResult {
  readonly documentId: number;
  readonly fileName: string;
  readonly title: string | null;
  readonly totalHits: number;
  readonly hits: readonly { readonly position: number; readonly end: number; readonly snippet: { readonly before: string; readonly match: string; readonly after: string } }[];
}

export type UploadOutcome =
  | { readonly name: string; readonly kind: 'stored'; readonly documentId: number; readonly events: number; readonly claims: number }
  | { readonly name: string; readonly kind: 'duplicate'; readonly documentId: number }
  | { readonly name: string; readonly kind: 'failed'; readonly message: string };

export interface UploadSummary {
  readonly stored: number;
  readonly duplicates: number;
  readonly failed: number;
  readonly events: number;
  readonly claims: number;
}

export interface EventChanges {
  readonly date?: string;
  readonly dateEnd?: string | null;
  readonly cameo?: string;
  readonly source?: string;
  readonly target?: string | null;
  readonly status?: EventStatus;
  readonly location?: string | null;
}
