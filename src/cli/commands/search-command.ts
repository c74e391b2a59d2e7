import type { Store } from '../../store/store.js';
import { searchText } from '../../store/search-text.js';
import { markSnippet } from '../../store/text-matches.js';
import { CliError } from '../cli-context.js';
import { formatRows, type OutputFormat } from '../format-output.js';

export async function searchCommand(store: Store, query: string, limit: number, format: OutputFormat): Promise<string> {
  if (!query.trim()) throw new CliError('search needs a query, for example: sokan search 羅津港', 2);
  const results = await searchText(store, query, { limit });
  if (format === 'json' || format === 'jsonl') return formatRows(results as unknown as Record<string, unknown>[], format);
  const rows = results.flatMap((r) =>
    r.hits.map((h) => ({ doc: r.fileName, position: h.position, snippet: markSnippet(h.snippet) })),
  );
  return formatRows(rows, format);
}
