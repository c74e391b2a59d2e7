import { ingestFiles, type IngestSummary } from '../../app/ingest-documents.js';
import { createExtractor } from '../../extract/create-extractor.js';
import { ingestFile, listInputFiles } from '../../ingest/ingest-file.js';
import { syncActors } from '../../store/sync-actors.js';
import type { Store } from '../../store/store.js';
import { gazetteerActors } from '../../app/gazetteer-actors.js';
import { progressReporter } from '../progress-reporter.js';

/** `sokan ingest PATH...`: returns the exit code (1 when any file failed). */
export async function ingestCommand(store: Store, paths: readonly string[], out = process.stdout): Promise<number> {
  const summary = await ingestPaths(store, paths, progressReporter());
  out.write(
    `${summary.stored} stored, ${summary.duplicates} already stored, ${summary.failed.length} failed; ` +
      `${summary.events} events, ${summary.claims} claims\n`,
  );
  return summary.failed.length > 0 ? 1 : 0;
}

/** Expands folders, then reads, extracts and stores every file. */
export async function ingestPaths(
  store: Store,
  paths: readonly string[],
  onProgress: Parameters<typeof ingestFiles>[2],
): Promise<IngestSummary> {
  const listed = await listInputFiles([...paths]);
  const extractor = createExtractor();
  await syncActors(store, gazetteerActors(extractor.gazetteer));
  const summary = await ingestFiles({ store, extractor, readDocument: ingestFile }, listed.files, onProgress);
  const listingFailures = listed.errors.map((e) => ({ kind: 'failed' as const, path: e.path, message: e.message }));
  for (const f of listingFailures) process.stderr.write(`error: ${f.message}\n`);
  return { ...summary, failed: [...listingFailures, ...summary.failed] };
}
