import { createRoute } from '@hono/zod-openapi';
import type { OpenAPIHono } from '@hono/zod-openapi';
import { PaperSchema, VersionQuerySchema, listOf } from '../api-schemas.js';
import { sendJson } from '../json-body.js';
import { bodyOf, listBodyOf } from './api-views.js';
import type { ApiRouteContext } from './route-kit.js';
import { idParam, json, notFound } from './route-kit.js';

/** The routes of background papers. */
export const PAPER_ROUTES = {
  papers: createRoute({
    method: 'get',
    path: '/papers',
    summary: 'List the background papers',
    tags: ['documents'],
    request: { query: VersionQuerySchema },
    responses: json(listOf(PaperSchema, 'PaperList'), 'The background papers'),
  }),
  paper: createRoute({
    method: 'get',
    path: '/papers/{symbol}',
    summary: 'One background paper by symbol or slug',
    tags: ['documents'],
    request: {
      params: idParam('symbol', 'CTOC-COP-WG.7-2015-4', 'The UN symbol, URL-encoded, or its slug (/ → -)'),
      query: VersionQuerySchema,
    },
    responses: json(PaperSchema, 'One paper'),
  }),
} as const;

/** `GET /papers` and `GET /papers/{symbol}` (the symbol or its slug, in any case), of the current version or of `?version=N`. */
export function addPaperRoutes(api: OpenAPIHono, { current }: ApiRouteContext): void {
  api.openapi(PAPER_ROUTES.papers, async (c) => {
    const view = await current(c.req.valid('query').version);
    return sendJson(c, listBodyOf(view, 'papers', view.papers));
  });
  api.openapi(PAPER_ROUTES.paper, async (c) => {
    const view = await current(c.req.valid('query').version);
    const { symbol } = c.req.valid('param');
    const wanted = symbol.toUpperCase();
    const paper = view.papers.find(
      (candidate) => candidate.symbol.toUpperCase() === wanted || candidate.slug.toUpperCase() === wanted,
    );
    return paper === undefined
      ? notFound('paper', symbol, 'see /api/v1/papers')
      : sendJson(
          c,
          bodyOf(view, `paper ${paper.symbol}`, () => paper),
        );
  });
}
