import { resolve } from 'node:path';
import { openStore } from '../store/open-store.js';
import { isPostgresUrl } from '../store/store-dialect.js';
import type { Store } from '../store/store.js';

/** Options every command shares. */
export interface GlobalOptions {
  readonly db?: string;
}

/**
 * The database: `--db` (an SQLite file or a postgres:// URL), else
 * `SOKAN_DATABASE_URL`, else `SOKAN_DB`, else `./sokan.db`. Files are made absolute.
 */
export function databasePath(opts: GlobalOptions, env: NodeJS.ProcessEnv = process.env): string {
  const given = opts.db ?? (env['SOKAN_DATABASE_URL'] || undefined) ?? env['SOKAN_DB'] ?? 'sokan.db';
  return isPostgresUrl(given) ? given : resolve(given);
}

export async function withStore<T>(opts: GlobalOptions, fn: (store: Store) => Promise<T>): Promise<T> {
  const store = await openStore({ path: databasePath(opts) });
  try {
    return await fn(store);
  } finally {
    await store.close();
  }
}

/** An expected failure the user can act on: printed as one line, exit code 1 or 2. */
export class CliError extends Error {
  constructor(message: string, readonly exitCode: 1 | 2 = 1) {
    super(message);
    this.name = 'CliError';
  }
}
