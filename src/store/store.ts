import type { Kysely } from 'kysely';
import type { Database } from './schema.js';
import type { TextIndex } from './text-index.js';

/** An open store: the query builder plus the dialect's full-text index. */
export interface Store {
  readonly db: Kysely<Database>;
  readonly textIndex: TextIndex;
  /** Where it lives (a file path for SQLite). */
  readonly location: string;
  close(): Promise<void>;
}
