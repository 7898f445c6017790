import { OpenAPIHono } from '@hono/zod-openapi';
import type { RouteConfig } from '@hono/zod-openapi';
import type { MiddlewareHandler } from 'hono';
import { cors } from 'hono/cors';
import { etag } from 'hono/etag';
import { requestId } from 'hono/request-id';
import type { ApiDeps } from './api/api-deps.js';
import { createViewLoader } from './api/api-views.js';
import { AUDIT_ROUTES, addAuditRoutes } from './api/audit-routes.js';
import { BRIEF_ROUTES, addBriefRoutes } from './api/brief-routes.js';
import { CATALOG_ROUTES, addCatalogRoutes } from './api/catalog-routes.js';
import { CONCEPT_ROUTES, addConceptRoutes } from './api/concept-routes.js';
import { DOCUMENT_ROUTES, addDocumentRoutes } from './api/document-routes.js';
import { DRAFT_CHANGE_ROUTES, addDraftChangeRoutes } from './api/draft-change-routes.js';
import { DRAFT_ROUTES, addDraftRoutes } from './api/draft-routes.js';
import { EXPORT_ROUTES, addExportRoutes } from './api/export-routes.js';
import { HISTORY_ROUTES, addHistoryRoutes } from './api/history-routes.js';
import { readJsonBody } from './api/json-request-body.js';
import { MECHANISM_ROUTES, addMechanismRoutes } from './api/mechanism-routes.js';
import { MEETING_ROUTES, addMeetingRoutes } from './api/meeting-routes.js';
import { PAPER_ROUTES, addPaperRoutes } from './api/paper-routes.js';
import { PROVISION_ROUTES, addProvisionRoutes } from './api/provision-routes.js';
import { logRequests } from './api/request-log.js';
import type { AddRoutes, ApiRouteContext } from './api/route-kit.js';
import { SEARCH_ROUTES, addSearchRoutes } from './api/search-routes.js';
import { SUGGEST_ROUTES, addSuggestRoutes } from './api/suggest-routes.js';
import { THEME_ROUTES, addThemeRoutes } from './api/theme-routes.js';
import { TOKEN_ROUTES, addTokenRoutes } from './api/token-routes.js';
import { answerUnknownRoute } from './api/unknown-route.js';
import { USER_ROUTES, addUserRoutes } from './api/user-routes.js';
import { answerInvalidRequest } from './api/validation-hook.js';
import { catalogFilesOf } from './catalog-files-of.js';
import { suggestServiceOf } from './suggest-service-of.js';
import { errorBodyOf, toPublicError } from './error-response.js';
import { errorHeadersOf } from './error-status.js';
import { resolveCaller } from './request-caller.js';
import { API_PREFIX, applyRouteGuards } from './route-access.js';

export type { ApiDeps, ApiLogEntry } from './api/api-deps.js';
export { LOGGED_PATH_LIMIT } from './api/request-log.js';

/** Largest request body the API reads, in bytes (a search sent as JSON, a draft's change). */
export const API_BODY_LIMIT = 16 * 1024;

/** How long clients and proxies may reuse a read, in seconds (they revalidate with the ETag after). */
const READ_MAX_AGE = 60;

/** Every route of the readers' API, for the OpenAPI document, the 405 answers and the schema tests. */
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
  ...SUGGEST_ROUTES,
  ...EXPORT_ROUTES,
  ...BRIEF_ROUTES,
  ...HISTORY_ROUTES,
} as const;

/**
 * Every route of the editors' API (who one is, tokens, users, drafts and their changes, the audit
 * log): served, and in the OpenAPI document, only when the API has the editors' use cases.
 */
export const EDITOR_ROUTE_DEFINITIONS = {
  ...USER_ROUTES,
  ...TOKEN_ROUTES,
  ...DRAFT_ROUTES,
  ...DRAFT_CHANGE_ROUTES,
  ...AUDIT_ROUTES,
} as const;

/** A route as (method, OpenAPI path). */
interface RouteName {
  readonly method: string;
  readonly path: string;
}

const routeNamesOf = (definitions: Readonly<Record<string, RouteName>>): readonly RouteName[] =>
  Object.values(definitions).map((route) => ({ method: route.method.toUpperCase(), path: route.path }));

/** The readers' API routes as (method, OpenAPI path) pairs. */
export const API_ROUTES: readonly RouteName[] = routeNamesOf(API_ROUTE_DEFINITIONS);

/** The editors' API routes as (method, OpenAPI path) pairs. */
export const EDITOR_ROUTES: readonly RouteName[] = routeNamesOf(EDITOR_ROUTE_DEFINITIONS);

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
  addSuggestRoutes,
  addExportRoutes,
  addBriefRoutes,
  addHistoryRoutes,
];

