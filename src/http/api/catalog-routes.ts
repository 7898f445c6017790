import { createRoute } from '@hono/zod-openapi';
import type { OpenAPIHono, z } from '@hono/zod-openapi';
import { countCatalog } from '../../domain/index.js';
import { CatalogExportSchema, HealthSchema, VersionQuerySchema } from '../api-schemas.js';
import { sendJson, toJsonBody } from '../json-body.js';
import { NOTHING_PUBLISHED, bodyOf } from './api-views.js';
import type { ApiRouteContext } from './route-kit.js';
import { json } from './route-kit.js';

/** The routes about the service and the catalog as a whole. */
export const CATALOG_ROUTES = {
  health: createRoute({
    method: 'get',
    path: '/health',
    summary: 'Health check: version, whether a catalog is published, whether the store is reachable',
    tags: ['catalog'],
    responses: json(HealthSchema, 'Liveness and the catalog counts'),
  }),
  catalog: createRoute({
    method: 'get',
    path: '/catalog',
    summary: 'The whole published catalog as JSON (the export contract)',
    tags: ['catalog'],
    request: { query: VersionQuerySchema },
    responses: json(CatalogExportSchema, 'The whole catalog, as `somkb export --format json` prints it'),
  }),
} as const;

/** `GET /catalog` (the export JSON of the whole catalog) and `GET /health`. */
export function addCatalogRoutes(api: OpenAPIHono, { deps, current }: ApiRouteContext): void {
  api.openapi(CATALOG_ROUTES.catalog, async (c) => {
    const view = await current(c.req.valid('query').version);
    return sendJson(
      c,
      bodyOf(view, 'catalog', () => view.exported as unknown as z.infer<typeof CatalogExportSchema>),
    );
  });

  api.openapi(CATALOG_ROUTES.health, async (c) => {
    const published = await deps.loadPublished();
    const catalog = published?.catalog;
    const store = deps.storeHealth?.();
    const health =
      store?.status === 'degraded'
        ? { status: 'degraded' as const, store: { ...store, status: 'degraded' as const } }
        : { status: 'ok' as const };
    if (catalog === undefined) {
      return sendJson(
        c,
        toJsonBody({
          ...health,
          version: deps.version,
          catalog: null,
          published: false,
          message: NOTHING_PUBLISHED,
        }),
      );
    }
    const counts = countCatalog(catalog);
    return sendJson(
      c,
      toJsonBody({
        ...health,
        version: deps.version,
        catalog: {
          version: published?.version ?? 0,
          paragraphs: counts.paragraphs,
          papers: counts.papers,
          themes: counts.themes,
        },
        published: true,
      }),
    );
  });
}
