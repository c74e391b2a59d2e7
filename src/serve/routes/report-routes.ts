import { createRoute, z, type OpenAPIHono } from '@hono/zod-openapi';
import { loadReport, parseReportRequest, renderHtml, renderMarkdown } from '../../analyse/report/index.js';
import { loadLevelIndex } from '../../analyse/reporting/load-level-index.js';
import type { LevelIndex } from '../../analyse/reporting/office-level.js';
import type { Store } from '../../store/store.js';
import { badRequest } from '../api-error.js';

const ErrorSchema = z.object({ error: z.object({ status: z.number(), message: z.string() }) }).openapi('Error');
const date = (what: string) => z.string().optional().openapi({ description: `${what} date, inclusive: 2023, 2023-09 or 2023-09-13`, example: '2023' });

const reportRoute = createRoute({
  method: 'get',
  path: '/api/report',
  tags: ['report'],
  summary: 'The report of a dyad over a period, as one self-contained HTML page (or Markdown) with footnotes to the source spans',
  request: {
    query: z.object({
      dyad: z.string().openapi({ description: 'two actor codes', example: 'RUS,PRK' }),
      from: date('from'),
      to: date('to'),
      by: z.enum(['month', 'quarter', 'year']).optional().openapi({ description: 'period (default quarter)' }),
      compare: z.string().optional().openapi({ description: 'dyads to compare with, separated by semicolons; the first is tested as leading. Default: the dyad\'s sides with CHN; `none` for none', example: 'CHN,PRK;CHN,RUS' }),
      format: z.enum(['html', 'md']).optional().openapi({ description: 'html (default) or md (Markdown)' }),
    }),
  },
  responses: {
    200: {
      description: 'the report',
      content: {
        'text/html': { schema: z.string().openapi({ description: 'one HTML page: inline CSS and SVG, no script, no external URL' }) },
        'text/markdown': { schema: z.string().openapi({ description: 'the same tables in Markdown, footnotes as [^n]' }) },
      },
    },
    400: { description: 'a bad parameter, named in the message', content: { 'application/json': { schema: ErrorSchema } } },
  },
});

/** `GET /api/report`. The gazetteer's office levels are read once, on first use. */
export function registerReportRoutes(app: OpenAPIHono, store: Store): void {
  let levels: LevelIndex | undefined;
  app.openapi(reportRoute, async (c) => {
    const q = c.req.valid('query');
    const req = parseReportRequest(q);
    if (!req.ok) throw badRequest(req.error.field, req.error.message);
    levels ??= loadLevelIndex();
    const report = await loadReport(store, req.value, levels);
    if (q.format === 'md') return c.body(renderMarkdown(report), 200, { 'Content-Type': 'text/markdown; charset=utf-8' });
    return c.body(renderHtml(report), 200, { 'Content-Type': 'text/html; charset=utf-8' });
  });
}
