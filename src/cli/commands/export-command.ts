import { exportClaimRecords, exportEventRecords } from '../../store/export-records.js';
import type { Store } from '../../store/store.js';
import { CliError } from '../cli-context.js';
import { formatRows, type OutputFormat } from '../format-output.js';

const KINDS = ['events', 'claims'] as const;
type ExportKind = (typeof KINDS)[number];

/** `sokan export events|claims --format jsonl|json|csv`: records in the shape of the gold SPEC. */
export async function exportCommand(store: Store, kind: string, format: OutputFormat): Promise<string> {
  if (!KINDS.includes(kind as ExportKind)) throw new CliError(`export what? expected one of ${KINDS.join(', ')} (got "${kind}")`, 2);
  if (format === 'table') throw new CliError('export writes jsonl, json or csv; use `sokan events` for a table', 2);
  const records = kind === 'events' ? await exportEventRecords(store) : await exportClaimRecords(store);
  return formatRows(records as unknown as Record<string, unknown>[], format);
}
