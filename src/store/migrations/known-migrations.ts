import type { Migration, MigrationProvider } from 'kysely';
import type { TextIndex } from '../text-index.js';
import * as initial from './0001-initial.js';
import { textIndexMigration } from './0002-text-index.js';
import * as ach from './0003-ach.js';
import * as eventOrigin from './0004-event-origin.js';
import * as auditChain from './0005-audit-chain.js';
import * as accounts from './0006-accounts.js';
import * as queryIndexes from './0007-query-indexes.js';
import { tallyAndShortSearchMigration } from './0008-tally-and-short-search.js';
import * as partialEventIndexes from './0009-partial-event-indexes.js';

/**
 * Every migration Sokan knows, by name, in order. Append only: never rename,
 * reorder or edit a migration that has shipped. Names sort in applying order.
 */
export function knownMigrations(index: TextIndex): Readonly<Record<string, Migration>> {
  return {
    '0001-initial': initial,
    '0002-text-index': textIndexMigration(index),
    '0003-ach': ach,
    '0004-event-origin': eventOrigin,
    '0005-audit-chain': auditChain,
    '0006-accounts': accounts,
    // Indexes for queries at scale (dyad and target by date).
    '0007-query-indexes': queryIndexes,
    // The relationship index added up from one index; 1–2 character search from an index, not a scan.
    '0008-tally-and-short-search': tallyAndShortSearchMigration(index),
    // Fewer index entries per event: events_cameo (unused) dropped, dedup key and external id indexes partial.
    '0009-partial-event-indexes': partialEventIndexes,
  };
}

/** Supplies the migrations from code (the compiled dist/ has no .ts folder to read). */
export class InCodeMigrationProvider implements MigrationProvider {
  constructor(private readonly migrations: Readonly<Record<string, Migration>>) {}

  async getMigrations(): Promise<Record<string, Migration>> {
    return { ...this.migrations };
  }
}
