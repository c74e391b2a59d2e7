import { createRoute, z, type OpenAPIHono } from '@hono/zod-openapi';
import { HTTPException } from 'hono/http-exception';
import { claimsChart } from '../../analyse/reporting/claims-chart.js';
import { loadLevelIndex } from '../../analyse/reporting/load-level-index.js';
import type { LevelIndex } from '../../analyse/reporting/office-level.js';
import { parseDateOption, parseDyadPeriod, parseScore, type OptionError } from '../../analyse/reporting/parse-report-options.js';
import { runAch, runClaims, runExchanges, runNarratives, runSummits } from '../../analyse/reporting/run-reports.js';
import type { Result } from '../../core/result.js';
import { createExtractor, type Extractor } from '../../extract/create-extractor.js';
import {
  ACH_RATINGS, ACH_WEIGHTS, addAchEvidence, addAchHypothesis, createAchAnalysis, deleteAchAnalysis, listAchAnalyses, rateAch,
  type AchStoreError,
} from '../../store/ach/index.js';
import type { Store } from '../../store/store.js';
import { badRequest } from '../api-error.js';

// ---- schemas (they document the API in /api/openapi.json) ----

const ErrorSchema = z.object({ error: z.object({ status: z.number(), message: z.string() }) }).openapi('Error');
const SpanSchema = z.object({ start: z.number().int(), end: z.number().int() }).openapi('Span');
const SourceSchema = z
  .object({ documentId: z.number(), fileName: z.string(), quote: z.string(), span: SpanSchema, rule: z.string(), extractorVersion: z.string() })
  .openapi('EventSource');
const FrameworkSchema = z.union([
  z.object({ kind: z.literal('phone') }),
  z.object({ kind: z.literal('multilateral'), name: z.string() }),
  z.object({ kind: z.literal('bilateral-visit'), host: z.string().nullable(), visitEventIds: z.array(z.number()) }),
  z.object({ kind: z.literal('meeting') }),
]);
const SummitSchema = z
  .object({
    eventId: z.number(), date: z.string(), dateEnd: z.string().nullable(), cameo: z.string(), status: z.string(),
    source: z.string(), target: z.string().nullable(), sourceName: z.string().nullable(), targetName: z.string().nullable(),
    place: z.string().nullable(), framework: FrameworkSchema, basis: z.enum(['leader-names', 'summit-wording']), sources: z.array(SourceSchema),
  })
  .openapi('SummitRow');
const ExchangeSchema = z
  .object({
    year: z.string(), kind: z.enum(['visit', 'contact']), level: z.enum(['leader', 'minister', 'vice-minister', 'other']),
    direction: z.string().openapi({ example: 'RUS→PRK' }), count: z.number(), eventIds: z.array(z.number()),
  })
  .openapi('ExchangeCountRow');
const ClaimSchema = z
  .object({
    id: z.number(), documentId: z.number(), fileName: z.string(), subject: z.string(), low: z.number(), high: z.number().nullable(),
    unit: z.string(), claimant: z.string().nullable(), claimantName: z.string().nullable(), date: z.string().nullable(),
    period: z.string().nullable(), quote: z.string(), span: SpanSchema,
  })
  .openapi('Claim');
const ClaimGroupSchema = z
  .object({
    key: z.string(), unit: z.string(), words: z.string(), actors: z.string(), label: z.string(), series: z.array(ClaimSchema),
    min: z.number(), max: z.number(), documents: z.array(z.string()),
  })
  .openapi('ClaimGroup');
const FeaturesSchema = z.object({ actors: z.array(z.string()), dates: z.array(z.string()), numbers: z.array(z.string()) });
const StatementSchema = FeaturesSchema.extend({ index: z.number(), text: z.string(), span: SpanSchema }).openapi('Statement');
const NarrativeSchema = z
  .object({
    a: z.object({ id: z.number(), fileName: z.string(), statements: z.number() }),
    b: z.object({ id: z.number(), fileName: z.string(), statements: z.number() }),
    minScore: z.number(),
    rows: z.array(
      z.union([
        z.object({
          kind: z.literal('aligned'), a: StatementSchema, b: StatementSchema,
          score: z.object({ score: z.number(), text: z.number(), features: z.number().nullable() }),
          onlyInA: FeaturesSchema, onlyInB: FeaturesSchema,
        }),
        z.object({ kind: z.literal('only-a'), a: StatementSchema, bestScore: z.number() }),
        z.object({ kind: z.literal('only-b'), b: StatementSchema, bestScore: z.number() }),
      ]),
    ),
    summary: z.object({ aligned: z.number(), onlyA: z.number(), onlyB: z.number() }),
  })
  .openapi('NarrativeComparison');
