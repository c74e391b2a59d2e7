import { sql, type Kysely } from 'kysely';
import { containsPattern } from '../like-pattern.js';
import type { Database } from '../schema.js';
import type { TextCandidate, TextIndex } from '../text-index.js';

/**
 * PostgreSQL full-text index: a pg_trgm GIN index over
 * `documents.normalised_text`. Trigrams need no word segmentation, so they
 * work for Japanese as FTS5's trigram tokenizer does in SQLite; the index
 * answers `ILIKE '%query%'` (case-insensitive, like FTS5's trigrams), and
 * PostgreSQL rechecks every candidate, so the candidates are exact.
 *
 * pg_trgm only takes letters and digits of the DATABASE's LC_CTYPE into its
 * trigrams: create the database with a UTF-8 locale (C.UTF-8, ja_JP.UTF-8) so
 * that kana and kanji are indexed. Under LC_CTYPE=C the answers are the same
 * but every query reads the whole index (see docs/scaling.md).
 *
 * Trigrams cannot find queries shorter than 3 characters; those scan with
 * `strpos`, as the SQLite index falls back to `instr`. PostgreSQL maintains
 * the index itself, so `add` and `remove` do nothing.
 */
export const postgresTextIndex: TextIndex = {
  async createSchema(db) {
    try {
      await sql`create extension if not exists pg_trgm`.execute(db);
    } catch (error) {
      throw new Error(
        `cannot enable the pg_trgm extension (${(error as Error).message}): install PostgreSQL's contrib modules ` +
          '(Debian: apt-get install postgresql-contrib) or have a superuser run CREATE EXTENSION pg_trgm in this database',
      );
    }
    await sql`create index documents_normalised_trgm on documents using gin (normalised_text gin_trgm_ops)`.execute(db);
  },

  async dropSchema(db) {
    await sql`drop index if exists documents_normalised_trgm`.execute(db);
  },

  // Queries of 1–2 characters keep the `strpos` scan (see scanStrpos).
  async createShortQuerySchema() {},

  async dropShortQuerySchema() {},

  async add() {},

  async remove() {},

  async candidates(db, query, limit) {
    return [...query].length >= 3 ? matchTrigrams(db, query, limit) : scanStrpos(db, query, limit);
  },
};

async function matchTrigrams(db: Kysely<Database>, query: string, limit: number): Promise<readonly TextCandidate[]> {
  const { rows } = await sql<{ id: number }>`
    select id from documents
    where normalised_text ilike ${containsPattern(query)} escape '\\'
    order by id
    limit ${limit}`.execute(db);
  return rows.map((r) => ({ documentId: r.id, rank: 0 }));
}

async function scanStrpos(db: Kysely<Database>, query: string, limit: number): Promise<readonly TextCandidate[]> {
  const { rows } = await sql<{ id: number }>`
    select id from documents
    where strpos(lower(normalised_text), lower(${query})) > 0
    order by id
    limit ${limit}`.execute(db);
  return rows.map((r) => ({ documentId: r.id, rank: 0 }));
}
