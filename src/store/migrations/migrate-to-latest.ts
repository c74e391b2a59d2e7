import { Migrator, type Kysely, type Migration } from 'kysely';
import { err, ok, type Result } from '../../core/result.js';
import { PostgresSchemaPlugin } from '../postgres/postgres-schema-plugin.js';
import { dialectOf } from '../store-dialect.js';
import { InCodeMigrationProvider } from './known-migrations.js';

export const MIGRATION_TABLE = 'sokan_migration';
export const MIGRATION_LOCK_TABLE = 'sokan_migration_lock';

export type MigrationError =
  | { readonly kind: 'unknown-migrations'; readonly message: string; readonly applied: readonly string[] }
  | { readonly kind: 'migration-failed'; readonly message: string; readonly migration: string | null };

/**
 * Applies the known migrations that have not been applied yet.
 * Refuses (without touching anything) a database whose applied migrations are
 * not a prefix of the known list — e.g. one written by a newer Sokan.
 * On PostgreSQL the migrations run through PostgresSchemaPlugin (column types,
 * identity ids), each in a transaction, under Kysely's advisory lock, so
 * several processes opening one new database at once migrate it once.
 */
export async function migrateToLatest(
  db: Kysely<any>,
  migrations: Readonly<Record<string, Migration>>,
): Promise<Result<readonly string[], MigrationError>> {
  const known = Object.keys(migrations).sort();
  const applied = await appliedMigrations(db);
  const isPrefix = applied.length <= known.length && applied.every((name, i) => name === known[i]);
  if (!isPrefix) {
    return err({
      kind: 'unknown-migrations',
      applied,
      message:
        `database schema is not one this version of Sokan knows: applied migrations ` +
        `[${applied.join(', ')}] are not a prefix of the known migrations [${known.join(', ')}]` +
        ` (was it written by a newer or different version?)`,
    });
  }
  const migrator = new Migrator({
    db: dialectOf(db) === 'postgres' ? db.withPlugin(new PostgresSchemaPlugin()) : db,
    provider: new InCodeMigrationProvider(migrations),
    migrationTableName: MIGRATION_TABLE,
    migrationLockTableName: MIGRATION_LOCK_TABLE,
  });
  const { error, results = [] } = await migrator.migrateToLatest();
  if (error !== undefined) {
    const failed = results.find((r) => r.status === 'Error');
    return err({
      kind: 'migration-failed',
      migration: failed?.migrationName ?? null,
      message: `migration ${failed?.migrationName ?? '(setup)'} failed: ${String(
        error instanceof Error ? error.message : error,
      )}`,
    });
  }
  return ok(results.map((r) => r.migrationName));
}

async function appliedMigrations(db: Kysely<any>): Promise<string[]> {
  const tables = await db.introspection.getTables();
  if (!tables.some((t) => t.name === MIGRATION_TABLE)) return [];
  const rows: { name: string }[] = await db
    .selectFrom(MIGRATION_TABLE)
    .select('name')
    .orderBy('name')
    .execute();
  return rows.map((r) => r.name);
}
