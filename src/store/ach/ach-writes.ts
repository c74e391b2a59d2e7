import { err, ok, type Result } from '../../core/result.js';
import type { Span } from '../../core/span.js';
import type { Store } from '../store.js';
import type { AchAnalysis, AchHypothesis, AchRatingRecord, AchStoreError } from './ach-records.js';
import { achDb, type AchRating, type AchWeight } from './ach-schema.js';

const now = (): string => new Date().toISOString();

export async function createAchAnalysis(store: Store, input: { title: string; question?: string | null }): Promise<AchAnalysis> {
  const at = now();
  const row = await achDb(store)
    .insertInto('ach_analyses')
    .values({ title: input.title, question: input.question ?? null, created_at: at, updated_at: at })
    .returningAll()
    .executeTakeFirstOrThrow();
  return { id: row.id, title: row.title, question: row.question, createdAt: row.created_at, updatedAt: row.updated_at };
}

/** Deletes an analysis with its hypotheses, evidence and ratings; false if there was none. */
export async function deleteAchAnalysis(store: Store, id: number): Promise<boolean> {
  const r = await achDb(store).deleteFrom('ach_analyses').where('id', '=', id).executeTakeFirst();
  return Number(r.numDeletedRows) > 0;
}

async function touch(store: Store, analysisId: number): Promise<boolean> {
  const r = await achDb(store).updateTable('ach_analyses').set({ updated_at: now() }).where('id', '=', analysisId).executeTakeFirst();
  return Number(r.numUpdatedRows) > 0;
}

const noAnalysis = (id: number): AchStoreError => ({ kind: 'not-found', message: `no ACH analysis ${id}` });

/** Adds a hypothesis; its label defaults to H1, H2... and must be unique in the analysis. */
export async function addAchHypothesis(
  store: Store,
  analysisId: number,
  input: { text: string; label?: string | undefined },
): Promise<Result<AchHypothesis, AchStoreError>> {
  if (!(await touch(store, analysisId))) return err(noAnalysis(analysisId));
  const db = achDb(store);
  const existing = await db.selectFrom('ach_hypotheses').select('label').where('analysis_id', '=', analysisId).execute();
  const labels = new Set(existing.map((r) => r.label));
  let label = input.label?.trim();
  if (label === undefined || label === '') {
    let n = existing.length + 1;
    while (labels.has(`H${n}`)) n++;
    label = `H${n}`;
  } else if (labels.has(label)) {
    return err({ kind: 'invalid', field: 'label', message: `analysis ${analysisId} already has a hypothesis labelled ${label}` });
  }
  const row = await db.insertInto('ach_hypotheses').values({ analysis_id: analysisId, label, text: input.text }).returningAll().executeTakeFirstOrThrow();
  return ok({ id: row.id, label: row.label, text: row.text });
}

export interface NewAchEvidence {
  readonly text: string;
  readonly credibility?: AchWeight | undefined;
  readonly relevance?: AchWeight | undefined;
  readonly eventId?: number | null | undefined;
  readonly documentId?: number | null | undefined;
  /** In the document's original text; needs `documentId`. */
  readonly span?: Span | null | undefined;
}

/** Adds an evidence item, checking that a linked event, document and span exist. */
export async function addAchEvidence(store: Store, analysisId: number, input: NewAchEvidence): Promise<Result<{ id: number }, AchStoreError>> {
  const db = achDb(store);
  const eventId = input.eventId ?? null;
  const documentId = input.documentId ?? null;
  const span = input.span ?? null;
  if (eventId !== null && !(await db.selectFrom('events').select('id').where('id', '=', eventId).executeTakeFirst())) {
    return err({ kind: 'invalid', field: 'eventId', message: `no event ${eventId}` });
  }
  if (span !== null && documentId === null) return err({ kind: 'invalid', field: 'span', message: 'a span needs a documentId' });
  if (documentId !== null) {
    const doc = await db.selectFrom('documents').select((eb) => eb.fn<number>('length', ['original_text']).as('n')).where('id', '=', documentId).executeTakeFirst();
    if (!doc) return err({ kind: 'invalid', field: 'documentId', message: `no document ${documentId}` });
    if (span !== null && !(span.start >= 0 && span.start <= span.end && span.end <= Number(doc.n))) {
      return err({ kind: 'invalid', field: 'span', message: `must lie within the document's ${doc.n} characters, start ≤ end` });
    }
  }
  if (!(await touch(store, analysisId))) return err(noAnalysis(analysisId));
  const row = await db
    .insertInto('ach_evidence')
    .values({
      analysis_id: analysisId, text: input.text, credibility: input.credibility ?? 'medium', relevance: input.relevance ?? 'medium',
      event_id: eventId, document_id: documentId, span_start: span?.start ?? null, span_end: span?.end ?? null,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return ok({ id: row.id });
}

export interface NewAchRating {
  /** Hypothesis id, or its label in the analysis. */
  readonly hypothesis: number | string;
  readonly evidenceId: number;
  readonly rating: AchRating;
}

/** Sets ratings (replacing earlier ones for the same cell), all or none. */
export async function rateAch(store: Store, analysisId: number, ratings: readonly NewAchRating[]): Promise<Result<AchRatingRecord[], AchStoreError>> {
  const db = achDb(store);
  if (!(await db.selectFrom('ach_analyses').select('id').where('id', '=', analysisId).executeTakeFirst())) return err(noAnalysis(analysisId));
  const hyps = await db.selectFrom('ach_hypotheses').select(['id', 'label']).where('analysis_id', '=', analysisId).execute();
  const ev = new Set((await db.selectFrom('ach_evidence').select('id').where('analysis_id', '=', analysisId).execute()).map((r) => r.id));
  const records: AchRatingRecord[] = [];
  for (const r of ratings) {
    const h = hyps.find((x) => (typeof r.hypothesis === 'number' ? x.id === r.hypothesis : x.label === r.hypothesis));
    if (!h) return err({ kind: 'invalid', field: 'hypothesis', message: `analysis ${analysisId} has no hypothesis ${r.hypothesis}` });
    if (!ev.has(r.evidenceId)) return err({ kind: 'invalid', field: 'evidenceId', message: `analysis ${analysisId} has no evidence ${r.evidenceId}` });
    records.push({ hypothesisId: h.id, evidenceId: r.evidenceId, rating: r.rating });
  }
  if (!(await touch(store, analysisId))) return err(noAnalysis(analysisId));
  await db.transaction().execute(async (trx) => {
    for (const r of records) {
      await trx
        .insertInto('ach_ratings')
        .values({ hypothesis_id: r.hypothesisId, evidence_id: r.evidenceId, rating: r.rating })
        .onConflict((oc) => oc.columns(['hypothesis_id', 'evidence_id']).doUpdateSet({ rating: r.rating }))
        .execute();
    }
  });
  return ok(records);
}
