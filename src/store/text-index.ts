import type { Kysely } from 'kysely';
import type { Database } from './schema.js';

/** A document that may contain the query, with a dialect-specific rank (lower is better). */
export interface TextCandidate {
  readonly documentId: number;
  readonly rank: number;
}

/**
 * The dialect-specific part of full-text search over `documents.normalised_text`.
 *
 * The index only narrows the documents to look at; exact match positions are
 * computed in JS (text-matches.ts), so every implementation must return a
 * superset of the documents containing the (ASCII case-folded) query.
 *
 * It is kept in sync from the insert code path (`add`/`remove` are called in
 * the same transaction as the document row) rather than by triggers, so that
 * a PostgreSQL implementation (pg_trgm or a generated column) can differ
 * without the repository code knowing.
 */
export interface TextIndex {
  /** Creates the index structures; called by migration 0002. */
  createSchema(db: Kysely<any>): Promise<void>;
  dropSchema(db: Kysely<any>): Promise<void>;
  /**
   * Creates the index of queries of 1–2 characters and fills it from the
   * stored documents; called by migration 0008. A dialect without one
   * (PostgreSQL: those queries scan with `strpos`) does nothing.
   */
  createShortQuerySchema(db: Kysely<any>): Promise<void>;
  dropShortQuerySchema(db: Kysely<any>): Promise<void>;
  add(db: Kysely<Database>, documentId: number, normalisedText: string): Promise<void>;
  remove(db: Kysely<Database>, documentId: number, normalisedText: string): Promise<void>;
  /** Candidate documents for a non-empty query, best first, at most `limit`. */
  candidates(db: Kysely<Database>, query: string, limit: number): Promise<readonly TextCandidate[]>;
}
