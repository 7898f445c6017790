import { Hono } from 'hono';
import type { CreateAppDeps } from './app-deps.js';
import { catalogFilesOf } from './catalog-files-of.js';
import { suggestServiceOf } from './suggest-service-of.js';
import { createApiDocs } from './create-api-docs.js';
import { createApi } from './create-api.js';
import { entityTags } from './entity-tags.js';
import { toPublicError } from './error-response.js';
import { negotiateInterfaceLanguage } from './interface-language.js';
import { createPortalContext } from './portal-context.js';
import { addPortalRoutes } from './portal-routes.js';
import { logEditorPages } from './api/request-log.js';
import { resolveCaller } from './request-caller.js';
import { applyRouteGuards, isApiV1Path } from './route-access.js';
import {
  API_DOCS_CONTENT_SECURITY_POLICY,
  CONTENT_SECURITY_POLICY,
  securityHeaders,
} from './security-headers.js';

export type { CreateAppDeps } from './app-deps.js';
export { DEFAULT_PAGE_CACHE_BYTES } from './app-deps.js';

function reportToStderr(error: unknown): void {
  console.error('somkb http: unexpected error', error);
}

/**
 * Builds the web portal and JSON API as a Hono app (no port is opened; serve it with
 * `@hono/node-server` or call `app.request` in tests). Pages (server-rendered HTML that works
 * without JavaScript, in the interface language chosen by `?lang=`, the cookie it sets, or
 * `Accept-Language`):
 * - `/` home; `/themes/<id>`; `/papers/<slug>` (the symbol with `/` as `-`; the symbol itself,
 *   encoded or not, redirects there with 301); `/topics` and `/topics/<concept-id>?page=N`;
 *   `/search?q=&theme=&paper=&year=&topic=&page=&group=1`; `/references`; `/mechanisms`;
 *   `/brief?theme=&paper=&topic=&q=&title=&format=` (a form that composes a briefing pack, with
 *   what the URL names ticked, and the whole catalog's downloads); `/brief/download?<the query of
 *   /api/v1/brief>`, where that form goes: the pack made by the same briefing use case as the API's
 *   (the same file, validation and errors), or, when it is refused (4xx), the brief page again with
 *   the choices sent and why, with that status and never kept in the page cache;
 * - `/history` (the versions of the document, newest first, and a form to compare two) and
 *   `/history/<from>..<to>` (the changes between two versions), over `history`;
 * - every page made from the catalog alone (home, themes, papers, topics, provisions, mechanisms)
 *   takes `?version=N`: the page in that older version, with a banner naming it and the current
 *   one (a version that does not exist is 404, naming it);
 * - `/assets/portal.css`, `/assets/portal.js`, `/assets/icon.svg` (also at `/favicon.ico`).
 *
 * API: the JSON API of {@link createApi} under `/api/v1` (OpenAPI 3.1 at `/api/v1/openapi.json`),
 * and its interactive reference at `/api/docs` when `apiDocs` is given.
 *
 * Editors (with `editors`): every request is resolved to its caller (`c.var.caller`,
 * `c.var.session`: see {@link resolveCaller}; a reader's request without a session cookie or an
 * `Authorization` header looks nothing up and keeps its caches), and the routes of `ROUTE_ACCESS`
 * that need a role are guarded by it ({@link applyRouteGuards}). Without `editors` every caller is
 * anonymous and the editors' routes answer 404.
 *
 * Unknown routes give 404 (JSON under `/api`, a helpful HTML page elsewhere). Errors map through
 * one function ({@link toPublicError}); the text of unexpected errors never reaches the client.
 * Every response carries security headers ({@link CONTENT_SECURITY_POLICY}, `nosniff`,
 * `no-referrer`, no framing) and an ETag; a matching `If-None-Match` gets 304.
 */
export function createApp(deps: CreateAppDeps): Hono {
  const reportError = deps.reportError ?? reportToStderr;
  const loadKnowledge = deps.loadKnowledge ?? (() => Promise.resolve(undefined));
  const app = new Hono();
  // One set of file use cases (and one cache of made files) for the portal and the API.
  const files = deps.files ?? catalogFilesOf(deps);
  // One suggestion index for the search box, the search page's "did you mean" and the API.
  const suggest = deps.suggest ?? suggestServiceOf(deps);
  const portal = createPortalContext({ ...deps, files, suggest });

  const docsHeaders = securityHeaders(API_DOCS_CONTENT_SECURITY_POLICY);
  // Registered first, so it runs outermost and sets its headers last, over the site's.
  app.use('/api/docs', docsHeaders);
  app.use('/api/docs/*', docsHeaders);
  app.use('*', securityHeaders(CONTENT_SECURITY_POLICY));
  app.use('*', entityTags());
  app.use('*', negotiateInterfaceLanguage());
  // The API resolves its callers itself, after its request log, so that refusals are logged.
  app.use(
    '*',
    resolveCaller({
      editors: deps.editors,
      ...(deps.clientAddress === undefined ? {} : { clientAddress: deps.clientAddress }),
      skip: (c) => isApiV1Path(c.req.path),
    }),
  );
  if (deps.editors !== undefined) {
    app.use('*', logEditorPages(deps.logRequest));
    applyRouteGuards(app, { prefix: '', pages: true });
  }

  addPortalRoutes(app, portal);

  app.route(
    '/api/v1',
    createApi({
      loadPublished: deps.loadPublished,
      loadKnowledge,
      ...(deps.chooseLanguage === undefined ? {} : { chooseLanguage: deps.chooseLanguage }),
      ...(deps.listPublished === undefined ? {} : { listPublished: deps.listPublished }),
      search: deps.search,
      suggest,
      files,
      ...(deps.history === undefined ? {} : { history: deps.history }),
      version: deps.version,
      reportError,
      ...(deps.corsOrigins === undefined ? {} : { corsOrigins: deps.corsOrigins }),
      ...(deps.logRequest === undefined ? {} : { log: deps.logRequest }),
      ...(deps.storeHealth === undefined ? {} : { storeHealth: deps.storeHealth }),
      ...(deps.describeKnowledge === undefined ? {} : { describeKnowledge: deps.describeKnowledge }),
      ...(deps.editors === undefined ? {} : { editors: deps.editors }),
      ...(deps.clientAddress === undefined ? {} : { clientAddress: deps.clientAddress }),
    }),
  );
  if (deps.apiDocs !== undefined) app.route('/api/docs', createApiDocs(deps.apiDocs));

  app.notFound((c) =>
    portal.respondWithError(c, {
      status: 404,
      code: 'NOT_FOUND',
      message: `No such page: ${c.req.method} ${c.req.path}`,
      details: {},
    }),
  );

  app.onError((error, c) => {
    const failure = toPublicError(error);
    if (failure.status >= 500) reportError(error);
    return portal.respondWithError(c, failure);
  });

  return app;
}
