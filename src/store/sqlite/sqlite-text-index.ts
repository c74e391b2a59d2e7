import { sql, type Kysely } from 'kysely';
import type { Database } from '../schema.js';
import type { TextCandidate, TextIndex } from '../text-index.js';

/**
 * SQLite full-text index: an FTS5 external-content table over
 * `documents.normalised_text` with the trigram tokenizer, which needs no word
 * segmentation and so works for Japanese. Trigram MATCH cannot find queries
 * shorter than 3 characters; those fall back to a scan with `instr`.
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

  async add(db, documentId, normalisedText) {
    await sql`insert into documents_fts (rowid, normalised_text)
      values (${documentId}, ${normalisedText})`.execute(db);
  },

  async remove(db, documentId, normalisedText) {
    await sql`insert into documents_fts (documents_fts, rowid, normalised_text)
      values ('delete', ${documentId}, ${normalisedText})`.execute(db);
  },

  async candidates(db, query, limit) {
    return [...query].length >= 3 ? matchTrigrams(db, query, limit) : scanInstr(db, query, limit);
  },
};

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

async function scanInstr(
  db: Kysely<Database>,
  query: string,
  limit: number,
): Promise<readonly TextCandidate[]> {
  // SQLite's lower() folds ASCII letters only: without any in the query, the
  // text need not be lower-cased (a copy of every document) to compare.
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
