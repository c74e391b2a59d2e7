import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { findDocument } from './get-document.js';
import { saveDocument } from './save-document.js';
import type { Store } from './store.js';
import { makeDocument, saveInput, tempStore } from './testing/fixtures.js';

let store: Store;
let dispose: () => Promise<void>;
beforeEach(async () => ({ store, dispose } = await tempStore()));
afterEach(() => dispose());

describe('findDocument', () => {
  it('takes a reference as a file name first (corpus files are called 000), then as an id', async () => {
    const first = await saveDocument(store, saveInput(makeDocument('memo', '2023年9月13日に会談した。')));
    const second = await saveDocument(store, saveInput(makeDocument('001', '2024年6月19日に署名した。')));
    expect((await findDocument(store, '001'))?.id).toBe(second.documentId);
    expect((await findDocument(store, String(first.documentId)))?.fileName).toBe('memo');
    expect(await findDocument(store, 'nothing')).toBeNull();
  });
});
