import type { Store } from '../store.js';
import type { AchAnalysisFull, AchAnalysisSummary, AchEvidence } from './ach-records.js';
import { achDb } from './ach-schema.js';

/** All analyses, newest first, with their hypothesis and evidence counts. */
export async function listAchAnalyses(store: Store): Promise<AchAnalysisSummary[]> {
  const rows = await achDb(store)
    .selectFrom('ach_analyses as a')
    .select((eb) => [
      'a.id', 'a.title', 'a.question', 'a.created_at', 'a.updated_at',
      eb.selectFrom('ach_hypotheses as h').select(eb.fn.countAll<number>().as('n')).whereRef('h.analysis_id', '=', 'a.id').as('hypotheses'),
      eb.selectFrom('ach_evidence as e').select(eb.fn.countAll<number>().as('n')).whereRef('e.analysis_id', '=', 'a.id').as('evidence'),
    ])
    .orderBy('a.id', 'desc')
    .execute();
  return rows.map((r) => ({
    id: r.id, title: r.title, question: r.question, createdAt: r.created_at, updatedAt: r.updated_at,
    hypotheses: Number(r.hypotheses ?? 0), evidence: Number(r.evidence ?? 0),
  }));
}

/** One analysis with its hypotheses, evidence (and what each links to) and ratings; null if none. */
export async function getAchAnalysis(store: Store, id: number): Promise<AchAnalysisFull | null> {
  const db = achDb(store);
  const a = await db.selectFrom('ach_analyses').selectAll().where('id', '=', id).executeTakeFirst();
  if (!a) return null;
  const hypotheses = await db.selectFrom('ach_hypotheses').select(['id', 'label', 'text']).where('analysis_id', '=', id).orderBy('id').execute();
  const evidenceRows = await db
    .selectFrom('ach_evidence as x')
    .leftJoin('events as ev', 'ev.id', 'x.event_id')
    .leftJoin('documents as d', 'd.id', 'x.document_id')
    .select(['x.id', 'x.text', 'x.credibility', 'x.relevance', 'x.event_id', 'x.document_id', 'x.span_start', 'x.span_end'])
    .select(['ev.date', 'ev.cameo', 'ev.source', 'ev.target', 'd.file_name'])
    .select((eb) =>
      eb
        .case()
        .when(eb.and([eb('x.span_start', 'is not', null), eb('x.span_end', 'is not', null)]))
        .then(eb.fn<string>('substr', ['d.original_text', eb('x.span_start', '+', 1), eb('x.span_end', '-', eb.ref('x.span_start'))]))
        .else(null)
        .end()
        .as('quote'),
    )
    .where('x.analysis_id', '=', id)
    .orderBy('x.id')
    .execute();
  const ratings = await db
    .selectFrom('ach_ratings as r')
    .innerJoin('ach_hypotheses as h', 'h.id', 'r.hypothesis_id')
    .select(['r.hypothesis_id', 'r.evidence_id', 'r.rating'])
    .where('h.analysis_id', '=', id)
    .orderBy('r.evidence_id')
    .orderBy('r.hypothesis_id')
    .execute();
  const evidence = evidenceRows.map((r): AchEvidence => ({
    id: r.id, text: r.text, credibility: r.credibility, relevance: r.relevance,
    event: r.event_id !== null && r.date !== null && r.cameo !== null && r.source !== null
      ? { id: r.event_id, date: r.date, cameo: r.cameo, source: r.source, target: r.target } : null,
    document: r.document_id !== null && r.file_name !== null ? { id: r.document_id, fileName: r.file_name } : null,
    span: r.span_start !== null && r.span_end !== null ? { start: r.span_start, end: r.span_end } : null,
    quote: r.quote ?? null,
  }));
  return {
    analysis: { id: a.id, title: a.title, question: a.question, createdAt: a.created_at, updatedAt: a.updated_at },
    hypotheses,
    evidence,
    ratings: ratings.map((r) => ({ hypothesisId: r.hypothesis_id, evidenceId: r.evidence_id, rating: r.rating })),
  };
}
