import { createRoute } from '@hono/zod-openapi';
import type { OpenAPIHono, z } from '@hono/zod-openapi';
import type { SearchResult } from '../../search/index.js';
import { toSearchJson } from '../../search/index.js';
import type { CatalogServedSchema } from '../api-schemas.js';
import { SearchParamsSchema, SearchResultSchema } from '../api-schemas.js';
import type { JsonBody } from '../json-body.js';
import { sendJson, toJsonBody } from '../json-body.js';
import { conceptSuggestion } from '../../suggest/index.js';
import type { ApiRouteContext } from './route-kit.js';
import { json } from './route-kit.js';
import { toSuggestionJson } from './suggest-view.js';

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

/** `GET /search` (a query string) and `POST /search` (the same parameters as a JSON body). */
export function addSearchRoutes(api: OpenAPIHono, { deps, suggestions }: ApiRouteContext): void {
  /** Search results as bodies, made once per result and catalog note: the search service gives a repeated request its result again. */
  const searchBodies = new WeakMap<SearchResult, Map<string, JsonBody<z.infer<typeof SearchResultSchema>>>>();
  const runSearch = async (
    params: z.infer<typeof SearchParamsSchema>,
  ): Promise<JsonBody<z.infer<typeof SearchResultSchema>>> => {
    const given = params.catalogLang ?? params.lang;
    // Every published language version is searched; the language asked for is the one the hits are
    // shown in (Chinese when it is not published, and the answer says so). Without one, the query's
    // own `lang:` chooses, else Chinese.
    const result = await deps.search({
      query: params.q,
      limit: params.limit,
      offset: params.offset,
      ...(params.group === 'paper' ? { groupByPaper: true } : {}),
      ...(given === undefined ? {} : { catalogLanguage: given }),
    });
    const requested = given ?? result.query.filters.catalogLanguage ?? result.language;
    const catalog: z.infer<typeof CatalogServedSchema> =
      requested === result.language
        ? { requested, language: result.language, fallback: false }
        : {
            requested,
            language: result.language,
            fallback: true,
            note: `no catalog in '${requested}' is published; the hits are shown in '${result.language}'`,
          };
    const key = JSON.stringify(catalog);
    let bodies = searchBodies.get(result);
    if (bodies === undefined) {
      bodies = new Map<string, JsonBody<z.infer<typeof SearchResultSchema>>>();
      searchBodies.set(result, bodies);
    }
    let body = bodies.get(key);
    if (body === undefined) {
      // A query whose own words found nothing offers the closest concepts, named in the language asked for.
      const didYouMean =
        result.total === 0
          ? (await suggestions.closeConcepts(params.q)).map((entry) =>
              toSuggestionJson(conceptSuggestion(entry, requested)),
            )
          : [];
      body = toJsonBody({
        ...toSearchJson(result),
        catalog,
        ...(didYouMean.length === 0 ? {} : { didYouMean }),
      } as z.infer<typeof SearchResultSchema>);
      bodies.set(key, body);
    }
    return body;
  };
  api.openapi(SEARCH_ROUTES.search, async (c) => sendJson(c, await runSearch(c.req.valid('query'))));
  api.openapi(SEARCH_ROUTES.searchPost, async (c) => sendJson(c, await runSearch(c.req.valid('json'))));
}
