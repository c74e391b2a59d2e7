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

// --- Analyses (see docs/analyses.md) ---

export interface TimelineItem {
  readonly id: number;
  readonly date: string;
  readonly dateEnd: string | null;
  readonly cameo: string;
  readonly quadClass: QuadClass;
  readonly goldstein: number;
  readonly source: string;
  readonly target: string | null;
  readonly status: EventStatus;
  readonly location: string | null;
  readonly sources: readonly { readonly documentId: number; readonly fileName: string; readonly quote: string; readonly span: Span }[];
}

export interface Timeline {
  readonly total: number;
  readonly offset: number;
  readonly items: readonly TimelineItem[];
}

export interface Tally {
  readonly count: number;
  readonly quad1: number;
  readonly quad2: number;
  readonly quad3: number;
  readonly quad4: number;
  readonly goldsteinSum: number;
  readonly goldsteinMean: number | null;
  readonly eventIds: readonly number[];
}

export type PeriodBucket = 'period' | 'undated-within-year';

export interface IndexRow extends Tally {
  readonly dyad: string;
  readonly period: string;
  readonly bucket: PeriodBucket;
  readonly flow: 'a-to-b' | 'b-to-a' | 'combined';
  readonly direction: string;
}

export interface AsymmetryRow {
  readonly dyad: string;
  readonly period: string;
  readonly bucket: PeriodBucket | 'all';
  readonly countAB: number;
  readonly countBA: number;
  readonly meanAB: number | null;
  readonly meanBA: number | null;
  readonly difference: number | null;
  readonly sumDifference: number;
  readonly eventIdsAB: readonly number[];
  readonly eventIdsBA: readonly number[];
}

export interface ComparisonRow extends Tally {
  readonly dyad: string;
  readonly period: string;
  readonly bucket: PeriodBucket;
}

/** An event behind an id of an analysis, with its sources (GET /api/analyses/evidence). */
export interface EventEvidence {
  readonly eventId: number;
  /** `2023-09-13`, or `start/end` for a span. */
  readonly date: string;
  readonly cameo: string;
  readonly quadClass: QuadClass;
  readonly source: string;
  readonly target: string | null;
  readonly goldstein: number;
  readonly sources: readonly { readonly documentId: number; readonly fileName: string; readonly quote: string; readonly span: { readonly start: number; readonly end: number } }[];
}

export interface IndexReport {
  readonly dyads: readonly string[];
  readonly granularity: 'month' | 'quarter' | 'year';
  readonly from: string | null;
  readonly to: string | null;
  readonly index: readonly IndexRow[];
  readonly asymmetry: readonly AsymmetryRow[];
  readonly comparison: readonly ComparisonRow[];
}

export interface NetworkNode {
  readonly code: string;
  readonly name: string;
  readonly eventCount: number;
}

export interface NetworkEdge {
  readonly source: string;
  readonly target: string;
  readonly count: number;
  readonly meanGoldstein: number;
  readonly lastContact: string;
  readonly eventIds: readonly number[];
}

export interface Network {
  readonly nodes: readonly NetworkNode[];
  readonly edges: readonly NetworkEdge[];
}

export interface Place {
  readonly en: string;
  readonly ja: readonly string[];
  readonly aliases: readonly string[];
  readonly country: string | null;
  readonly lat: number;
  readonly lon: number;
  readonly kind: string;
}

export interface Claim {
  readonly id: number;
  readonly documentId: number;
  readonly fileName: string;
  readonly subject: string;
  readonly low: number;
  readonly high: number | null;
  readonly unit: string;
  readonly claimant: string | null;
  readonly claimantName: string | null;
  readonly date: string | null;
  readonly period: string | null;
  readonly quote: string;
  readonly span: Span;
}

export interface ClaimGroup {
  readonly key: string;
  readonly unit: string;
  readonly words: string;
  readonly actors: string;
  readonly label: string;
  readonly series: readonly Claim[];
  readonly min: number;
  readonly max: number;
  readonly documents: readonly string[];
}

export interface Features {
  readonly actors: readonly string[];
  readonly dates: readonly string[];
  readonly numbers: readonly string[];
}

export interface Statement extends Features {
  readonly index: number;
  readonly text: string;
  readonly span: Span;
}

export type NarrativeRow =
  | { readonly kind: 'aligned'; readonly a: Statement; readonly b: Statement; readonly score: { readonly score: number; readonly text: number; readonly features: number | null }; readonly onlyInA: Features; readonly onlyInB: Features }
  | { readonly kind: 'only-a'; readonly a: Statement; readonly bestScore: number }
  | { readonly kind: 'only-b'; readonly b: Statement; readonly bestScore: number };

export interface NarrativeComparison {
  readonly a: { readonly id: number; readonly fileName: string; readonly statements: number };
  readonly b: { readonly id: number; readonly fileName: string; readonly statements: number };
  readonly minScore: number;
  readonly rows: readonly NarrativeRow[];
  readonly summary: { readonly aligned: number; readonly onlyA: number; readonly onlyB: number };
}

export const ACH_RATINGS = ['CC', 'C', 'N', 'I', 'II'] as const;
export type AchRating = (typeof ACH_RATINGS)[number];
export const ACH_WEIGHTS = ['low', 'medium', 'high'] as const;
export type AchWeight = (typeof ACH_WEIGHTS)[number];

export interface AchAnalysis {
  readonly id: number;
  readonly title: string;
  readonly question: string | null;
  readonly createdAt: string;
  readonly updatedAt: string;
}

export interface AchSummary extends AchAnalysis {
  readonly hypotheses: number;
  readonly evidence: number;
}

export interface AchReport {
  readonly analysis: AchAnalysis;
  readonly hypotheses: readonly { readonly id: number; readonly label: string; readonly text: string; readonly inconsistency: number; readonly weightedInconsistency: number; readonly consistency: number; readonly rank: number }[];
  readonly evidence: readonly {
    readonly id: number;
    readonly text: string;
    readonly credibility: AchWeight;
    readonly relevance: AchWeight;
    readonly event: { readonly id: number; readonly date: string; readonly cameo: string; readonly source: string; readonly target: string | null } | null;
    readonly document: { readonly id: number; readonly fileName: string } | null;
    readonly span: Span | null;
    readonly quote: string | null;
    readonly ratings: Readonly<Record<string, AchRating>>;
    readonly diagnostic: boolean;
    readonly sensitivity: { readonly removedChangesRanking: boolean; readonly leadersIfRemoved: readonly string[]; readonly reversedChangesRanking: boolean; readonly leadersIfReversed: readonly string[] };
  }[];
  readonly leaders: readonly string[];
  readonly sensitiveEvidence: readonly number[];
}
