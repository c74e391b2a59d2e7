import { createRoute, z, type OpenAPIHono } from '@hono/zod-openapi';
import { HTTPException } from 'hono/http-exception';
import { actorNetwork, parseIndexRequest, parseLeadLagRequest, parseWindow, toGraphML, type OptionError } from '../../analyse/relations/index.js';
import type { Result } from '../../core/result.js';
import { MAX_PAGE, parseEventFilters } from '../../app/parse-event-filters.js';
import { queryEvidence, queryIndexReport, queryLeadLag, queryTimeline } from '../../app/query-relations.js';
import { queryEvents } from '../../store/query-events.js';
import type { Store } from '../../store/store.js';
import { badRequest } from '../api-error.js';

/** Arrays in responses are readonly, as the analyses return them. */
const arr = <T extends z.ZodType>(item: T) => z.array(item).readonly();

const ErrorSchema = z
  .object({ error: z.object({ status: z.number(), message: z.string() }) })
  .openapi('Error');

const date = (what: string) => z.string().optional().openapi({ description: `${what} date, inclusive: 2023, 2023-09 or 2023-09-13`, example: '2023' });
const ids = arr(z.number().int()).openapi({ description: 'ids of the events counted (GET /api/analyses/evidence?ids=…, or `evidence` with evidence=all)' });
const bucket = z.enum(['period', 'undated-within-year']).openapi({ description: '`undated-within-year`: events known only to the year, in a month or quarter view' });
const tallyFields = {
  count: z.number().int(),
  quad1: z.number().int().openapi({ description: 'verbal cooperation' }),
  quad2: z.number().int().openapi({ description: 'material cooperation' }),
  quad3: z.number().int().openapi({ description: 'verbal conflict' }),
  quad4: z.number().int().openapi({ description: 'material conflict' }),
  goldsteinSum: z.number(),
  goldsteinMean: z.number().nullable(),
  eventIds: ids,
};
const span = z.object({ start: z.number().int(), end: z.number().int() }).openapi({ description: 'half-open range in the ORIGINAL text of the document' });

const IndexRowSchema = z
  .object({ dyad: z.string(), period: z.string(), bucket, flow: z.enum(['a-to-b', 'b-to-a', 'combined']), direction: z.string(), ...tallyFields })
  .openapi('IndexRow');
const AsymmetryRowSchema = z
  .object({
    dyad: z.string(),
    period: z.string().openapi({ description: 'a period, or `all`' }),
    bucket: z.enum(['period', 'undated-within-year', 'total']),
    countAB: z.number().int(),
    countBA: z.number().int(),
    meanAB: z.number().nullable(),
    meanBA: z.number().nullable(),
    difference: z.number().nullable().openapi({ description: 'meanAB − meanBA; null unless both directions have events' }),
    sumDifference: z.number(),
    eventIdsAB: ids,
    eventIdsBA: ids,
  })
  .openapi('AsymmetryRow');
const ComparisonRowSchema = z.object({ period: z.string(), bucket, dyad: z.string(), ...tallyFields }).openapi('ComparisonRow');
const EvidenceSchema = z
  .object({
    eventId: z.number().int(),
    date: z.string(),
    cameo: z.string(),
    quadClass: z.number().int().openapi({ description: '1 verbal cooperation, 2 material cooperation, 3 verbal conflict, 4 material conflict' }),
    source: z.string(),
    target: z.string().nullable(),
    goldstein: z.number(),
    sources: arr(z.object({ documentId: z.number().int(), fileName: z.string(), quote: z.string(), span })),
  })
  .openapi('EventEvidence');
const IndexReportSchema = z
  .object({
    dyads: arr(z.string()),
    granularity: z.enum(['month', 'quarter', 'year']),
    from: z.string().nullable(),
    to: z.string().nullable(),
    index: arr(IndexRowSchema),
    asymmetry: arr(AsymmetryRowSchema),
    comparison: arr(ComparisonRowSchema),
    evidence: arr(EvidenceSchema).optional().openapi({ description: 'only with evidence=all: every event behind the ids, with its sources' }),
  })
  .openapi('IndexReport');

const grangerFields = {
  lags: z.number().int(),
  observations: z.number().int(),
  rssRestricted: z.number(),
  rssUnrestricted: z.number(),
  f: z.number(),
  df1: z.number().int(),
  df2: z.number().int(),
  pValue: z.number(),
};
const GrangerOutcomeSchema = z
  .union([
    z.object({ ok: z.literal(true), ...grangerFields }),
    z.object({ ok: z.literal(false), reason: z.string(), message: z.string(), have: z.number().int().optional(), need: z.number().int().optional() }),
  ])
  .openapi('GrangerOutcome', { description: 'the F test, or why it was refused' });