const AnalysisSchema = z
  .object({ id: z.number(), title: z.string(), question: z.string().nullable(), createdAt: z.string(), updatedAt: z.string() })
  .openapi('AchAnalysis');
const AnalysisSummarySchema = AnalysisSchema.extend({ hypotheses: z.number(), evidence: z.number() }).openapi('AchAnalysisSummary');
const HypothesisSchema = z.object({ id: z.number(), label: z.string(), text: z.string() }).openapi('AchHypothesis');
const Rating = z.enum(ACH_RATINGS);
const Weight = z.enum(ACH_WEIGHTS);
const AchReportSchema = z
  .object({
    analysis: AnalysisSchema,
    hypotheses: z.array(HypothesisSchema.extend({
      inconsistency: z.number(), weightedInconsistency: z.number(), consistency: z.number(), rank: z.number(),
    })),
    evidence: z.array(z.object({
      id: z.number(), text: z.string(), credibility: Weight, relevance: Weight,
      event: z.object({ id: z.number(), date: z.string(), cameo: z.string(), source: z.string(), target: z.string().nullable() }).nullable(),
      document: z.object({ id: z.number(), fileName: z.string() }).nullable(),
      span: SpanSchema.nullable(), quote: z.string().nullable(),
      ratings: z.record(z.string(), Rating), diagnostic: z.boolean(),
      sensitivity: z.object({
        removedChangesRanking: z.boolean(), leadersIfRemoved: z.array(z.string()),
        reversedChangesRanking: z.boolean(), leadersIfReversed: z.array(z.string()),
      }),
    })),
    leaders: z.array(z.string()),
    sensitiveEvidence: z.array(z.number()),
  })
  .openapi('AchReport');

const NewAnalysis = z.object({ title: z.string().trim().min(1).max(500), question: z.string().max(2000).optional() }).openapi('NewAchAnalysis');
const NewHypothesis = z.object({ text: z.string().trim().min(1).max(2000), label: z.string().trim().min(1).max(20).optional() }).openapi('NewAchHypothesis');
const NewEvidence = z
  .object({
    text: z.string().trim().min(1).max(4000), credibility: Weight.optional(), relevance: Weight.optional(),
    eventId: z.number().int().positive().optional(), documentId: z.number().int().positive().optional(),
    span: z.object({ start: z.number().int().min(0), end: z.number().int().min(0) }).optional(),
  })
  .openapi('NewAchEvidence');
const NewRatings = z
  .object({
    ratings: z.array(z.object({
      hypothesis: z.union([z.number().int().positive(), z.string().min(1)]).openapi({ description: 'hypothesis id or label' }),
      evidenceId: z.number().int().positive(), rating: Rating,
    })).min(1),
  })
  .openapi('NewAchRatings');

const json = <T extends z.ZodType>(schema: T, description: string) => ({ content: { 'application/json': { schema } }, description });
const errors = { 400: json(ErrorSchema, 'invalid request (the message names the field)'), 404: json(ErrorSchema, 'not found') };
const DyadQuery = z.object({
  dyad: z.string().openapi({ example: 'RUS,PRK', description: 'two actor codes, either direction' }),
  from: z.string().optional().openapi({ example: '2023', description: 'ISO partial date, inclusive' }),
  to: z.string().optional().openapi({ example: '2024-06', description: 'ISO partial date, inclusive' }),
});
const ClaimsQuery = z.object({
  unit: z.string().optional().openapi({ example: 'container' }),
  subject: z.string().optional().openapi({ description: 'subject contains this text' }),
  claimant: z.string().optional().openapi({ example: 'USA' }),
  from: z.string().optional(), to: z.string().optional(),
  loose: z.enum(['true', 'false']).optional().openapi({ description: 'group across actors' }),
});
const IdParam = z.object({ id: z.string().regex(/^\d+$/, 'must be a whole number').openapi({ param: { name: 'id', in: 'path' }, example: '1' }) });

