import { createRoute } from '@hono/zod-openapi';
import type { OpenAPIHono, z } from '@hono/zod-openapi';
import type { SearchResult } from '../../search/index.js';
import { toSearchJson } from '../../search/index.js';
import { SearchParamsSchema, SearchResultSchema } from '../api-schemas.js';
import type { JsonBody } from '../json-body.js';
import { sendJson, toJsonBody } from '../json-body.js';
import type { ApiRouteContext } from './route-kit.js';
import { json } from './route-kit.js';

/** The routes of search. */
export const SEARCH_ROUTES = {
  search: createRoute({
    method: 'get',
    path: '/search',
    request: { query: SearchParamsSchema },
    responses: json(SearchResultSchema, 'A page of search results'),
  }),
  searchPost: createRoute({
    method: 'post',
    path: '/search',
    request: { body: { content: { 'application/json': { schema: SearchParamsSchema } }, required: true } },
    responses: json(SearchResultSchema, 'A page of search results (413 when the body is over 16 KiB)'),
  }),
} as const;

/** `GET /search` (a query string) and `POST /search` (the same parameters as a JSON body). */
export function addSearchRoutes(api: OpenAPIHono, { deps }: ApiRouteContext): void {
  /** Search results as bodies, made once per result: the search service gives a repeated request its result again. */
  const searchBodies = new WeakMap<SearchResult, JsonBody<z.infer<typeof SearchResultSchema>>>();
  const runSearch = async (
    params: z.infer<typeof SearchParamsSchema>,
  ): Promise<JsonBody<z.infer<typeof SearchResultSchema>>> => {
    const result = await deps.search({
      query: params.q,
      limit: params.limit,
      offset: params.offset,
      catalogLanguage: params.lang,
      ...(params.group === 'paper' ? { groupByPaper: true } : {}),
    });
    let body = searchBodies.get(result);
    if (body === undefined) {
      body = toJsonBody(toSearchJson(result) as z.infer<typeof SearchResultSchema>);
      searchBodies.set(result, body);
    }
    return body;
  };
  api.openapi(SEARCH_ROUTES.search, async (c) => sendJson(c, await runSearch(c.req.valid('query'))));
  api.openapi(SEARCH_ROUTES.searchPost, async (c) => sendJson(c, await runSearch(c.req.valid('json'))));
}
