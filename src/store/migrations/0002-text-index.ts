import type { Migration } from 'kysely';
import type { TextIndex } from '../text-index.js';

/** Creates the dialect's full-text index over documents.normalised_text. */
export function textIndexMigration(index: TextIndex): Migration {
  return {
    up: (db) => index.createSchema(db),
    down: (db) => index.dropSchema(db),
  };
}
