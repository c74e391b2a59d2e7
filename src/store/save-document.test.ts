import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { countAll } from './count-all.js';
import { getDocument } from './get-document.js';
import { listDocuments } from './list-documents.js';
import { queryEvents } from './query-events.js';
import { replaceExtraction } from './replace-extraction.js';
import { saveDocument } from './save-document.js';
import { searchText } from './search-text.js';
import type { Store } from './store.js';
import { toStoredMentions } from './stored-mention.js';
import { syncActors } from './sync-actors.js';
import { claimIn, eventIn, makeDocument, saveInput, tempStore } from './testing/fixtures.js';

let store: Store;
let dispose: () => Promise<void>;
beforeEach(async () => ({ store, dispose } = await tempStore()));
afterEach(() => dispose());

const summitJa = makeDocument(
  'ja-summit',
  '２０２３年9月13日、金正恩総書記は\nボストーチヌイ宇宙基地でプーチン大統領と会談した。両首脳は軍事協力について協議した。',
  { title: '露朝首脳会談の覚書', publishedDate: '2023-10', citations: [{ marker: '1', text: '通信社報道', url: 'https://example.org/a', accessDate: '2023-10-01', publisher: null, span: { start: 0, end: 4 } }] },
);
const summitEn = makeDocument(
  'en-summit',
  'On 13 September 2023 Vladimir Putin received Kim Jong Un at the Vostochny Cosmodrome for talks.',
  { language: 'en' },
);

const summitEvent = (d: typeof summitJa, quote: string, over: { source?: string; target?: string } = {}) =>
  eventIn(d, quote, { date: '2023-09-13', cameo: '040', source: over.source ?? 'PRK', target: over.target ?? 'RUS', location: 'Vostochny Cosmodrome' });

describe('saveDocument', () => {
  it('stores the document, citations, mentions, events and claims', async () => {
    const claim = claimIn(summitJa, '2023年9月13日', { subject: 'test figure', low: 13, unit: 'day' });
    const mentions = toStoredMentions(
      [{ start: 0, end: 1, surface: '2', code: 'PRK', entityId: 'person:kim', nameEn: 'Kim Jong Un', kind: 'person' }],
      summitJa.doc.offsets,
    );
    const result = await saveDocument(store, saveInput(summitJa, {
      mentions,
      events: [summitEvent(summitJa, '金正恩総書記はボストーチヌイ宇宙基地でプーチン大統領と会談した')],
      claims: [claim],
    }));
    expect(result).toMatchObject({ status: 'stored', events: 1, merged: 0, claims: 1 });
    expect(await countAll(store)).toEqual({ documents: 1, events: 1, sources: 1, claims: 1, actors: 0 });

    const doc = await getDocument(store, 'ja-summit');
    expect(doc?.id).toBe(result.documentId);
    expect(doc?.originalText).toBe(summitJa.doc.originalText);
    expect(doc?.normalisedText).toBe(summitJa.doc.normalisedText);
    expect(doc?.citations).toEqual(summitJa.doc.citations);
    const at = summitJa.doc.normalisedText.indexOf('ボストーチヌイ');
    expect(doc?.offsets.toOriginal(at, at + 7)).toEqual(summitJa.doc.offsets.toOriginal(at, at + 7));
    expect(await getDocument(store, result.documentId)).toEqual(doc);
    expect(await getDocument(store, 'missing')).toBeNull();

    const [summary] = await listDocuments(store);
    expect(summary).toMatchObject({ fileName: 'ja-summit', title: '露朝首脳会談の覚書', language: 'ja', publishedDate: '2023-10', charCount: summitJa.doc.originalText.length, eventCount: 1, claimCount: 1 });
  });

  it('is idempotent on the content hash', async () => {
    const input = saveInput(summitJa, { events: [summitEvent(summitJa, '会談した')] });
    const first = await saveDocument(store, input);
    const second = await saveDocument(store, input);
    expect(second).toEqual({ status: 'duplicate', documentId: first.documentId, events: 0, merged: 0, claims: 0 });
    expect(await countAll(store)).toMatchObject({ documents: 1, events: 1, sources: 1 });
    expect((await searchText(store, '会談'))[0]?.totalHits).toBe(1);
  });

  it('stores nothing when the transaction fails midway', async () => {
    const good = summitEvent(summitJa, '会談した');
    const bad = { ...good, span: { start: 10, end: 5 } }; // violates the span check after the document row is written
    await expect(saveDocument(store, saveInput(summitJa, { events: [good, bad] }))).rejects.toThrow(/CHECK|check constraint/);
    expect(await countAll(store)).toEqual({ documents: 0, events: 0, sources: 0, claims: 0, actors: 0 });
    expect(await searchText(store, 'ボストーチヌイ')).toEqual([]);
    expect(await searchText(store, '会談')).toEqual([]);
    // and the same document can then be stored
    expect((await saveDocument(store, saveInput(summitJa, { events: [good] }))).status).toBe('stored');
  });

  it('rejects an offset table of the wrong length', async () => {
    const input = saveInput(summitJa, { offsetsArray: new Int32Array(3) });
    await expect(saveDocument(store, input)).rejects.toThrow(RangeError);
  });

  it('merges the same event from two documents into one event with two sources', async () => {
    await saveDocument(store, saveInput(summitJa, { events: [summitEvent(summitJa, '会談した')] }));
    const second = await saveDocument(store, saveInput(summitEn, {
      events: [summitEvent(summitEn, 'Vladimir Putin received Kim Jong Un', { source: 'RUS', target: 'PRK' })],
    }));
    expect(second.merged).toBe(1);
    expect(await countAll(store)).toMatchObject({ events: 1, sources: 2 });
    const [event] = await queryEvents(store);
    expect(event?.sources.map((s) => s.fileName)).toEqual(['en-summit', 'ja-summit']);
    expect(event?.source).toBe('PRK'); // the first statement defines the canonical event
  });

  it('keeps two same-key events of one document as two events, and pairs them across documents', async () => {
    const twice = [summitEvent(summitJa, '会談した'), summitEvent(summitJa, '協議した')];
    expect((await saveDocument(store, saveInput(summitJa, { events: twice }))).merged).toBe(0);
    expect(await countAll(store)).toMatchObject({ events: 2, sources: 2 });

    const other = makeDocument('other', '会談した。そして協議した。');
    const r = await saveDocument(store, saveInput(other, { events: [summitEvent(other, '会談した'), summitEvent(other, '協議した')] }));
    expect(r.merged).toBe(2);
    expect(await countAll(store)).toMatchObject({ events: 2, sources: 4 });
    for (const e of await queryEvents(store)) expect(e.sources.map((s) => s.fileName).sort()).toEqual(['ja-summit', 'other']);
  });
});

