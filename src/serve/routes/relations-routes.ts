import type { OpenAPIHono } from '@hono/zod-openapi';
import type { Store } from '../../store/store.js';

/** Routes of the relations analyses (index, lead–lag, timeline, network). */
export function registerRelationsRoutes(_app: OpenAPIHono, _store: Store): void {}
