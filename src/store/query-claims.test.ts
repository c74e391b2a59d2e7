import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { queryClaims } from './query-claims.js';
import { saveDocument } from './save-document.js';
import type { Store } from './store.js';
import { claimIn, makeDocument, saveInput, tempStore } from './testing/fixtures.js';

let store: Store;
let dispose: () => Promise<void>;
beforeEach(async () => ({ store, dispose } = await tempStore()));
afterEach(async () => dispose());

const TEXT = '米国は北朝鮮がコンテナ1,000個超を送ったと述べた。\n韓国はコンテナ約6,700個と述べた。砲弾300万発以上とも。';

describe('queryClaims', () => {
  it('returns claims with their document and original span, filtered and ordered by claim date', async () => {
    const doc = makeDocument('munitions', TEXT);
    await saveDocument(store, saveInput(doc, {
      claims: [
        claimIn(doc, 'コンテナ約6,700個', { subject: 'containers (PRK to RUS)', low: 6700, unit: 'container', claimant: 'KOR', date: '2024-02-26' }),
        claimIn(doc, 'コンテナ1,000個超', { subject: 'containers (PRK to RUS)', low: 1000, high: null, unit: 'container', claimant: 'USA', date: '2023-10' }),
        claimIn(doc, '砲弾300万発以上', { subject: 'Shells', low: 3_000_000, high: null, unit: 'shell' }),
      ],
    }));
    const all = await queryClaims(store);
    expect(all.map((c) => c.low)).toEqual([1000, 6700, 3_000_000]); // undated last
    const first = all[0]!;
    expect(first.fileName).toBe('munitions');
    expect(TEXT.slice(first.span.start, first.span.end)).toBe('コンテナ1,000個超');
    expect((await queryClaims(store, { unit: 'container', claimant: 'KOR' })).map((c) => c.low)).toEqual([6700]);
    expect((await queryClaims(store, { subject: 'SHELL' })).map((c) => c.low)).toEqual([3_000_000]);
    // A claim dated 2023-10 overlaps --from 2023-10-15 (its month); 2024-02-26 is after --to 2024-01.
    expect((await queryClaims(store, { from: '2023-10-15', to: '2024-01' })).map((c) => c.low)).toEqual([1000]);
    expect((await queryClaims(store, { from: '2024' })).map((c) => c.low)).toEqual([6700]);
  });
});
