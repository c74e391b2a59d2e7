import { sql, type Kysely } from 'kysely';
import type { Database } from '../schema.js';
import { shortGramTerms, shortQueryTerm, SHORT_QUERY_MAX } from '../short-grams.js';
import type { TextCandidate, TextIndex } from '../text-index.js';

/**
 * SQLite full-text index: an FTS5 external-content table over
 * `documents.normalised_text` with the trigram tokenizer, which needs no word
 * segmentation and so works for Japanese. Trigram MATCH cannot find queries
 * shorter than 3 characters; those are answered by a second FTS5 table,
 * `documents_short` (migration 0008): contentless, no positions, one term per
 * distinct character and pair of characters of each document (short-grams.ts),
 * which gives exactly the documents the `instr` scan it replaced gave (that
 * scan read every text: 0.3 s at 100,000 documents).
 *
 * External content keeps one copy of the text (in `documents`); the index is
 * maintained from the insert path (see TextIndex), not by triggers.
 */
export const sqliteTextIndex: TextIndex = {
  async createSchema(db) {
    await sql`create virtual table documents_fts using fts5(
      normalised_text,
      content = 'documents',
      content_rowid = 'id',
      tokenize = 'trigram'
    )`.execute(db);
  },

  async dropSchema(db) {
    await sql`drop table if exists documents_fts`.execute(db);
  },

  async createShortQuerySchema(db) {
    await sql`create virtual table documents_short using fts5(
      grams,
      content = '',
      tokenize = 'ascii',
      detail = 'none',
      columnsize = 0
    )`.execute(db);
    await fillShortQueryIndex(db);
  },

  async dropShortQuerySchema(db) {
    await sql`drop table if exists documents_short`.execute(db);
  },

  async add(db, documentId, normalisedText) {
    await sql`insert into documents_fts (rowid, normalised_text)
      values (${documentId}, ${normalisedText})`.execute(db);
    await sql`insert into documents_short (rowid, grams) values (${documentId}, ${shortGramTerms(normalisedText)})`.execute(db);
  },

  async remove(db, documentId, normalisedText) {
    await sql`insert into documents_fts (documents_fts, rowid, normalised_text)
      values ('delete', ${documentId}, ${normalisedText})`.execute(db);
    // A contentless table deletes a row given the terms it was inserted with.
    await sql`insert into documents_short (documents_short, rowid, grams)
      values ('delete', ${documentId}, ${shortGramTerms(normalisedText)})`.execute(db);
  },

  async candidates(db, query, limit) {
    return [...query].length > SHORT_QUERY_MAX ? matchTrigrams(db, query, limit) : matchShort(db, query, limit);
  },
};

/** Documents per batch when filling `documents_short` from the stored texts. */
const FILL_BATCH = 500;

/** Indexes every stored document's characters and pairs (the migration's backfill). */
async function fillShortQueryIndex(db: Kysely<any>): Promise<void> {
  for (let after = 0; ; ) {
    const { rows } = await sql<{ id: number; normalised_text: string }>`
      select id, normalised_text from documents where id > ${after} order by id limit ${FILL_BATCH}`.execute(db);
    if (rows.length === 0) return;
    for (const r of rows) {
      await sql`insert into documents_short (rowid, grams) values (${r.id}, ${shortGramTerms(r.normalised_text)})`.execute(db);
    }
    after = rows[rows.length - 1]!.id;
  }
}

/** FTS5 phrase: the whole query in double quotes, inner quotes doubled. */
export function ftsPhrase(query: string): string {
  return `"${query.replaceAll('"', '""')}"`;
}

async function matchTrigrams(
  db: Kysely<Database>,
  query: string,
  limit: number,
): Promise<readonly TextCandidate[]> {
  const { rows } = await sql<TextCandidate>`
    select rowid as "documentId", bm25(documents_fts) as "rank"
    from documents_fts
    where documents_fts match ${ftsPhrase(query)}
    order by "rank"
    limit ${limit}`.execute(db);
  return rows;
}

/** Documents containing a query of 1–2 characters, by id (as the scan gave them), unranked. */
async function matchShort(db: Kysely<Database>, query: string, limit: number): Promise<readonly TextCandidate[]> {
  const { rows } = await sql<{ id: number }>`
    select rowid as id from documents_short
    where documents_short match ${ftsPhrase(shortQueryTerm(query))}
    order by rowid
    limit ${limit}`.execute(db);
  return rows.map((r) => ({ documentId: r.id, rank: 0 }));
}

/**
 * The scan `matchShort` replaced, kept as the reference its test compares
 * against: SQLite's lower() folds ASCII letters only, so without any in the
 * query the text need not be lower-cased to compare.
 */
export async function scanInstr(db: Kysely<Database>, query: string, limit: number): Promise<readonly TextCandidate[]> {
  const hasAsciiLetter = /[A-Za-z]/.test(query);
  const rows = await db
    .selectFrom('documents')
    .select('id')
    .where((eb) =>
      hasAsciiLetter
        ? eb(eb.fn('instr', [eb.fn('lower', ['normalised_text']), eb.fn('lower', [eb.val(query)])]), '>', 0)
        : eb(eb.fn('instr', ['normalised_text', eb.val(query)]), '>', 0),
    )
    .orderBy('id')
    .limit(limit)
    .execute();
  return rows.map((r) => ({ documentId: r.id, rank: 0 }));
}
