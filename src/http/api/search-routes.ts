import { createRoute } from '@hono/zod-openapi';
import type { OpenAPIHono, z } from '@hono/zod-openapi';
import type { SearchResult } from '../../search/index.js';
import { toSearchJson } from '../../search/index.js';
import { SomkbError } from '../../errors/index.js';
import type { CatalogServedSchema } from '../api-schemas.js';
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
    summary: 'Search the paragraphs (query in the query string)',
    tags: ['search'],
    request: { query: SearchParamsSchema },
    responses: json(SearchResultSchema, 'A page of search results'),
  }),
  searchPost: createRoute({
    method: 'post',
    path: '/search',
    summary: 'Search the paragraphs (the same parameters as a JSON body)',
    tags: ['search'],
    request: { body: { content: { 'application/json': { schema: SearchParamsSchema } }, required: true } },
    responses: json(SearchResultSchema, 'A page of search results (413 when the body is over 16 KiB)'),
  }),
} as const;

/** The language every catalog falls back to: the summary's own. */
const FALLBACK_CATALOG = 'zh';

/** `GET /search` (a query string) and `POST /search` (the same parameters as a JSON body). */
export function addSearchRoutes(api: OpenAPIHono, { deps }: ApiRouteContext): void {
  /** Search results as bodies, made once per result and catalog note: the search service gives a repeated request its result again. */
  const searchBodies = new WeakMap<SearchResult, Map<string, JsonBody<z.infer<typeof SearchResultSchema>>>>();
  const runSearch = async (
    params: z.infer<typeof SearchParamsSchema>,
  ): Promise<JsonBody<z.infer<typeof SearchResultSchema>>> => {
    const requested = params.catalogLang ?? params.lang ?? FALLBACK_CATALOG;
    const request = {
      query: params.q,
      limit: params.limit,
      offset: params.offset,
      ...(params.group === 'paper' ? { groupByPaper: true } : {}),
    };
    let result: SearchResult;
    let catalog: z.infer<typeof CatalogServedSchema> = { requested, language: requested, fallback: false };
    try {
      result = await deps.search({ ...request, catalogLanguage: requested });
    } catch (error) {
      if (!(error instanceof SomkbError && error.code === 'CATALOG_EMPTY') || requested === FALLBACK_CATALOG)
        throw error;
      // A language without content: the Chinese text answers, and the answer says so.
      result = await deps.search({ ...request, catalogLanguage: FALLBACK_CATALOG });
      catalog = {
        requested,
        language: FALLBACK_CATALOG,
        fallback: true,
        note: `no catalog in '${requested}' is published; the Chinese catalog was searched`,
      };
    }
    const key = JSON.stringify(catalog);
    let bodies = searchBodies.get(result);
    if (bodies === undefined) {
      bodies = new Map<string, JsonBody<z.infer<typeof SearchResultSchema>>>();
      searchBodies.set(result, bodies);
    }
    let body = bodies.get(key);
    if (body === undefined) {
      body = toJsonBody({ ...toSearchJson(result), catalog } as z.infer<typeof SearchResultSchema>);
      bodies.set(key, body);
    }
    return body;
  };
  api.openapi(SEARCH_ROUTES.search, async (c) => sendJson(c, await runSearch(c.req.valid('query'))));
  api.openapi(SEARCH_ROUTES.searchPost, async (c) => sendJson(c, await runSearch(c.req.valid('json'))));
}
