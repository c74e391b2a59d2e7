import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exportClaimRecords, exportEventRecords } from './export-records.js';
import { saveDocument } from './save-document.js';
import type { Store } from './store.js';
import { claimIn, eventIn, makeDocument, saveInput, tempStore } from './testing/fixtures.js';

const EVENT_KEYS = ['doc', 'date', 'date_end', 'cameo', 'source', 'target', 'source_name', 'target_name', 'status', 'location', 'quote'];
const CLAIM_KEYS = ['doc', 'subject', 'low', 'high', 'unit', 'claimant', 'claimant_name', 'date', 'period', 'quote'];

const b = makeDocument('001', '2023年9月13日、金正恩総書記はボストーチヌイ宇宙基地でプーチン大統領と会談した。同月、砲弾100万発以上が輸送されたと韓国国防省は推計した。');
const a = makeDocument('000', 'In September 2023 Vladimir Putin met Kim Jong Un; Kim had arrived by train on 12 September.', { language: 'en' });

let store: Store;
let dispose: () => Promise<void>;
beforeAll(async () => {
  ({ store, dispose } = await tempStore());
  const summit = { date: '2023-09-13', cameo: '040', source: 'PRK', target: 'RUS', sourceName: 'Kim Jong Un', targetName: 'Vladimir Putin', location: 'Vostochny Cosmodrome' };
  await saveDocument(store, saveInput(b, {
    events: [eventIn(b, '金正恩総書記はボストーチヌイ宇宙基地でプーチン大統領と会談した', summit)],
    claims: [claimIn(b, '砲弾100万発以上', { subject: 'artillery shells shipped PRK to RUS', low: 1_000_000, high: null, unit: 'shell', claimant: 'KOR', claimantName: 'Ministry of National Defense', date: '2023-09' })],
  }));
  await saveDocument(store, saveInput(a, {
    events: [
      eventIn(a, 'Kim had arrived by train on 12 September', { date: '2023-09-12', cameo: '042', source: 'PRK', target: 'RUS', sourceName: 'Kim Jong Un', status: 'occurred' }),
      eventIn(a, 'Vladimir Putin met Kim Jong Un', { ...summit, date: '2023-09-13', source: 'RUS', target: 'PRK' }),
    ],
  }));
});
afterAll(() => dispose());

describe('exportEventRecords', () => {
  it('writes one SPEC record per (event, document), ordered by doc then position', async () => {
    const records = await exportEventRecords(store);
    for (const r of records) expect(Object.keys(r)).toEqual(EVENT_KEYS);
    expect(records.map((r) => [r.doc, r.cameo, r.date])).toEqual([
      ['000', '040', '2023-09-13'],
      ['000', '042', '2023-09-12'],
      ['001', '040', '2023-09-13'],
    ]);
    expect(records[2]).toEqual({
      doc: '001', date: '2023-09-13', date_end: null, cameo: '040', source: 'PRK', target: 'RUS',
      source_name: 'Kim Jong Un', target_name: 'Vladimir Putin', status: 'occurred',
      location: 'Vostochny Cosmodrome', quote: '金正恩総書記はボストーチヌイ宇宙基地でプーチン大統領と会談した',
    });
    // the 000 summit merged into the 001 event: the canonical fields are the first document's
    expect(records[0]).toMatchObject({ source: 'PRK', target: 'RUS', quote: 'Vladimir Putin met Kim Jong Un' });
  });

  it('leaves out rejected events', async () => {
    await store.db.updateTable('events').set({ review_state: 'rejected' }).where('cameo', '=', '042').execute();
    expect((await exportEventRecords(store)).map((r) => r.cameo)).toEqual(['040', '040']);
    await store.db.updateTable('events').set({ review_state: 'unreviewed' }).execute();
  });
});

describe('exportClaimRecords', () => {
  it('writes SPEC claim records', async () => {
    const records = await exportClaimRecords(store);
    expect(records.map((r) => Object.keys(r))).toEqual([CLAIM_KEYS]);
    expect(JSON.stringify(records[0])).toBe(
      '{"doc":"001","subject":"artillery shells shipped PRK to RUS","low":1000000,"high":null,"unit":"shell",' +
        '"claimant":"KOR","claimant_name":"Ministry of National Defense","date":"2023-09","period":null,"quote":"砲弾100万発以上"}',
    );
  });
});
