import { sql, type Kysely } from 'kysely';
import { err, ok, type Result } from '../../core/result.js';
import { verifyAuditChain } from '../audit/verify-audit-chain.js';
import type { Store } from '../store.js';
import { appliedMigrationNames, dataTables, type DataTable } from './data-tables.js';
import { readIdSequences, writeIdSequences } from './id-sequences.js';
import { deferForeignKeys } from './load-dump.js';

/** Rows per INSERT: 16 columns at most here, far below either database's limit of bound values. */
const BATCH_ROWS = 500;

export interface CopySummary {
  /** Rows copied, per table (every data table, 0 included). */
  readonly rows: Readonly<Record<string, number>>;
  /** Entries of the audit log and the hash of the last one, the same on both sides. */
  readonly auditEntries: number;
  readonly auditHead: string;
}

/**
 * Copies every row of every data table of `source` into `target`, an EMPTY
 * store of the same schema (both opened with `openStore`, so both are at the
 * latest migration), whatever their dialects: `sokan migrate` moves an SQLite
 * store to PostgreSQL (or back). Ids are kept and the id counters set above
 * them. The source is read in one snapshot; the target is written in ONE
 * transaction with foreign keys checked at commit, so it is all or nothing.
 * Then checked: row counts equal table by table, and the audit chain of the
 * target verifies and ends at the source's head.
 */
export async function copyStore(source: Store, target: Store): Promise<Result<CopySummary>> {
  const tables = await dataTables(source.db);
  const refused = await refuseTarget(source, target, tables);
  if (refused !== null) return err(refused);
  try {
    await source.db.transaction().setIsolationLevel('repeatable read').execute(async (from) => {
      await target.db.transaction().execute(async (to) => {
        await deferForeignKeys(to);
        for (const t of tables) await copyTable(from, to, t);
        const documents = await (to as Kysely<any>).selectFrom('documents').select(['id', 'normalised_text']).execute();
        for (const d of documents) await target.textIndex.add(to, d.id as number, d.normalised_text as string);
        await writeIdSequences(to, tables, await readIdSequences(from, tables));
      });
    });
  } catch (e) {
    return err(`copy into ${target.location} failed, nothing was written: ${(e as Error).message}`);
  }
  return verifyCopy(source, target, tables);
}

async function copyTable(from: Kysely<any>, to: Kysely<any>, t: DataTable): Promise<void> {
  let batch: Record<string, unknown>[] = [];
  const query = from.selectFrom(t.name).select(t.columns.map((c) => sql.ref(c).as(c)));
  for await (const row of query.stream(BATCH_ROWS) as AsyncIterable<Record<string, unknown>>) {
    batch.push(row);
    if (batch.length >= BATCH_ROWS) {
      await to.insertInto(t.name).values(batch).execute();
      batch = [];
    }
  }
  if (batch.length > 0) await to.insertInto(t.name).values(batch).execute();
}

/** Why the copy cannot start: another schema version, a missing table or column, a target holding data. */
async function refuseTarget(source: Store, target: Store, tables: readonly DataTable[]): Promise<string | null> {
  const [from, to] = [await appliedMigrationNames(source.db), await appliedMigrationNames(target.db)];
  if (from.join() !== to.join()) {
    return `${source.location} and ${target.location} are at different migrations ([${from.join(', ')}] and [${to.join(', ')}]); open both with this version of Sokan first`;
  }
  const targetTables = new Map((await dataTables(target.db)).map((t) => [t.name, t]));
  for (const t of tables) {
    const there = targetTables.get(t.name);
    if (there === undefined) return `${target.location} has no table ${t.name}`;
    const missing = t.columns.filter((c) => !there.columns.includes(c));
    if (missing.length > 0) return `${target.location}: table ${t.name} lacks columns ${missing.join(', ')}`;
    const n = await countRows(target.db, t.name);
    if (n > 0) {
      return `${target.location} already holds data (table ${t.name}: ${n} rows); migrate copies into an EMPTY database: create a new one (e.g. createdb sokan) and give its URL`;
    }
  }
  return null;
}

async function verifyCopy(source: Store, target: Store, tables: readonly DataTable[]): Promise<Result<CopySummary>> {
  const rows: Record<string, number> = {};
  for (const t of tables) {
    const [a, b] = [await countRows(source.db, t.name), await countRows(target.db, t.name)];
    if (a !== b) return err(`copied, but table ${t.name} has ${a} rows in ${source.location} and ${b} in ${target.location}`);
    rows[t.name] = b;
  }
  const [before, after] = [await verifyAuditChain(source), await verifyAuditChain(target)];
  if (!after.ok) return err(`copied, but the audit chain of ${target.location} does not verify: ${after.error.message}`);
  if (before.ok && before.value.head !== after.value.head) {
    return err(`copied, but the audit chain of ${target.location} ends at ${after.value.head}, not at ${before.value.head}`);
  }
  return ok({ rows, auditEntries: after.value.entries, auditHead: after.value.head });
}

async function countRows(db: Kysely<any>, table: string): Promise<number> {
  const row = await db.selectFrom(table).select(sql<number>`count(*)`.as('n')).executeTakeFirstOrThrow();
  return Number(row.n);
}