function valid<T>(r: Result<T, OptionError>): T {
  if (!r.ok) throw badRequest(r.error.field, r.error.message);
  return r.value;
}
function stored<T>(r: Result<T, AchStoreError>): T {
  if (r.ok) return r.value;
  throw r.error.kind === 'invalid' ? badRequest(r.error.field, r.error.message) : new HTTPException(404, { message: r.error.message });
}
/** Readonly analysis results, handed to handlers typed by the (mutable) zod schemas. */
const plain = <T>(value: unknown): T => value as T;

/** Routes of the reporting analyses (summits, exchanges, claims, narratives, ACH). */
export function registerReportingRoutes(app: OpenAPIHono, store: Store): void {
  let levels: LevelIndex | undefined;
  let extractor: Extractor | undefined;
  const levelIndex = (): LevelIndex => (levels ??= loadLevelIndex());

  app.openapi(
    createRoute({ method: 'get', path: '/api/analyses/summits', tags: ['analyses'], summary: 'Leader-level meetings of a dyad', request: { query: DyadQuery }, responses: { 200: json(z.array(SummitSchema), 'meetings by date'), ...errors } }),
    async (c) => c.json(plain<z.infer<typeof SummitSchema>[]>(await runSummits(store, levelIndex(), valid(parseDyadPeriod(c.req.valid('query'))))), 200),
  );
  app.openapi(
    createRoute({ method: 'get', path: '/api/analyses/exchanges', tags: ['analyses'], summary: 'Visits and contacts per year, level and direction', request: { query: DyadQuery.extend({ byYear: z.enum(['true', 'false']).optional() }) }, responses: { 200: json(z.array(ExchangeSchema), 'counts with event ids'), ...errors } }),
    async (c) => {
      const q = c.req.valid('query');
      const rows = await runExchanges(store, levelIndex(), { ...valid(parseDyadPeriod(q)), byYear: q.byYear !== 'false' });
      return c.json(plain<z.infer<typeof ExchangeSchema>[]>(rows), 200);
    },
  );
  const claimGroups = async (q: z.infer<typeof ClaimsQuery>) =>
    runClaims(
      store,
      { unit: q.unit, subject: q.subject, claimant: q.claimant?.toUpperCase(), from: valid(parseDateOption('from', q.from)), to: valid(parseDateOption('to', q.to)) },
      { ignoreActors: q.loose === 'true' },
    );
  app.openapi(
    createRoute({ method: 'get', path: '/api/analyses/claims', tags: ['analyses'], summary: 'Estimates of the same quantity grouped by subject', request: { query: ClaimsQuery }, responses: { 200: json(z.array(ClaimGroupSchema), 'groups, each series by claim date'), ...errors } }),
    async (c) => c.json(plain<z.infer<typeof ClaimGroupSchema>[]>(await claimGroups(c.req.valid('query'))), 200),
  );
  app.openapi(
    createRoute({ method: 'get', path: '/api/analyses/claims/chart.svg', tags: ['analyses'], summary: 'SVG step chart of the claim groups', request: { query: ClaimsQuery }, responses: { 200: { content: { 'image/svg+xml': { schema: z.string() } }, description: 'self-contained SVG' }, ...errors } }),
    async (c) => {
      const q = c.req.valid('query');
      const svg = claimsChart(await claimGroups(q), { title: `Claims${q.unit ? ` (${q.unit})` : ''}` });
      return c.body(svg, 200, { 'Content-Type': 'image/svg+xml; charset=utf-8' });
    },
  );
  app.openapi(
    createRoute({
      method: 'get', path: '/api/analyses/narratives', tags: ['analyses'], summary: 'Two accounts aligned statement by statement',
      request: { query: z.object({ a: z.string().min(1).openapi({ description: 'document id or file name' }), b: z.string().min(1), minScore: z.string().optional().openapi({ example: '0.3' }) }) },
      responses: { 200: json(NarrativeSchema, 'aligned pairs and statements only in A or only in B'), ...errors },
    }),
    async (c) => {
      const q = c.req.valid('query');
      const minScore = valid(parseScore('minScore', q.minScore, 0.3));
      const r = await runNarratives(store, (extractor ??= createExtractor()), { a: q.a, b: q.b }, { minScore });
      if (!r.ok) throw new HTTPException(404, { message: `${r.error.field}: ${r.error.message}` });
      return c.json(plain<z.infer<typeof NarrativeSchema>>(r.value), 200);
    },
  );
  registerAchRoutes(app, store);
}