describe('replaceExtraction', () => {
  it('replaces a document’s extraction, deleting events left without sources', async () => {
    const ja = await saveDocument(store, saveInput(summitJa, {
      events: [summitEvent(summitJa, '会談した'), eventIn(summitJa, '協議した', { date: '2023-09-13', cameo: '036', source: 'PRK', target: 'RUS' })],
      claims: [claimIn(summitJa, '9月13日', { subject: 's', low: 1, unit: 'event' })],
    }));
    await saveDocument(store, saveInput(summitEn, { events: [summitEvent(summitEn, 'received Kim Jong Un')] }));
    expect(await countAll(store)).toMatchObject({ events: 2, sources: 3, claims: 1 });

    const replaced = await replaceExtraction(store, ja.documentId, { mentions: [], events: [], claims: [], extractorVersion: 'test-2' });
    expect(replaced).toEqual({ ok: true, value: { events: 0, merged: 0, claims: 0, removedEvents: 1 } });
    expect(await countAll(store)).toMatchObject({ events: 1, sources: 1, claims: 0 });
    expect((await getDocument(store, ja.documentId))?.extractorVersion).toBe('test-2');

    const again = await replaceExtraction(store, ja.documentId, { mentions: [], events: [summitEvent(summitJa, '会談した')], claims: [], extractorVersion: 'test-3' });
    expect(again.ok && again.value.merged).toBe(1);
    expect(await countAll(store)).toMatchObject({ events: 1, sources: 2 });
  });

  it('keeps events an analyst reviewed, with their sources, and does not add them again', async () => {
    const ja = await saveDocument(store, saveInput(summitJa, {
      events: [summitEvent(summitJa, '会談した'), eventIn(summitJa, '協議した', { date: '2023-09-13', cameo: '036', source: 'PRK', target: 'RUS' })],
    }));
    const reviewed = (await queryEvents(store, { cameo: '04' }))[0]!;
    await store.db.updateTable('events').set({ review_state: 'confirmed' }).where('id', '=', reviewed.id).execute();

    // the new extraction finds the same meeting again and nothing else
    const r = await replaceExtraction(store, ja.documentId, { mentions: [], events: [summitEvent(summitJa, '会談した')], claims: [], extractorVersion: 'test-2' });
    expect(r).toEqual({ ok: true, value: { events: 0, merged: 0, claims: 0, removedEvents: 1 } });
    const after = await queryEvents(store, {});
    expect(after.map((e) => [e.id, e.reviewState, e.sources.length])).toEqual([[reviewed.id, 'confirmed', 1]]);
  });

  it('reports an unknown document as a value', async () => {
    const r = await replaceExtraction(store, 42, { mentions: [], events: [], claims: [], extractorVersion: 'x' });
    expect(r).toEqual({ ok: false, error: { kind: 'document-not-found', documentId: 42 } });
  });
});

describe('syncActors', () => {
  it('upserts actors and replaces their aliases', async () => {
    await syncActors(store, [{ code: 'PRK', kind: 'state', nameEn: 'North Korea', nameJa: '北朝鮮', aliases: ['朝鮮民主主義人民共和国', 'DPRK'] }]);
    const r = await syncActors(store, [
      { code: 'PRK', kind: 'state', nameEn: 'DPRK', nameJa: '北朝鮮', aliases: ['DPRK', '北'] },
      { code: 'RUS', kind: 'state', nameEn: 'Russia', nameJa: 'ロシア', aliases: [] },
    ]);
    expect(r).toEqual({ actors: 2, aliases: 2 });
    expect((await countAll(store)).actors).toBe(2);
    const aliases = await store.db.selectFrom('actor_aliases').selectAll().orderBy('alias').execute();
    expect(aliases).toEqual([
      { actor_code: 'PRK', alias: 'DPRK', language: 'en' },
      { actor_code: 'PRK', alias: '北', language: 'ja' },
    ]);
    const prk = await store.db.selectFrom('actors').selectAll().where('code', '=', 'PRK').executeTakeFirst();
    expect(prk?.name_en).toBe('DPRK');
  });
});
