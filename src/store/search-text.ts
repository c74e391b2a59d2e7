import { OffsetTable } from './offset-table.js';
import type { Store } from './store.js';
import { findMatches, snippetAt, type Snippet } from './text-matches.js';

export interface SearchOptions {
  /** Documents returned, best first (default 20). */
  readonly limit?: number;
  /** Hits listed per document (default 20); `totalHits` counts them all. */
  readonly hitsPerDocument?: number;
  /** Characters of context either side of a hit (default 40). */
  readonly context?: number;
}

export interface SearchHit {
  /** Offset of the match in the ORIGINAL text. */
  readonly position: number;
  /** End (exclusive) of the match in the original text. */
  readonly end: number;
  /** Offset of the match in the normalised text. */
  readonly normalisedPosition: number;
  /** Cut from the normalised text (what was matched); see `markSnippet` for a 【】 string. */
  readonly snippet: Snippet;
}

export interface SearchResult {
  readonly documentId: number;
  readonly fileName: string;
  readonly title: string | null;
  readonly totalHits: number;
  readonly hits: readonly SearchHit[];
}

/** Most candidate documents examined per query (ranking by hit count needs them all). */
const CANDIDATE_CAP = 2000;

/**
 * Substring search over normalised texts; works for Japanese (no word
 * boundaries needed). The query is NFKC-normalised and trimmed, like the text.
 * Matching is case-insensitive for letters whose lower case has the same length.
 * Documents are ranked by number of hits, then by the index's rank.
 */
export async function searchText(store: Store, query: string, opts: SearchOptions = {}): Promise<SearchResult[]> {
  const needle = query.normalize('NFKC').trim();
  if (needle.length === 0) return [];
  const { limit = 20, hitsPerDocument = 20, context = 40 } = opts;
  const candidates = await store.textIndex.candidates(store.db, needle, CANDIDATE_CAP);
  const rank = new Map(candidates.map((c) => [c.documentId, c.rank]));
  // Count the hits of every candidate from its text alone; read the offset
  // table (4 bytes a character) only for the documents returned.
  const counted: Counted[] = [];
  for (let i = 0; i < candidates.length; i += 100) {
    const ids = candidates.slice(i, i + 100).map((c) => c.documentId);
    const rows = await store.db
      .selectFrom('documents')
      .select(['id', 'file_name', 'title', 'normalised_text'])
      .where('id', 'in', ids)
      .execute();
    for (const row of rows) {
      const starts = findMatches(row.normalised_text, needle);
      if (starts.length === 0) continue; // the index over-approximates (case folding)
      counted.push({ documentId: row.id, fileName: row.file_name, title: row.title, starts, rank: rank.get(row.id) ?? 0 });
    }
  }
  counted.sort((a, b) => b.starts.length - a.starts.length || a.rank - b.rank || a.documentId - b.documentId);
  const top = counted.slice(0, limit);
  if (top.length === 0) return [];
  const texts = await store.db
    .selectFrom('documents')
    .select(['id', 'normalised_text', 'offsets'])
    .where('id', 'in', top.map((c) => c.documentId))
    .execute();
  const byId = new Map(texts.map((t) => [t.id, t]));
  return top.map((c) => {
    const { normalised_text: text, offsets } = byId.get(c.documentId)!;
    const table = OffsetTable.fromBytes(offsets);
    return {
      documentId: c.documentId,
      fileName: c.fileName,
      title: c.title,
      totalHits: c.starts.length,
      hits: c.starts.slice(0, hitsPerDocument).map((start) => {
        const end = start + needle.length;
        const span = table.toOriginal(start, end);
        return { position: span.start, end: span.end, normalisedPosition: start, snippet: snippetAt(text, start, end, context) };
      }),
    };
  });
}

interface Counted {
  readonly documentId: number;
  readonly fileName: string;
  readonly title: string | null;
  readonly starts: readonly number[];
  readonly rank: number;
}