const LeadLagSchema = z
  .object({
    x: z.string(),
    y: z.string(),
    granularity: z.enum(['month', 'quarter']),
    measure: z.enum(['count', 'goldstein']),
    lags: z.number().int(),
    points: arr(z.object({ period: z.string(), x: z.number(), y: z.number(), xEventIds: ids, yEventIds: ids })),
    excludedUndated: z.object({ x: ids, y: ids }),
    crossCorrelation: z.object({
      lags: arr(z.object({ lag: z.number().int(), r: z.number(), pairs: z.number().int() })),
      peak: z.object({ lag: z.number().int(), r: z.number(), pairs: z.number().int() }),
      band: z.number(),
    }),
    xToY: GrangerOutcomeSchema,
    yToX: GrangerOutcomeSchema,
  })
  .openapi('LeadLag');

const TimelineSchema = z
  .object({
    total: z.number().int(),
    offset: z.number().int(),
    items: arr(
      z.object({
        id: z.number().int(),
        date: z.string(),
        dateEnd: z.string().nullable(),
        cameo: z.string(),
        quadClass: z.number().int(),
        goldstein: z.number(),
        source: z.string(),
        target: z.string().nullable(),
        status: z.enum(['occurred', 'planned', 'cancelled', 'alleged']),
        location: z.string().nullable(),
        sources: arr(z.object({ documentId: z.number().int(), fileName: z.string(), quote: z.string(), span })),
      }),
    ),
  })
  .openapi('Timeline');

const NetworkSchema = z
  .object({
    nodes: arr(z.object({ code: z.string(), name: z.string(), eventCount: z.number().int() })),
    edges: arr(
      z.object({ source: z.string(), target: z.string(), count: z.number().int(), meanGoldstein: z.number(), lastContact: z.string(), eventIds: ids }),
    ),
  })
  .openapi('Network');

const errors = {
  400: { description: 'a bad parameter, named in the message', content: { 'application/json': { schema: ErrorSchema } } },
} as const;

const indexRoute = createRoute({
  method: 'get',
  path: '/api/analyses/index',
  tags: ['relations'],
  summary: 'Relationship index of a dyad or a set of actors, with asymmetry and an optional comparison of dyads',
  request: {
    query: z.object({
      dyad: z.string().optional().openapi({ description: 'two actor codes', example: 'RUS,PRK' }),
      actors: z.string().optional().openapi({ description: 'or a set of actors: every pair of them', example: 'RUS,PRK,CHN' }),
      compare: z.string().optional().openapi({ description: 'dyads to compare, separated by semicolons', example: 'CHN,PRK;CHN,RUS' }),
      from: date('from'),
      to: date('to'),
      by: z.enum(['month', 'quarter', 'year']).optional().openapi({ description: 'period (default quarter)' }),
      evidence: z.enum(['none', 'all']).optional().openapi({
        description: '`all`: add `evidence` for every id (slow for a busy dyad: tens of thousands of events); default `none` — fetch one cell\'s with GET /api/analyses/evidence',
      }),
    }),
  },
  responses: { 200: { description: 'the index', content: { 'application/json': { schema: IndexReportSchema } } }, ...errors },
});

/** Ids per evidence request: a cell of a month or quarter view, not a whole dyad; the URL stays under Node's 16 KB header limit. */
export const MAX_EVIDENCE_IDS = 1000;

const evidenceRoute = createRoute({
  method: 'get',
  path: '/api/analyses/evidence',
  tags: ['relations'],
  summary: 'The evidence behind ids of an analysis (one cell of the index): each event with its sources',
  request: {
    query: z.object({
      ids: z.string().openapi({ description: `event ids separated by commas, at most ${MAX_EVIDENCE_IDS}`, example: '118,204' }),
    }),
  },
  responses: { 200: { description: 'the events by id; unknown ids are left out', content: { 'application/json': { schema: arr(EvidenceSchema) } } }, ...errors },
});

const leadLagRoute = createRoute({
  method: 'get',
  path: '/api/analyses/leadlag',
  tags: ['relations'],
  summary: 'Lead–lag of two dyad series: cross-correlation and Granger F tests both ways',
  request: {
    query: z.object({
      x: z.string().openapi({ description: 'the leading dyad of the hypothesis', example: 'CHN,PRK' }),
      y: z.string().openapi({ description: 'the following dyad', example: 'RUS,PRK' }),
      by: z.enum(['month', 'quarter']).optional().openapi({ description: 'period (default quarter)' }),
      lags: z.string().optional().openapi({ description: 'lags of the Granger test, 1 to 12 (default 1)', example: '1' }),
      measure: z.enum(['count', 'goldstein']).optional().openapi({ description: 'events per period, or their Goldstein sum (default count)' }),
      from: date('from'),
      to: date('to'),
    }),
  },
  responses: {
    200: { description: 'the series and the tests', content: { 'application/json': { schema: LeadLagSchema } } },
    ...errors,
    422: { description: 'refused: the series are too short or constant to say anything', content: { 'application/json': { schema: ErrorSchema } } },
  },
});

