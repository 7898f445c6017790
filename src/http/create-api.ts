import { OpenAPIHono } from '@hono/zod-openapi';
import { cors } from 'hono/cors';
import { etag } from 'hono/etag';
import { requestId } from 'hono/request-id';
import type { ApiDeps } from './api/api-deps.js';
import { createViewLoader } from './api/api-views.js';
import { BRIEF_ROUTES, addBriefRoutes } from './api/brief-routes.js';
import { CATALOG_ROUTES, addCatalogRoutes } from './api/catalog-routes.js';
import { CONCEPT_ROUTES, addConceptRoutes } from './api/concept-routes.js';
import { DOCUMENT_ROUTES, addDocumentRoutes } from './api/document-routes.js';
import { EXPORT_ROUTES, addExportRoutes } from './api/export-routes.js';
import { HISTORY_ROUTES, addHistoryRoutes } from './api/history-routes.js';
import { readJsonBody } from './api/json-request-body.js';
import { MECHANISM_ROUTES, addMechanismRoutes } from './api/mechanism-routes.js';
import { MEETING_ROUTES, addMeetingRoutes } from './api/meeting-routes.js';
import { PAPER_ROUTES, addPaperRoutes } from './api/paper-routes.js';
import { PROVISION_ROUTES, addProvisionRoutes } from './api/provision-routes.js';
import type { AddRoutes, ApiRouteContext } from './api/route-kit.js';
import { SEARCH_ROUTES, addSearchRoutes } from './api/search-routes.js';
import { THEME_ROUTES, addThemeRoutes } from './api/theme-routes.js';
import { errorBody, errorBodyOf, toPublicError } from './error-response.js';
import { catalogFilesOf } from './catalog-files-of.js';
import { resolveCaller } from './request-caller.js';
import { API_PREFIX, applyRouteGuards } from './route-access.js';

export type { ApiDeps, ApiLogEntry } from './api/api-deps.js';

/** Largest request body the API reads, in bytes (a search sent as JSON). */
export const API_BODY_LIMIT = 16 * 1024;

/** How long clients and proxies may reuse a read, in seconds (they revalidate with the ETag after). */
const READ_MAX_AGE = 60;

/** Every route of the API, for the OpenAPI document, the 405 answers and the schema tests. */
export const API_ROUTE_DEFINITIONS = {
  ...CATALOG_ROUTES,
  ...DOCUMENT_ROUTES,
  ...THEME_ROUTES,
  ...PAPER_ROUTES,
  ...MEETING_ROUTES,
  ...CONCEPT_ROUTES,
  ...PROVISION_ROUTES,
  ...MECHANISM_ROUTES,
  ...SEARCH_ROUTES,
  ...EXPORT_ROUTES,
  ...BRIEF_ROUTES,
  ...HISTORY_ROUTES,
} as const;

/** The API routes as (method, OpenAPI path) pairs. */
export const API_ROUTES: readonly { readonly method: string; readonly path: string }[] = Object.values(
  API_ROUTE_DEFINITIONS,
).map((route) => ({ method: route.method.toUpperCase(), path: route.path }));

/** The route groups of the API, one per resource, in the order the OpenAPI document lists them. */
const ROUTE_GROUPS: readonly AddRoutes[] = [
  addCatalogRoutes,
  addDocumentRoutes,
  addThemeRoutes,
  addPaperRoutes,
  addMeetingRoutes,
  addConceptRoutes,
  addProvisionRoutes,
  addMechanismRoutes,
  addSearchRoutes,
  addExportRoutes,
  addBriefRoutes,
  addHistoryRoutes,
];

/** The tags of the API's operations, in the order the reference shows them, with what each holds. */
export const API_TAGS = [
  ['catalog', 'Health and the whole published catalog'],
  ['documents', 'Documents and their paragraphs, themes, papers and meetings'],
  ['knowledge', 'Thesaurus concepts, cited legal provisions and mechanisms found in the text'],
  ['search', 'Search the paragraphs in any of the six languages'],
  ['exports', 'Files: exports of the catalog and briefing packs'],
  ['history', 'The published versions of a document and the changes between them'],
] as const;

/** The most characters of a path the request log keeps; the query string is never logged. */
export const LOGGED_PATH_LIMIT = 200;

/** `path` as the request log keeps it: at most {@link LOGGED_PATH_LIMIT} characters, then `…`. */
function capLoggedPath(path: string): string {
  return path.length <= LOGGED_PATH_LIMIT ? path : `${path.slice(0, LOGGED_PATH_LIMIT)}…`;
}

