import { Option, type Command } from 'commander';
import { verifyAuditChain } from '../../store/audit/index.js';
import { listAudit, type AuditEntry } from '../../store/edits/index.js';
import { CliError } from '../cli-context.js';
import type { CommandContext } from '../command-context.js';
import { formatRows, type OutputFormat } from '../format-output.js';

interface ListOptions {
  entity?: string;
  id?: string;
  limit: string;
  format: OutputFormat;
}

/**
 * `audit verify` (walks the hash chain: exit 0 when it holds, 1 naming the
 * first bad entry) and `audit list`. Read-only: no command changes the log.
 */
export function registerAuditCommands(program: Command, ctx: CommandContext): void {
  const audit = program.command('audit').description('the tamper-evident log of analyst edits (read-only)');

  audit
    .command('verify')
    .description('check the hash chain of the audit log; exit 1 naming the first altered, missing or reordered entry')
    .option('--expect <hash>', 'a head hash printed by an earlier verify: fail unless it is still in the chain')
    .action(async (o: { expect?: string }) => {
      const r = await ctx.withStore((s) => verifyAuditChain(s, o.expect === undefined ? {} : { expectHash: o.expect }));
      if (!r.ok) throw new CliError(`audit log verification FAILED (${r.error.kind}): ${r.error.message}`, 1);
      const { entries, lastId, head } = r.value;
      ctx.print(`audit log OK: ${entries} entries${entries > 0 ? `, last ${lastId}` : ''}, head ${head}\n`);
    });

  audit
    .command('list')
    .description('audit entries, newest first: who changed what, when, before and after')
    .option('--entity <table>', 'only entries about this table (events)')
    .option('--id <n>', 'only entries about this record id')
    .option('-n, --limit <n>', 'at most this many', '50')
    .addOption(new Option('-f, --format <format>', 'output format').choices(['table', 'json', 'csv']).default('table'))
    .action(async (o: ListOptions) => {
      const limit = positiveInt(o.limit, '-n');
      const entityId = o.id === undefined ? undefined : positiveInt(o.id, '--id');
      const entries = await ctx.withStore((s) =>
        listAudit(s, { limit, ...(o.entity === undefined ? {} : { entity: o.entity }), ...(entityId === undefined ? {} : { entityId }) }),
      );
      ctx.print(o.format === 'table' ? formatRows(entries.map(summaryRow), 'table') : formatRows(entries.map(fullRow), o.format));
    });
}

function positiveInt(v: string, flag: string): number {
  const n = Number(v);
  if (!Number.isInteger(n) || n < 1) throw new CliError(`${flag} must be a positive whole number (got "${v}")`, 2);
  return n;
}

function fullRow(e: AuditEntry) {
  return { id: e.id, at: e.at, user: e.user, entity: e.entity, entityId: e.entityId, action: e.action, before: e.before, after: e.after };
}

/** For the terminal: which top-level fields the edit changed instead of both records. */
function summaryRow(e: AuditEntry) {
  return { id: e.id, at: e.at, user: e.user, entity: e.entity, entityId: e.entityId, action: e.action, changed: changedFields(e.before, e.after).join(' ') };
}

function changedFields(before: unknown, after: unknown): string[] {
  const b = isRecord(before) ? before : {};
  const a = isRecord(after) ? after : {};
  const keys = [...new Set([...Object.keys(b), ...Object.keys(a)])];
  return keys.filter((k) => JSON.stringify(b[k]) !== JSON.stringify(a[k]));
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}