function registerAchRoutes(app: OpenAPIHono, store: Store): void {
  const report = async (id: number) => {
    const r = await runAch(store, id);
    if (r === null) throw new HTTPException(404, { message: `no ACH analysis ${id}` });
    return plain<z.infer<typeof AchReportSchema>>(r);
  };
  const tags = ['ach'];
  app.openapi(
    createRoute({ method: 'get', path: '/api/ach', tags, summary: 'List ACH analyses', responses: { 200: json(z.array(AnalysisSummarySchema), 'newest first') } }),
    async (c) => c.json(plain<z.infer<typeof AnalysisSummarySchema>[]>(await listAchAnalyses(store)), 200),
  );
  app.openapi(
    createRoute({ method: 'post', path: '/api/ach', tags, summary: 'Start an ACH analysis', request: { body: { content: { 'application/json': { schema: NewAnalysis } }, required: true } }, responses: { 201: json(AnalysisSchema, 'created'), ...errors } }),
    async (c) => {
      const body = c.req.valid('json');
      return c.json(await createAchAnalysis(store, { title: body.title, question: body.question ?? null }), 201);
    },
  );
  app.openapi(
    createRoute({ method: 'get', path: '/api/ach/{id}', tags, summary: 'The matrix with scores, ranking and sensitivity', request: { params: IdParam }, responses: { 200: json(AchReportSchema, 'the analysis'), ...errors } }),
    async (c) => c.json(await report(Number(c.req.valid('param').id)), 200),
  );
  app.openapi(
    createRoute({ method: 'delete', path: '/api/ach/{id}', tags, summary: 'Delete an analysis', request: { params: IdParam }, responses: { 200: json(z.object({ deleted: z.number() }), 'deleted'), ...errors } }),
    async (c) => {
      const id = Number(c.req.valid('param').id);
      if (!(await deleteAchAnalysis(store, id))) throw new HTTPException(404, { message: `no ACH analysis ${id}` });
      return c.json({ deleted: id }, 200);
    },
  );
  app.openapi(
    createRoute({ method: 'post', path: '/api/ach/{id}/hypotheses', tags, summary: 'Add a hypothesis', request: { params: IdParam, body: { content: { 'application/json': { schema: NewHypothesis } }, required: true } }, responses: { 201: json(HypothesisSchema, 'added'), ...errors } }),
    async (c) => {
      const id = Number(c.req.valid('param').id);
      const body = c.req.valid('json');
      return c.json(stored(await addAchHypothesis(store, id, { text: body.text, label: body.label })), 201);
    },
  );
  app.openapi(
    createRoute({ method: 'post', path: '/api/ach/{id}/evidence', tags, summary: 'Add evidence, optionally linked to an event or a document span', request: { params: IdParam, body: { content: { 'application/json': { schema: NewEvidence } }, required: true } }, responses: { 201: json(z.object({ id: z.number() }), 'added'), ...errors } }),
    async (c) => {
      const id = Number(c.req.valid('param').id);
      const body = c.req.valid('json');
      if (body.span && body.span.start > body.span.end) throw badRequest('span', 'start must not be after end');
      return c.json(stored(await addAchEvidence(store, id, body)), 201);
    },
  );
  app.openapi(
    createRoute({ method: 'put', path: '/api/ach/{id}/ratings', tags, summary: 'Set ratings (CC, C, N, I, II); returns the scored matrix', request: { params: IdParam, body: { content: { 'application/json': { schema: NewRatings } }, required: true } }, responses: { 200: json(AchReportSchema, 'the analysis after rating'), ...errors } }),
    async (c) => {
      const id = Number(c.req.valid('param').id);
      stored(await rateAch(store, id, c.req.valid('json').ratings));
      return c.json(await report(id), 200);
    },
  );
}
