import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { saveDocument } from '../save-document.js';
import type { Store } from '../store.js';
import { eventIn, makeDocument, saveInput, tempStore } from '../testing/fixtures.js';
import { addAchEvidence, addAchHypothesis, createAchAnalysis, deleteAchAnalysis, getAchAnalysis, listAchAnalyses, rateAch } from './index.js';

let store: Store;
let dispose: () => Promise<void>;
beforeEach(async () => ({ store, dispose } = await tempStore()));
afterEach(async () => dispose());

const TEXT = '2023年9月13日、金正恩総書記はプーチン大統領と会談した。';

async function seed(): Promise<{ documentId: number; eventId: number }> {
  const doc = makeDocument('summit', TEXT);
  const saved = await saveDocument(store, saveInput(doc, { events: [eventIn(doc, '金正恩総書記はプーチン大統領と会談した', { date: '2023-09-13', cameo: '046', source: 'PRK', target: 'RUS' })] }));
  const event = await store.db.selectFrom('events').select('id').executeTakeFirstOrThrow();
  return { documentId: saved.documentId, eventId: event.id };
}

describe('ACH store', () => {
  it('saves an analysis and reads the whole matrix back, evidence traced to its event and quote', async () => {
    const { documentId, eventId } = await seed();
    const a = await createAchAnalysis(store, { title: 'Why did Kim go to Russia?', question: 'Purpose of the 2023 visit' });
    const h1 = await addAchHypothesis(store, a.id, { text: 'Arms for technology' });
    const h2 = await addAchHypothesis(store, a.id, { text: 'Economic aid', label: 'ECON' });
    expect(h1.ok && h1.value.label).toBe('H1');
    const start = TEXT.indexOf('金正恩');
    const e = await addAchEvidence(store, a.id, { text: 'Summit held at a space launch site', credibility: 'high', eventId, documentId, span: { start, end: start + 6 } });
    expect(e.ok).toBe(true);
    const eId = e.ok ? e.value.id : 0;
    const rated = await rateAch(store, a.id, [{ hypothesis: 'H1', evidenceId: eId, rating: 'CC' }, { hypothesis: 'ECON', evidenceId: eId, rating: 'I' }]);
    expect(rated.ok).toBe(true);
    // Re-rating a cell replaces it.
    await rateAch(store, a.id, [{ hypothesis: 'ECON', evidenceId: eId, rating: 'N' }]);

    const full = (await getAchAnalysis(store, a.id))!;
    expect(full.analysis.title).toBe('Why did Kim go to Russia?');
    expect(full.hypotheses.map((h) => h.label)).toEqual(['H1', 'ECON']);
    expect(full.evidence).toEqual([{
      id: eId, text: 'Summit held at a space launch site', credibility: 'high', relevance: 'medium',
      event: { id: eventId, date: '2023-09-13', cameo: '046', source: 'PRK', target: 'RUS' },
      document: { id: documentId, fileName: 'summit' }, span: { start, end: start + 6 }, quote: '金正恩総書記',
    }]);
    const h2id = h2.ok ? h2.value.id : 0;
    expect(full.ratings.find((r) => r.hypothesisId === h2id)?.rating).toBe('N');
    expect(await listAchAnalyses(store)).toMatchObject([{ id: a.id, hypotheses: 2, evidence: 1 }]);
  });

  it('refuses what does not exist, duplicate labels and spans outside the text', async () => {
    const { documentId } = await seed();
    const a = await createAchAnalysis(store, { title: 't' });
    expect(await addAchHypothesis(store, 999, { text: 'x' })).toMatchObject({ ok: false, error: { kind: 'not-found' } });
    await addAchHypothesis(store, a.id, { text: 'x', label: 'A' });
    expect(await addAchHypothesis(store, a.id, { text: 'y', label: 'A' })).toMatchObject({ ok: false, error: { field: 'label' } });
    expect(await addAchEvidence(store, a.id, { text: 'e', eventId: 999 })).toMatchObject({ ok: false, error: { field: 'eventId' } });
    expect(await addAchEvidence(store, a.id, { text: 'e', documentId, span: { start: 0, end: 10_000 } })).toMatchObject({ ok: false, error: { field: 'span' } });
    expect(await rateAch(store, a.id, [{ hypothesis: 'Z', evidenceId: 1, rating: 'C' }])).toMatchObject({ ok: false, error: { field: 'hypothesis' } });
    expect(await rateAch(store, 999, [])).toMatchObject({ ok: false, error: { kind: 'not-found' } });
  });

  it('keeps evidence when its event goes (link set to null) and deletes everything with the analysis', async () => {
    const { eventId } = await seed();
    const a = await createAchAnalysis(store, { title: 't' });
    const h = await addAchHypothesis(store, a.id, { text: 'x' });
    const e = await addAchEvidence(store, a.id, { text: 'e', eventId });
    await rateAch(store, a.id, [{ hypothesis: 'H1', evidenceId: e.ok ? e.value.id : 0, rating: 'II' }]);
    await store.db.deleteFrom('events').where('id', '=', eventId).execute();
    expect((await getAchAnalysis(store, a.id))!.evidence[0]!.event).toBeNull();
    expect(await deleteAchAnalysis(store, a.id)).toBe(true);
    expect(await getAchAnalysis(store, a.id)).toBeNull();
    const left = await store.db.withTables<{ ach_ratings: { hypothesis_id: number } }>().selectFrom('ach_ratings').selectAll().execute();
    expect(left).toEqual([]);
    expect(h.ok).toBe(true);
    expect(await deleteAchAnalysis(store, a.id)).toBe(false);
  });
});
