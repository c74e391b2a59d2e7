import type { ColumnType, Generated, Insertable, Selectable } from 'kysely';
import type { ActorKind } from '../core/actor.js';
import type { Language, SourceFormat } from '../core/document.js';
import type { EventOrigin, EventStatus, QuadClass, ReviewState } from '../core/event.js';
import type { DatePrecision } from '../core/partial-date.js';

/**
 * The tables of a Sokan store, as Kysely sees them.
 *
 * Conventions: offsets are UTF-16 code units; `span_*` columns are half-open
 * ranges in the document's ORIGINAL text; dates are ISO 8601 partial dates
 * (`2023`, `2023-09`, `2023-09-13`) kept as text; timestamps are ISO 8601 UTC
 * strings written by the application (not by SQL defaults, so every dialect
 * behaves alike). Rows are converted to core types at the store edge; nothing
 * outside `src/store` should see these row types.
 */
export interface Database {
  documents: DocumentsTable;
  citations: CitationsTable;
  actors: ActorsTable;
  actor_aliases: ActorAliasesTable;
  mentions: MentionsTable;
  events: EventsTable;
  event_sources: EventSourcesTable;
  claims: ClaimsTable;
  audit_log: AuditLogTable;
}

/** One ingested document; identity is the hash of its decoded text. */
export interface DocumentsTable {
  id: Generated<number>;
  /** sha256 hex of the decoded original text; UNIQUE — re-ingesting is a no-op. */
  content_hash: string;
  /** Path as given at ingest. */
  source_path: string;
  /** Base name without extension: the gold `doc` key. Indexed, not unique. */
  file_name: string;
  format: SourceFormat;
  /** Encoding as detected (UTF8, SJIS, EUCJP, ...). */
  encoding: string;
  title: string | null;
  author: string | null;
  publisher: string | null;
  /** ISO partial date of publication. */
  published_date: string | null;
  language: Language;
  /** The decoded text exactly as read. */
  original_text: string;
  /** What extraction and full-text search match against. */
  normalised_text: string;
  /**
   * Offset table: little-endian int32 array, length normalised_text.length + 1;
   * entry i is the original offset of normalised offset i (see offset-table.ts).
   */
  offsets: Uint8Array;
  ingested_at: string;
  /** Version of the extractor that produced the current mentions/events/claims. */
  extractor_version: string;
}

/** Footnotes and endnotes of a document. */
export interface CitationsTable {
  id: Generated<number>;
  document_id: number; // FK documents, cascade
  /** Marker as printed: `1`, `¹`, `注3`. */
  marker: string;
  text: string;
  url: string | null;
  access_date: string | null;
  publisher: string | null;
  span_start: number;
  span_end: number;
}

/** Gazetteer entries, upserted by `syncActors` at run time. */
export interface ActorsTable {
  /** Gazetteer id: `PRK`, `UNO`, `person:kim-jong-un`. */
  code: string;
  kind: ActorKind;
  name_en: string;
  name_ja: string;
}

/** Alternative names of an actor; replaced wholesale on each sync. */
export interface ActorAliasesTable {
  actor_code: string; // FK actors, cascade
  alias: string;
  /** `ja` when the alias contains kana or kanji, else `en`. */
  language: Language;
}

/** Actors found in a document's text. Not FK'd to `actors`: the gazetteer may be synced later. */
export interface MentionsTable {
  id: Generated<number>;
  document_id: number; // FK documents, cascade
  /** The state or organisation coded (persons resolved to their state). */
  actor_code: string;
  /** The gazetteer entry matched (person, office or state). */
  entity_id: string;
  surface: string;
  span_start: number;
  span_end: number;
}

/** A canonical real-world event; the documents stating it are in `event_sources`. */
export interface EventsTable {
  id: Generated<number>;
  date: string;
  date_end: string | null;
  precision: DatePrecision;
  /** CAMEO code, 2 to 4 digits. */
  cameo: string;
  quad_class: QuadClass;
  goldstein: number;
  source: string;
  target: string | null;
  source_name: string | null;
  target_name: string | null;
  status: EventStatus;
  location: string | null;
  review_state: ColumnType<ReviewState, ReviewState | undefined, ReviewState>;
  /** Bumped by analyst edits (optimistic concurrency), not by new sources. */
  version: ColumnType<number, number | undefined, number>;
  created_at: string;
  updated_at: string;
  /** `${date}|${cameo root}|${sorted source,target}`; see dedup-key.ts. Indexed. */
  dedup_key: string;
  /** Where the event comes from (migration 0004): extracted, gdelt1, gdelt2, icews or manual. */
  origin: ColumnType<EventOrigin, EventOrigin | undefined, EventOrigin>;
  /** The dataset's own id (GLOBALEVENTID, ICEWS Event ID) for imported events; unique per origin. */
  external_id: string | null;
  /** Coordinates given by an imported dataset. */
  lat: number | null;
  lon: number | null;
}

/** One document's statement of an event. */
export interface EventSourcesTable {
  id: Generated<number>;
  event_id: number; // FK events, cascade
  document_id: number; // FK documents, cascade
  /** Exact substring of the normalised text. */
  quote: string;
  span_start: number;
  span_end: number;
  /** Id of the extraction rule (for `sokan explain`). */
  rule: string;
  extractor_version: string;
}

/** Quantitative claims (estimates) made in a document. */
export interface ClaimsTable {
  id: Generated<number>;
  document_id: number; // FK documents, cascade
  subject: string;
  low: number;
  /** Null for "more than low". */
  high: number | null;
  unit: string;
  claimant: string | null;
  claimant_name: string | null;
  date: string | null;
  /** `2023-08/2025-03`. */
  period: string | null;
  quote: string;
  span_start: number;
  span_end: number;
  rule: string;
  extractor_version: string;
}

/**
 * Record of analyst edits, append-only and hash-chained (migration 0005; see
 * src/store/audit/): written only by `appendAudit`, never updated or deleted.
 */
export interface AuditLogTable {
  id: Generated<number>;
  at: string;
  actor_user: string;
  /** Table name of the entity changed: `events`, `claims`, ... */
  entity: string;
  entity_id: number;
  action: string;
  before_json: string | null;
  after_json: string | null;
  /** sha256 hex of the entry before (64 zeros for the first); unique, so the chain cannot fork. */
  prev_hash: string | null;
  /** sha256 hex of this entry's canonical form (see chain-hash.ts); null only if written around the writer. */
  hash: string | null;
}

export type DocumentRow = Selectable<DocumentsTable>;
export type EventRow = Selectable<EventsTable>;
export type NewEventRow = Insertable<EventsTable>;
export type ClaimRow = Selectable<ClaimsTable>;