const timelineRoute = createRoute({
  method: 'get',
  path: '/api/analyses/timeline',
  tags: ['relations'],
  summary: 'Events in date order, filtered and paged, each with its sources',
  request: {
    query: z.object({
      dyad: z.string().optional().openapi({ example: 'RUS,PRK' }),
      actor: z.string().optional().openapi({ example: 'CHN' }),
      from: date('from'),
      to: date('to'),
      cameo: z.string().optional().openapi({ description: 'CAMEO code or prefix', example: '04' }),
      status: z.enum(['occurred', 'planned', 'cancelled', 'alleged']).optional(),
      limit: z.string().optional().openapi({ description: 'page size (default 100, at most 10000)', example: '100' }),
      offset: z.string().optional().openapi({ example: '0' }),
    }),
  },
  responses: { 200: { description: 'the timeline', content: { 'application/json': { schema: TimelineSchema } } }, ...errors },
});

const networkRoute = createRoute({
  method: 'get',
  path: '/api/analyses/network',
  tags: ['relations'],
  summary: 'Actor network (相関図): nodes and weighted directed edges, as JSON or GraphML',
  request: {
    query: z.object({ from: date('from'), to: date('to'), format: z.enum(['json', 'graphml']).optional().openapi({ description: 'default json' }) }),
  },
  responses: {
    200: {
      description: 'the network',
      content: {
        'application/json': { schema: NetworkSchema },
        'application/graphml+xml': { schema: z.string().openapi({ description: 'GraphML 1.0, directed, with keys for every attribute' }) },
      },
    },
    ...errors,
  },
});

/** A bad parameter becomes a 400 naming it. */
function orBadRequest<T>(r: Result<T, OptionError>): T {
  if (!r.ok) throw badRequest(r.error.field, r.error.message);
  return r.value;
}

/** English names of the actors in the store's gazetteer table, by code. */
async function actorNames(store: Store): Promise<Map<string, string>> {
  const rows = await store.db.selectFrom('actors').select(['code', 'name_en']).execute();
  return new Map(rows.map((r) => [r.code, r.name_en]));
}

/** Routes of the relations analyses (index, lead–lag, timeline, network). */
export function registerRelationsRoutes(app: OpenAPIHono, store: Store): void {
  app.openapi(indexRoute, async (c) => {
    const q = c.req.valid('query');
    const req = orBadRequest(parseIndexRequest({ dyad: q.dyad, actors: q.actors, compare: q.compare, from: q.from, to: q.to, by: q.by }));
    return c.json(await queryIndexReport(store, req, { evidence: q.evidence === 'all' }), 200);
  });

  app.openapi(evidenceRoute, async (c) => {
    const raw = c.req.valid('query').ids.split(',').filter((x) => x !== '');
    if (raw.length > MAX_EVIDENCE_IDS) throw badRequest('ids', `at most ${MAX_EVIDENCE_IDS} ids per request (got ${raw.length}); ask for one cell at a time`);
    const bad = raw.find((x) => !/^[1-9][0-9]{0,14}$/.test(x));
    if (bad !== undefined) throw badRequest('ids', `"${bad}" is not an event id (ids are positive integers separated by commas)`);
    return c.json(await queryEvidence(store, raw.map(Number)), 200);
  });

  app.openapi(leadLagRoute, async (c) => {
    const q = c.req.valid('query');
    const req = orBadRequest(parseLeadLagRequest(q));
    const r = await queryLeadLag(store, req);
    if (!r.ok) throw new HTTPException(422, { message: r.error.message });
    return c.json(r.value, 200);
  });

  app.openapi(timelineRoute, async (c) => {
    const q = c.req.valid('query');
    const f = parseEventFilters({ ...q, limit: q.limit ?? '100' }, { maxLimit: MAX_PAGE });
    if (!f.ok) throw badRequest(f.error.field, f.error.message);
    return c.json(await queryTimeline(store, f.value), 200);
  });

  app.openapi(networkRoute, async (c) => {
    const q = c.req.valid('query');
    const w = orBadRequest(parseWindow(q));
    const net = actorNetwork(await queryEvents(store, w), w, await actorNames(store));
    if (q.format === 'graphml') return c.body(toGraphML(net), 200, { 'Content-Type': 'application/graphml+xml; charset=utf-8' });
    return c.json(net, 200);
  });
}
