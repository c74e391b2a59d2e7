import type { OpenAPIHono } from '@hono/zod-openapi';
import type { Store } from '../../store/store.js';

/** Routes of the reporting analyses (summits, exchanges, claims, narratives, ACH, report). */
export function registerReportingRoutes(_app: OpenAPIHono, _store: Store): void {}
