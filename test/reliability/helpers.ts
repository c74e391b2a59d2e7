// Shared helpers of the reliability suite: the built CLI as a child process,
// temp folders, a read-only look into the database, tiny hand-made PDFs.
import { spawn, spawnSync, type SpawnSyncReturns } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';

export const ROOT = join(import.meta.dirname, '..', '..');
export const BIN = join(ROOT, 'bin', 'sokan.js');
export const ENV = { ...process.env, CI: '1' };

export interface Run {
  readonly code: number | null;
  readonly out: string;
  readonly err: string;
  /** `error:` lines on stderr. */
  readonly errors: string[];
  /** Peak resident memory of the child in MB (when measured). */
  readonly peakMb: number | null;
}

/** A fresh temp folder; removed by the returned function. */
export function tempFolder(prefix = 'sokan-rel-'): { dir: string; remove: () => void } {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}

export function writeFiles(dir: string, files: Readonly<Record<string, string | Uint8Array>>): void {
  for (const [name, content] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, name)), { recursive: true });
    writeFileSync(join(dir, name), content);
  }
}

/**
 * Runs `node bin/sokan.js --db DB ...args`, reporting the child's own peak
 * RSS (process.resourceUsage().maxRSS at exit) on a last stderr line.
 */
export function sokan(db: string, args: readonly string[], opts: { maxOldSpaceMb?: number; timeout?: number } = {}): Run {
  const probe =
    `process.on('exit', () => process.stderr.write('\\n@@peak-rss-kb ' + process.resourceUsage().maxRSS + '\\n'));` +
    `process.argv.splice(1, 0, ${JSON.stringify(BIN)});` +
    `await import(${JSON.stringify(new URL(`file://${BIN}`).href)});`;
  const nodeArgs = [...(opts.maxOldSpaceMb ? [`--max-old-space-size=${opts.maxOldSpaceMb}`] : []), '--input-type=module', '-e', probe];
  const r = spawnSync(process.execPath, [...nodeArgs, '--', '--db', db, ...args], { encoding: 'utf8', env: ENV, timeout: opts.timeout ?? 60_000, maxBuffer: 1 << 26 });
  return toRun(r);
}

function toRun(r: SpawnSyncReturns<string>): Run {
  const m = /\n@@peak-rss-kb (\d+)\n$/.exec(r.stderr ?? '');
  const err = m ? r.stderr.slice(0, m.index) : (r.stderr ?? '');
  return {
    code: r.status,
    out: r.stdout ?? '',
    err,
    errors: err.split('\n').filter((l) => l.startsWith('error:')),
    peakMb: m ? Math.round(Number(m[1]) / 1024) : null,
  };
}

/** Starts the CLI without waiting (for kill -9 tests). */
export function startSokan(db: string, args: readonly string[]) {
  return spawn(process.execPath, [BIN, '--db', db, ...args], { env: ENV, stdio: ['ignore', 'pipe', 'pipe'] });
}

/** Opens the database read-only, runs `fn`, closes it. */
export function withDb<T>(path: string, fn: (db: BetterSqlite3.Database) => T): T {
  const db = new BetterSqlite3(path, { readonly: true, fileMustExist: true });
  try {
    return fn(db);
  } finally {
    db.close();
  }
}

export interface Health {
  readonly integrity: string;
  readonly foreignKeyProblems: number;
  /** Documents whose normalised text is missing from the full-text index, or whose event sources point nowhere. */
  readonly halfStored: number;
}

/** What a crash or a failed write must never break. */
export function health(path: string): Health {
  return withDb(path, (db) => ({
    integrity: (db.pragma('integrity_check') as { integrity_check: string }[]).map((r) => r.integrity_check).join('; '),
    foreignKeyProblems: (db.pragma('foreign_key_check') as unknown[]).length,
    halfStored: (
      db.prepare(`select count(*) as n from documents d where not exists (select 1 from documents_fts f where f.rowid = d.id)
        or exists (select 1 from event_sources s left join events e on e.id = s.event_id where s.document_id = d.id and e.id is null)`).get() as { n: number }
    ).n,
  }));
}

export function storedNames(path: string): string[] {
  return withDb(path, (db) => (db.prepare('select file_name from documents order by file_name').all() as { file_name: string }[]).map((r) => r.file_name));
}

/** Builds a minimal PDF (Helvetica text, one content stream per page) with correct xref offsets. */
export function makePdf(pages: readonly string[][], opts: { encrypt?: boolean } = {}): Uint8Array {
  const objects: string[] = [];
  const add = (body: string) => objects.push(body);
  const catalog = add('<< /Type /Catalog /Pages 2 0 R >>');
  add('');
  const font = add('<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>');
  const kids: number[] = [];
  for (const lines of pages) {
    const ops = lines.map((l, i) => `BT /F1 12 Tf 72 ${720 - i * 16} Td (${l}) Tj ET`).join('\n');
    const content = add(`<< /Length ${ops.length} >>\nstream\n${ops}\nendstream`);
    kids.push(add(`<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 ${font} 0 R >> >> /Contents ${content} 0 R >>`));
  }
  objects[1] = `<< /Type /Pages /Kids [${kids.map((k) => `${k} 0 R`).join(' ')}] /Count ${kids.length} >>`;
  const encrypt = opts.encrypt ? add(`<< /Filter /Standard /V 1 /R 2 /P -44 /O <${'ab'.repeat(32)}> /U <${'cd'.repeat(32)}> >>`) : null;
  let out = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((body, i) => {
    offsets.push(out.length);
    out += `${i + 1} 0 obj\n${body}\nendobj\n`;
  });
  const xref = out.length;
  out += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  for (const o of offsets) out += `${String(o).padStart(10, '0')} 00000 n \n`;
  const extra = encrypt ? ` /Encrypt ${encrypt} 0 R /ID [<${'01'.repeat(16)}> <${'01'.repeat(16)}>]` : '';
  out += `trailer\n<< /Size ${objects.length + 1} /Root ${catalog} 0 R${extra} >>\nstartxref\n${xref}\n%%EOF\n`;
  return new TextEncoder().encode(out);
}

/**
 * Every row of every table, FTS shadow tables and migration bookkeeping
 * aside, with each value's SQLite storage class, in a stable order.
 */
export function snapshot(path: string): Record<string, unknown[]> {
  return withDb(path, (db) => {
    const tables = (db.prepare(`select name from sqlite_master where type = 'table' order by name`).all() as { name: string }[])
      .map((t) => t.name)
      .filter((name) => !name.startsWith('documents_fts') && !name.startsWith('documents_short') && !name.startsWith('sokan_migration'));
    const out: Record<string, unknown[]> = {};
    for (const name of tables) {
      const cols = (db.prepare(`select name from pragma_table_info(?)`).all(name) as { name: string }[]).map((c) => `"${c.name}"`);
      const typed = cols.map((c) => `${c}, typeof(${c}) as "${c.slice(1, -1)}:type"`).join(', ');
      out[name] = db.prepare(`select ${typed} from "${name}" order by ${cols.join(', ')}`).safeIntegers(true).all();
    }
    return out;
  });
}
