import { createWriteStream, renameSync, rmSync } from 'node:fs';
import { once } from 'node:events';
import { sql, type Kysely } from 'kysely';
import { err, ok, type Result } from '../../core/result.js';
import type { Store } from '../store.js';
import { appliedMigrationNames, dataTables } from './data-tables.js';
import { DUMP_FORMAT, DUMP_VERSION, type DumpLine } from './dump-format.js';
import { encodeValue, type SqlValue } from './dump-value.js';
import { readIdSequences } from './id-sequences.js';

/**
 * Writes every row of every data table (see data-tables.ts) as JSON Lines,
 * from one read transaction, so the dump is a consistent snapshot while
 * others write (SQLite or PostgreSQL; the same file loads into either).
 * Ids are kept, so links between tables survive. Written to `<file>.partial`
 * and renamed when complete.
 */
export async function dumpDatabase(store: Store, file: string): Promise<Result<Readonly<Record<string, number>>>> {
  const partial = `${file}.partial`;
  const out = createWriteStream(partial);
  const write = async (line: DumpLine) => {
    if (!out.write(`${JSON.stringify(line)}\n`)) await once(out, 'drain');
  };
  try {
    // Repeatable read: one snapshot for every table in PostgreSQL (SQLite's read transaction already is one).
    const counts = await store.db.transaction().setIsolationLevel('repeatable read').execute(async (trx) => {
      const tables = await dataTables(trx);
      const migrations = await appliedMigrationNames(trx);
      await write({ type: 'header', format: DUMP_FORMAT, version: DUMP_VERSION, createdAt: new Date().toISOString(), migrations, tables });
      const rows: Record<string, number> = {};
      for (const t of tables) {
        rows[t.name] = 0;
        const query = (trx as Kysely<any>).selectFrom(t.name).select(t.columns.map((c) => sql.ref(c).as(c)));
        for await (const row of query.stream(100) as AsyncIterable<Record<string, SqlValue>>) {
          const values = t.columns.map((c) => encodeValue(row[c] ?? null));
          await write({ type: 'row', table: t.name, values });
          rows[t.name]!++;
        }
      }
      for (const s of await readIdSequences(trx, tables)) await write({ type: 'sequence', table: s.table, seq: s.seq });
      await write({ type: 'footer', rows });
      return rows;
    });
    out.end();
    await once(out, 'finish');
    renameSync(partial, file);
    return ok(counts);
  } catch (e) {
    out.destroy();
    rmSync(partial, { force: true });
    return err(`dump to ${file} failed, nothing written: ${(e as Error).message}`);
  }
}