/** The route groups of the editors' API, one per resource; each adds nothing without the editors. */
const EDITOR_ROUTE_GROUPS: readonly AddRoutes[] = [
  addUserRoutes,
  addTokenRoutes,
  addDraftRoutes,
  addDraftChangeRoutes,
  addAuditRoutes,
];

/** The tags of the API's operations, in the order the reference shows them, with what each holds. */
export const API_TAGS = [
  ['catalog', 'Health and the whole published catalog'],
  ['documents', 'Documents and their paragraphs, themes, papers and meetings'],
  ['knowledge', 'Thesaurus concepts, cited legal provisions and mechanisms found in the text'],
  ['search', 'Search the paragraphs in any of the six languages, and suggestions as one types'],
  ['exports', 'Files: exports of the catalog and briefing packs'],
  ['history', 'The published versions of a document and the changes between them'],
] as const;

/** The tags of the editors' operations (listed only when the API has the editors). */
export const EDITOR_TAGS = [
  ['drafts', 'Drafts of the editors: open, change, review, publish (a session or an API token)'],
  ['accounts', 'Who one is, API tokens, and users and roles (admins)'],
  ['audit', 'The audit log of every write and security event (admins)'],
] as const;

/** A Hono path of an OpenAPI one: `{id}` → `:id`. */
const honoPath = (path: string): string => path.replace(/\{([^}]+)\}/g, ':$1');

/** Reads the JSON body of a route whose body is optional only when one is sent. */
function readJsonBodyWhenSent(limit: number): MiddlewareHandler {
  const read = readJsonBody(limit);
  return async (c, next) => {
    if (c.req.header('content-type') === undefined && c.req.header('content-length') === undefined) {
      await next();
      return undefined;
    }
    return read(c, next);
  };
}

/**
 * Registers the reading of the JSON body of each editors' route that takes one, so that a body the
 * API cannot use is a 4xx naming what is wrong ({@link readJsonBody}) before its route validates it.
 */
function readEditorBodies(api: OpenAPIHono): void {
  const routes: readonly RouteConfig[] = Object.values(EDITOR_ROUTE_DEFINITIONS);
  for (const route of routes) {
    const body = route.request?.body;
    if (body === undefined) continue;
    const read = body.required === true ? readJsonBody(API_BODY_LIMIT) : readJsonBodyWhenSent(API_BODY_LIMIT);
    api.on(route.method.toUpperCase(), honoPath(route.path), read);
  }
}

export function createApi(deps: ApiDeps): OpenAPIHono {
  const api = new OpenAPIHono({ defaultHook: (result, c) => answerInvalidRequest(result, c) });
  const editing = deps.editors !== undefined;
  const views = createViewLoader(deps);
  const context: ApiRouteContext = {
    deps,
    files: deps.files ?? catalogFilesOf(deps),
    suggestions: deps.suggest ?? suggestServiceOf(deps),
    current: views.current,
    inLanguage: views.inLanguage,
  };

  api.use('*', requestId());
  api.use('*', logRequests(deps.log));
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
  if (editing) {
    // Guards first: a caller who may not is refused before the body is read.
    applyRouteGuards(api, { prefix: API_PREFIX, pages: false });
    readEditorBodies(api);
  }

  for (const addRoutes of [...ROUTE_GROUPS, ...EDITOR_ROUTE_GROUPS]) addRoutes(api, context);

  api.doc31('/openapi.json', {
    openapi: '3.1.0',
    info: {
      title: 'somkb API',
      version: deps.version,
      description:
        'The catalog of the thematic summary of the Working Group on the Smuggling of Migrants: documents, paragraphs, themes, papers, meetings, concepts, legal provisions, mechanisms and search.',
    },
    servers: [{ url: '/api/v1' }],
    tags: [...API_TAGS, ...(editing ? EDITOR_TAGS : [])].map(([name, description]) => ({
      name,
      description,
    })),
  });

  // A catch-all route rather than notFound(): a sub-app mounted with route() leaves notFound to its parent.
  api.all('*', answerUnknownRoute(editing ? [...API_ROUTES, ...EDITOR_ROUTES] : API_ROUTES, API_PREFIX));
  api.onError((error, c) => {
    const failure = toPublicError(error);
    if (failure.status >= 500) deps.reportError?.(error);
    for (const [name, value] of Object.entries(errorHeadersOf(failure.code, failure.details)))
      if (!c.res.headers.has(name)) c.header(name, value);
    return c.json(errorBodyOf(failure), failure.status);
  });
  return api;
}
