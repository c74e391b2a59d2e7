import type { Store } from '../store.js';

/** Records where an uploaded document came from (the temporary path it was read from is gone). */
export async function setSourcePath(store: Store, documentId: number, sourcePath: string): Promise<void> {
  await store.db.updateTable('documents').set({ source_path: sourcePath }).where('id', '=', documentId).execute();
}