const pattern = (path: string): RegExp => new RegExp(`^${path.replace(/\{[^}]+\}/g, '[^/]+')}$`);

/**
 * The JSON API under `/api/v1`: list and item routes for documents and their paragraphs, themes,
 * papers, meetings, concepts, provisions and mechanisms, and search (GET with a query string, or POST
 * with a JSON body). Every route has zod schemas, from which `/openapi.json` (OpenAPI 3.1) is made.
 * Errors are `{ error: { code, message, details } }`; reads carry an ETag and Cache-Control; every
 * response carries an `X-Request-Id`.
 */
export function createApi(deps: ApiDeps): OpenAPIHono {
  const api = new OpenAPIHono({
    defaultHook: (result, c) => {
      if (result.success) return undefined;
      const issue = result.error.issues[0];
      const parameter = issue?.path.map(String).join('.') ?? '';
      return c.json(
        errorBody('USAGE', `parameter '${parameter}': ${issue?.message ?? 'not valid'}`, {
          parameter,
          issues: result.error.issues.map((each) => ({ path: each.path.map(String), message: each.message })),
        }),
        400,
      );
    },
  });
  const views = createViewLoader(deps);
  const context: ApiRouteContext = {
    deps,
    files: deps.files ?? catalogFilesOf(deps),
    current: views.current,
    inLanguage: views.inLanguage,
  };

  api.use('*', requestId());
  api.use('*', async (c, next) => {
    const started = performance.now();
    await next();
    deps.log?.({
      requestId: c.get('requestId'),
      method: c.req.method,
      path: capLoggedPath(c.req.path),
      status: c.res.status,
      ms: Math.round((performance.now() - started) * 100) / 100,
    });
  });
  api.use(
    '*',
    resolveCaller({
      editors: deps.editors,
      ...(deps.clientAddress === undefined ? {} : { clientAddress: deps.clientAddress }),
    }),
  );
  const origins = deps.corsOrigins ?? [];
  if (origins.length > 0) {
    api.use(
      '*',
      cors({ origin: origins.includes('*') ? '*' : [...origins], exposeHeaders: ['ETag', 'X-Request-Id'] }),
    );
  }
  api.use('*', async (c, next) => {
    await next();
    // Set on the response's own headers: c.header() on a finished response copies it into a new,
    // stream-backed one, which cost more than the rest of a cached read.
    if (c.req.method === 'GET' && c.res.status === 200)
      c.res.headers.set('Cache-Control', `public, max-age=${READ_MAX_AGE}`);
  });
  api.use('*', etag());
  // Only a POST has a body; asking a GET for its body makes the server build a full Request.
  api.on('POST', '/search', readJsonBody(API_BODY_LIMIT));
  if (deps.editors !== undefined) applyRouteGuards(api, { prefix: API_PREFIX, pages: false });

  for (const addRoutes of ROUTE_GROUPS) addRoutes(api, context);

  api.doc31('/openapi.json', {
    openapi: '3.1.0',
    info: {
      title: 'somkb API',
      version: deps.version,
      description:
        'The catalog of the thematic summary of the Working Group on the Smuggling of Migrants: documents, paragraphs, themes, papers, meetings, concepts, legal provisions, mechanisms and search.',
    },
    servers: [{ url: '/api/v1' }],
    tags: API_TAGS.map(([name, description]) => ({ name, description })),
  });

  // A catch-all route rather than notFound(): a sub-app mounted with route() leaves notFound to its parent.
  api.all('*', (c) => {
    const allowed = API_ROUTES.filter((route) =>
      pattern(route.path).test(c.req.path.replace(/^\/api\/v1/, '')),
    );
    if (allowed.length > 0) {
      c.header('Allow', [...new Set(allowed.map((route) => route.method))].join(', '));
      return c.json(
        errorBody('USAGE', `method ${c.req.method} is not allowed on ${c.req.path}`, {
          allowed: allowed.map((route) => route.method),
        }),
        405,
      );
    }
    return c.json(errorBody('NOT_FOUND', `no API route ${c.req.path}; see /api/v1/openapi.json`), 404);
  });
  api.onError((error, c) => {
    const failure = toPublicError(error);
    if (failure.status >= 500) deps.reportError?.(error);
    if (failure.status === 401 && !c.res.headers.has('WWW-Authenticate'))
      c.header('WWW-Authenticate', 'Bearer realm="somkb"');
    return c.json(errorBodyOf(failure), failure.status);
  });
  return api;
}
