import { readFileSync } from 'node:fs';
import { createRoute, z, type OpenAPIHono } from '@hono/zod-openapi';
import { dataPath } from '../../data-path.js';

const PlaceSchema = z
  .object({
    en: z.string().openapi({ description: 'canonical English name, as event records write it', example: 'Rajin port' }),
    ja: z.array(z.string()),
    aliases: z.array(z.string()),
    country: z.string().nullable().openapi({ description: 'ISO 3166-1 alpha-3' }),
    lat: z.number(),
    lon: z.number(),
    kind: z.string().openapi({ description: 'capital | city | port | site | region | country' }),
  })
  .openapi('Place');
export type PlaceRecord = z.infer<typeof PlaceSchema>;

/** The places of data/places.json with coordinates (entries without lat/lon are left out). Pure over the file's JSON. */
export function placesOf(json: unknown): PlaceRecord[] {
  const list = (json as { places?: unknown[] } | null)?.places ?? [];
  const out: PlaceRecord[] = [];
  for (const raw of list) {
    const p = raw as Record<string, unknown>;
    if (typeof p['en'] !== 'string' || typeof p['lat'] !== 'number' || typeof p['lon'] !== 'number') continue;
    const strings = (v: unknown) => (Array.isArray(v) ? v.filter((s): s is string => typeof s === 'string') : []);
    out.push({
      en: p['en'],
      ja: strings(p['ja']),
      aliases: strings(p['aliases']),
      country: typeof p['country'] === 'string' ? p['country'] : null,
      lat: p['lat'],
      lon: p['lon'],
      kind: typeof p['kind'] === 'string' ? p['kind'] : 'site',
    });
  }
  return out;
}

const placesRoute = createRoute({
  method: 'get',
  path: '/api/places',
  tags: ['places'],
  summary: 'The place gazetteer (data/places.json) with coordinates, for the map',
  responses: { 200: { description: 'every place with lat/lon', content: { 'application/json': { schema: z.array(PlaceSchema) } } } },
});

/** `GET /api/places`: the gazetteer, read once on first use. */
export function registerPlacesRoutes(app: OpenAPIHono): void {
  let places: PlaceRecord[] | undefined;
  app.openapi(placesRoute, (c) => {
    places ??= placesOf(JSON.parse(readFileSync(dataPath('places.json'), 'utf8')));
    return c.json(places, 200);
  });
}
