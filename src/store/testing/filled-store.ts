/**
 * A store with rows in every data table and odd values (∞, a huge number, an
 * id gap left by a deleted document, a sealed audit chain), for tests that
 * copy or dump whole stores. Not used by production code.
 */
import { addAchEvidence, addAchHypothesis, createAchAnalysis, rateAch } from '../ach/index.js';
import { reviewEvent } from '../edits/index.js';
import { saveDocument } from '../save-document.js';
import type { Store } from '../store.js';
import { claimIn, eventIn, makeDocument, saveInput } from './fixtures.js';

export async function fillStore(store: Store): Promise<void> {
  const ja = makeDocument('summit', '北朝鮮の金正恩総書記は2023年9月13日、プーチン大統領と会談した。\n砲弾100万発を供与した。', {
    citations: [{ marker: '1', text: '東亜通信', url: 'https://example.jp/1', accessDate: '2023-10-01', publisher: null, span: { start: 0, end: 4 } }],
  });
  const gone = makeDocument('gone', 'A document deleted later, so its id is a gap.', { language: 'en' });
  const en = makeDocument('visit', 'On 19 June 2024 Putin visited Pyongyang. They claimed 1e309 shells.', { language: 'en' });
  await saveDocument(store, saveInput(ja, {
    events: [eventIn(ja, '会談した', { date: '2023-09-13', cameo: '040', source: 'PRK', target: 'RUS', goldstein: 1 })],
    claims: [claimIn(ja, '砲弾100万発', { subject: '砲弾', low: 1_000_000, unit: 'shell' })],
    mentions: [{ code: 'PRK', entityId: 'state:PRK', surface: '北朝鮮', span: { start: 0, end: 3 } }],
  }));
  await saveDocument(store, saveInput(gone));
  await saveDocument(store, saveInput(en, {
    events: [eventIn(en, 'Putin visited Pyongyang', { date: '2024-06-19', cameo: '042', source: 'RUS', target: 'PRK', goldstein: 1.9 })],
    claims: [claimIn(en, '1e309 shells', { subject: 'shells', low: Infinity, high: null, unit: 'shell' }), claimIn(en, 'shells', { subject: 'big', low: 9999e12, unit: 'JPY' })],
  }));
  await store.db.deleteFrom('documents').where('file_name', '=', 'gone').execute();
  await store.db.insertInto('actors').values({ code: 'PRK', kind: 'state', name_en: 'North Korea', name_ja: '北朝鮮' }).execute();
  await store.db.insertInto('actor_aliases').values({ actor_code: 'PRK', alias: '朝鮮民主主義人民共和国', language: 'ja' }).execute();
  const cameo = () => ({ quadClass: 1 as const, goldstein: 3 });
  const [first, second] = (await store.db.selectFrom('events').select('id').orderBy('id').execute()).map((r) => r.id);
  for (const r of [
    await reviewEvent(store, first!, { action: 'confirm' }, { user: 'hanako', version: 1, cameo }),
    await reviewEvent(store, second!, { action: 'correct', changes: { location: '平壌' } }, { user: 'taro', version: 1, cameo }),
  ]) {
    if (!r.ok) throw new Error(`fixture edit failed: ${r.error.message}`);
  }
  const analysis = await createAchAnalysis(store, { title: 'Why?', question: 'Arms deal?' });
  const h = await addAchHypothesis(store, analysis.id, { label: 'H1', text: 'A deal' });
  const ev = await addAchEvidence(store, analysis.id, { text: 'Summit', eventId: first!, documentId: 1, span: { start: 0, end: 3 } });
  if (!h.ok || !ev.ok) throw new Error('ACH fixtures failed');
  const rated = await rateAch(store, analysis.id, [{ hypothesis: 'H1', evidenceId: ev.value.id, rating: 'C' }]);
  if (!rated.ok) throw new Error('ACH rating fixture failed');
}
