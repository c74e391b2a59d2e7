import { listDocuments } from '../../store/list-documents.js';
import { queryEvents, type EventQuery } from '../../store/query-events.js';
import type { Store } from '../../store/store.js';
import { parseEventFilters, type RawEventFilters } from '../../app/parse-event-filters.js';
import { CliError } from '../cli-context.js';
import { formatRows, type OutputFormat } from '../format-output.js';

export async function docsCommand(store: Store, format: OutputFormat): Promise<string> {
  const docs = await listDocuments(store);
  return formatRows(docs as unknown as Record<string, unknown>[], format);
}

export interface EventsOptions {
  readonly dyad?: string;
  readonly actor?: string;
  readonly from?: string;
  readonly to?: string;
  readonly cameo?: string;
  readonly status?: string;
  readonly limit?: string;
  readonly format: OutputFormat;
}

/** Command-line filters to a store query; a bad option exits 2 with its name. */
export function eventFiltersOrExit(o: RawEventFilters): EventQuery {
  const r = parseEventFilters(o);
  if (!r.ok) throw new CliError(`--${r.error.field} ${r.error.message}`, 2);
  return r.value;
}

export async function eventsCommand(store: Store, o: EventsOptions): Promise<string> {
  const events = await queryEvents(store, eventFiltersOrExit(o));
  const rows = events.map((e) => ({
    id: e.id,
    date: e.dateEnd ? `${e.date}/${e.dateEnd}` : e.date,
    cameo: e.cameo,
    source: e.source,
    target: e.target,
    status: e.status,
    location: e.location,
    goldstein: e.goldstein,
    sources: e.sources.map((s) => s.fileName).join(' '),
    quote: e.sources[0]?.quote ?? '',
  }));
  if (o.format === 'json' || o.format === 'jsonl') return formatRows(events as unknown as Record<string, unknown>[], o.format);
  return formatRows(rows, o.format);
}
