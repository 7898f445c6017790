import { Hono } from 'hono';
import type { Context } from 'hono';
import { getCookie, setCookie } from 'hono/cookie';
import { etag } from 'hono/etag';
import { secureHeaders } from 'hono/secure-headers';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import type { Catalog, Language } from '../domain/index.js';
import { SomkbError, isSomkbError } from '../errors/index.js';
import type { SomkbErrorCode } from '../errors/index.js';
import type { CatalogKnowledge } from '../knowledge/index.js';
import type { SearchResult } from '../search/index.js';
import { MAX_QUERY_LENGTH } from '../search/index.js';
import type { SearchServiceRequest } from '../services/index.js';
import {
  BRIEF_API_PATH,
  BRIEF_DOWNLOAD_PATH,
  BRIEF_PATH,
  CSS_PATH,
  ICON_PATH,
  LANGUAGE_COOKIE,
  PORTAL_CSS,
  PORTAL_ICON_SVG,
  PORTAL_JS,
  SCRIPT_PATH,
  SEARCH_PAGE_SIZE,
  briefHref,
  buildPortalModel,
  chooseLanguage,
  hasSearch,
  languageOfTag,
  pageContext,
  paperPath,
  paperSlug,
  readBriefState,
  readSearchState,
  renderBriefPage,
  renderErrorPage,
  renderHomePage,
  renderMechanismsPage,
  renderPaperPage,
  renderReferencesPage,
  renderSearchPage,
  renderThemePage,
  renderTopicPage,
  renderTopicsPage,
  searchHref,
  searchQueryText,
  topicPageCount,
} from '../web/index.js';
import type {
  BriefNotice,
  BriefState,
  ErrorKind,
  Html,
  PageContext,
  PortalModel,
  SearchView,
} from '../web/index.js';
import type { ApiDocsAssets } from './create-api-docs.js';
import { createApiDocs } from './create-api-docs.js';
import type { ApiLogEntry } from './create-api.js';
import { createApi } from './create-api.js';
import { STATUS_BY_CODE } from './error-status.js';
import { entityTag } from './json-body.js';
import { PageCache } from './page-cache.js';
import type { CachedPage } from './page-cache.js';

/** What the web adapter needs from the rest of somkb. */
export interface CreateAppDeps {
  /**
   * The current published catalog, or `undefined` when none is published. Called on every request
   * that needs it, so a newly published catalog is served without a restart; pages derived from it
   * are cached per catalog object, so a loader that returns the same object while nothing changes
   * (as the catalog service does) keeps pages fast.
   */
  readonly loadCatalog: () => Promise<Catalog | undefined>;
  /**
   * The knowledge of the current catalog (topics, cited provisions, mechanisms), or `undefined`
   * when none is available; without it (or this function) the topic, provision and mechanism
   * pages are empty and paragraphs carry no notes.
   */
  readonly loadKnowledge?: () => Promise<CatalogKnowledge | undefined>;
  /** Runs a search over the published catalog (`GET /api/v1/search` and the search page). */
  readonly search: (request: SearchServiceRequest) => Promise<SearchResult>;
  /** The somkb version reported by `GET /api/v1/health` and in the portal's footer. */
  readonly version: string;
  /**
   * Called with every error that becomes a 5xx response, so that it can be logged; its text never
   * reaches the client. Defaults to writing the error to stderr with `console.error`.
   */
  readonly reportError?: (error: unknown) => void;
  /** Origins allowed to call the API from a browser (CORS): `*` or a list; none by default. */
  readonly corsOrigins?: readonly string[];
  /** Receives one entry per API request, with its request id (pino in `somkb serve`). */
  readonly logRequest?: (entry: ApiLogEntry) => void;
  /** The files of the interactive API reference served at `/api/docs`; without them, no reference. */
  readonly apiDocs?: ApiDocsAssets;
  /**
   * The most memory, in bytes, that rendered pages (with their ETags) may take in the page cache of
   * the current catalog; least recently used pages are dropped beyond it, and publishing a new
   * catalog starts afresh. 0 renders every request. Default {@link DEFAULT_PAGE_CACHE_BYTES}.
   */
  readonly pageCacheBytes?: number;
}

/** The default size of the page cache: 16 MiB, some 400 pages of the size of the home page. */
export const DEFAULT_PAGE_CACHE_BYTES = 16 * 1024 * 1024;

/** The JSON body of every API error response. */
interface ErrorBody {
  readonly error: { readonly code: SomkbErrorCode; readonly message: string; readonly details: object };
}

/** What a failed request answers: a status, a code and a message safe to show. */
interface PublicError {
  readonly status: ContentfulStatusCode;
  readonly code: SomkbErrorCode;
  readonly message: string;
}

/** Messages shown instead of the internal text of 5xx errors. */
const SERVER_ERROR_MESSAGES: Readonly<Partial<Record<SomkbErrorCode, string>>> = {
  STORE_FAILED: 'The catalog store is unavailable. Try again later.',
};
const GENERIC_SERVER_ERROR = 'An unexpected error occurred.';

/**
 * The Content-Security-Policy of every response: scripts, styles, images and forms from the site
 * only (the portal serves its script and stylesheet as files under /assets/, with no inline code),
 * no plugins, no `<base>`, no framing.
 */
export const CONTENT_SECURITY_POLICY =
  "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

/** How long browsers may keep the stylesheet, script and icon before asking again, in seconds. */
const ASSET_MAX_AGE = 3600;

/** How long the language cookie lasts, in seconds (a year). */
const LANGUAGE_COOKIE_MAX_AGE = 365 * 24 * 3600;

function isApiPath(path: string): boolean {
  return path === '/api' || path.startsWith('/api/');
}

/**
 * The public form of an error: a SomkbError keeps its code and status from {@link STATUS_BY_CODE}
 * and, below 500, its message; anything else is an INTERNAL 500 with a generic message.
 */
function toPublicError(error: unknown): PublicError {
  if (!isSomkbError(error)) return { status: 500, code: 'INTERNAL', message: GENERIC_SERVER_ERROR };
  const status = STATUS_BY_CODE[error.code];
  const message = status < 500 ? error.message : (SERVER_ERROR_MESSAGES[error.code] ?? GENERIC_SERVER_ERROR);
  return { status, code: error.code, message };
}

/** What the reader of an HTML error page is told for an error code (never its internal text). */
function errorKindOf(code: SomkbErrorCode, status: number): ErrorKind {
  if (code === 'CATALOG_EMPTY') return 'no-catalog';
  if (status === 404) return 'not-found';
  if (status === 503) return 'unavailable';
  return status < 500 ? 'bad-request' : 'error';
}

/**
 * True for the route that answers the brief page's form: its query string is the briefing-pack API's,
 * in which `lang` is the language of the pack's headings, not of the interface.
 */
function isBriefDownload(c: Context): boolean {
  return c.req.path === BRIEF_DOWNLOAD_PATH;
}

/**
 * The interface language of a request: `?lang=` (except on {@link BRIEF_DOWNLOAD_PATH}), the
 * cookie, `Accept-Language`, then Chinese.
 */
function requestLanguage(c: Context): Language {
  return chooseLanguage({
    query: isBriefDownload(c) ? undefined : c.req.query('lang'),
    cookie: getCookie(c, LANGUAGE_COOKIE),
    acceptLanguage: c.req.header('accept-language'),
  });
}

/**
 * The page context of a request: its language, and its URL without `lang` for the language
 * switcher, or `canonical` instead when the page has one (the search page's URL in its fixed order).
 */
function contextOf(c: Context, version: string, canonical?: string): PageContext {
  if (canonical !== undefined) return pageContext(requestLanguage(c), canonical, version);
  const url = new URL(c.req.url);
  url.searchParams.delete('lang');
  return pageContext(requestLanguage(c), `${url.pathname}${url.search}`, version);
}

function htmlResponse(c: Context, page: Html, status: ContentfulStatusCode = 200): Response {
  c.header('Cache-Control', 'no-cache');
  return c.html(page, status);
}

function reportToStderr(error: unknown): void {
  console.error('somkb http: unexpected error', error);
}

/** The index of the pages over one catalog and knowledge, kept while they are the current ones. */
const NO_KNOWLEDGE = {};
const models = new WeakMap<Catalog, WeakMap<object, PortalModel>>();

function modelOf(catalog: Catalog, knowledge: CatalogKnowledge | undefined): PortalModel {
  let byKnowledge = models.get(catalog);
  if (byKnowledge === undefined) models.set(catalog, (byKnowledge = new WeakMap()));
  const key = knowledge ?? NO_KNOWLEDGE;
  let model = byKnowledge.get(key);
  if (model === undefined) byKnowledge.set(key, (model = buildPortalModel(catalog, knowledge)));
  return model;
}

/** An error the API answered: its status, code, message and details. */
interface ApiFailure extends PublicError {
  readonly details: Readonly<Record<string, unknown>>;
}

/**
 * The error an API response carries (`{ error: { code, message, details } }`), read defensively:
 * a body that is not that shape gives an INTERNAL code and a generic message, with the response's
 * status.
 */
async function apiFailureOf(response: Response): Promise<ApiFailure> {
  const status = response.status as ContentfulStatusCode;
  let error: unknown;
  try {
    error = ((await response.json()) as { error?: unknown }).error;
  } catch {
    error = undefined;
  }
  const fields = typeof error === 'object' && error !== null ? (error as Record<string, unknown>) : {};
  const code =
    typeof fields.code === 'string' && Object.hasOwn(STATUS_BY_CODE, fields.code)
      ? (fields.code as SomkbErrorCode)
      : 'INTERNAL';
  const message = typeof fields.message === 'string' ? fields.message : GENERIC_SERVER_ERROR;
  const details =
    typeof fields.details === 'object' && fields.details !== null
      ? (fields.details as Record<string, unknown>)
      : {};
  return { status, code, message, details };
}

/**
 * What the brief page tells a reader whose pack the API refused: that no paragraph matches their
 * query (a 404 about `q`), else the API's reason and the parameter it names.
 */
function briefNoticeOf(failure: ApiFailure, state: BriefState): BriefNotice {
  const { code, message, details } = failure;
  if (code === 'NOT_FOUND' && details.where === 'q' && state.q !== '')
    return { kind: 'no-match', query: state.q };
  const named = details.parameter ?? details.where;
  return { kind: 'refused', message, ...(typeof named === 'string' ? { parameter: named } : {}) };
}

/** A whole number from 1 in a URL parameter; `undefined` when it is absent, 0 when it is not one. */
function pageParam(value: string | undefined): number | undefined {
  if (value === undefined || value === '') return undefined;
  return /^\d{1,5}$/.test(value) ? Number(value) : 0;
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
 *   /api/v1/brief>`, where that form goes: the API's file as it answers it, or, when the API
 *   refuses (4xx), the brief page again with the choices sent and why, with the API's status and
 *   never kept in the page cache;
 * - `/assets/portal.css`, `/assets/portal.js`, `/assets/icon.svg`.
 *
 * API: the JSON API of {@link createApi} under `/api/v1` (OpenAPI 3.1 at `/api/v1/openapi.json`),
 * and its interactive reference at `/api/docs` when `apiDocs` is given.
 *
 * Unknown routes give 404 (JSON under `/api`, a helpful HTML page elsewhere). Errors map through
 * {@link STATUS_BY_CODE}; the text of unexpected errors never reaches the client. Every response
 * carries security headers ({@link CONTENT_SECURITY_POLICY}, `nosniff`, `no-referrer`, no
 * framing) and an ETag; a matching `If-None-Match` gets 304.
 */
export function createApp(deps: CreateAppDeps): Hono {
  const reportError = deps.reportError ?? reportToStderr;
  const loadKnowledge = deps.loadKnowledge ?? (() => Promise.resolve(undefined));
  const app = new Hono();
  const cache = new PageCache(deps.pageCacheBytes ?? DEFAULT_PAGE_CACHE_BYTES);

  function pageResponse(c: Context, page: CachedPage): Response {
    return c.body(page.body, page.status, {
      'Content-Type': 'text/html; charset=UTF-8',
      'Cache-Control': 'no-cache',
      ETag: page.etag,
    });
  }

  /**
   * A page of the portal over `model`, from the page cache when it holds it for this language and
   * URL, else rendered and kept. `canonical`, when given, is the page's URL in canonical form: the
   * page is rendered with it and kept under it, so that equal pages asked with parameters in another
   * order are one page.
   */
  function portalPage(
    c: Context,
    model: PortalModel,
    render: (context: PageContext) => Html,
    canonical?: string,
  ): Response {
    const context = contextOf(c, deps.version, canonical);
    const cacheKey = `${context.lang} ${context.url}`;
    let page = cache.get(model, cacheKey);
    if (page === undefined) {
      const body = render(context).toString();
      page = { body, status: 200, etag: entityTag(body) };
      cache.set(model, cacheKey, page);
    }
    return pageResponse(c, page);
  }

  async function loadModel(): Promise<PortalModel | undefined> {
    const [catalog, knowledge] = await Promise.all([deps.loadCatalog(), loadKnowledge()]);
    return catalog === undefined ? undefined : modelOf(catalog, knowledge);
  }

  async function requireModel(): Promise<PortalModel> {
    const model = await loadModel();
    if (model === undefined) throw new SomkbError('CATALOG_EMPTY', 'No catalog has been published yet.');
    return model;
  }

  function errorPage(
    c: Context,
    status: ContentfulStatusCode,
    kind: ErrorKind,
    model?: PortalModel,
    asked?: string,
  ): Response {
    const view = asked === undefined ? { status, kind } : { status, kind, asked };
    return htmlResponse(c, renderErrorPage(contextOf(c, deps.version), model, view), status);
  }

  /** Answers an error as JSON under `/api`, as an HTML page elsewhere. */
  function respondWithError(c: Context, failure: PublicError): Response {
    if (isApiPath(c.req.path)) {
      const body: ErrorBody = { error: { code: failure.code, message: failure.message, details: {} } };
      return c.json(body, failure.status);
    }
    return errorPage(c, failure.status, errorKindOf(failure.code, failure.status));
  }

  const securityHeaders = (imgSrc: string[]) =>
    secureHeaders({
      contentSecurityPolicy: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'"],
        imgSrc,
        objectSrc: ["'none'"],
        baseUri: ["'none'"],
        formAction: ["'self'"],
        frameAncestors: ["'none'"],
      },
      referrerPolicy: 'no-referrer',
      xContentTypeOptions: 'nosniff',
      xFrameOptions: 'DENY',
    });
  const siteHeaders = securityHeaders(["'self'"]);
  // The API reference (Swagger UI) draws its icons as data: images; nothing else needs them.
  const docsHeaders = securityHeaders(["'self'", 'data:']);
  // Registered first, so it runs outermost and sets its headers last, over the site's.
  app.use('/api/docs', docsHeaders);
  app.use('/api/docs/*', docsHeaders);
  app.use('*', siteHeaders);
  app.use('*', etag());

  // The interface language: remembered in a cookie when chosen with ?lang=, and named in the response.
  app.use('*', async (c: Context, next) => {
    if (isApiPath(c.req.path) || c.req.path.startsWith('/assets/')) {
      await next();
      return;
    }
    if (isBriefDownload(c)) {
      await next();
      // A file passes through as the API made it; only the page that says why not is in a language.
      if (c.res.status >= 400) {
        c.res.headers.set('Vary', 'Accept-Language, Cookie');
        c.res.headers.set('Content-Language', requestLanguage(c));
      }
      return;
    }
    const chosen = c.req.query('lang');
    const language = chosen === undefined ? undefined : languageOfTag(chosen);
    if (language !== undefined && getCookie(c, LANGUAGE_COOKIE) !== language) {
      setCookie(c, LANGUAGE_COOKIE, language, {
        path: '/',
        maxAge: LANGUAGE_COOKIE_MAX_AGE,
        sameSite: 'Lax',
        httpOnly: true,
      });
    }
    await next();
    c.res.headers.set('Vary', 'Accept-Language, Cookie');
    c.res.headers.set('Content-Language', requestLanguage(c));
  });

  const asset = (body: string, type: string) => (c: Context) => {
    c.header('Content-Type', type);
    c.header('Cache-Control', `public, max-age=${ASSET_MAX_AGE}`);
    return c.body(body);
  };
  app.get(CSS_PATH, asset(PORTAL_CSS, 'text/css; charset=utf-8'));
  app.get(SCRIPT_PATH, asset(PORTAL_JS, 'text/javascript; charset=utf-8'));
  app.get(ICON_PATH, asset(PORTAL_ICON_SVG, 'image/svg+xml'));

  app.get('/', async (c) => {
    const model = await loadModel();
    if (model === undefined) return htmlResponse(c, renderHomePage(contextOf(c, deps.version), undefined));
    return portalPage(c, model, (context) => renderHomePage(context, model));
  });

  app.get('/themes/:id', async (c) => {
    const model = await requireModel();
    const theme = model.themeById.get(c.req.param('id'));
    if (theme === undefined) return errorPage(c, 404, 'not-found', model);
    return portalPage(c, model, (context) => renderThemePage(context, model, theme));
  });

  /** A paper by slug or symbol: its page, a 301 to its canonical slug, or a helpful 404. */
  async function paperRoute(c: Context, asked: string): Promise<Response> {
    const model = await requireModel();
    const paper =
      model.paperBySlug.get(asked.toLowerCase()) ?? model.paperBySlug.get(paperSlug(asked).toLowerCase());
    if (paper === undefined) return errorPage(c, 404, 'paper-not-found', model, asked);
    if (asked !== paperSlug(paper.symbol)) {
      const lang = c.req.query('lang');
      const query = lang === undefined ? '' : `?${new URLSearchParams({ lang }).toString()}`;
      return c.redirect(`${paperPath(paper.symbol)}${query}`, 301);
    }
    return portalPage(c, model, (context) => renderPaperPage(context, model, paper));
  }
  app.get('/papers/:slug', (c) => paperRoute(c, c.req.param('slug')));
  app.get('/papers/*', (c) => {
    const rest = c.req.path.slice('/papers/'.length).replace(/\/+$/, '');
    let asked: string;
    try {
      asked = decodeURIComponent(rest);
    } catch {
      asked = rest;
    }
    return paperRoute(c, asked);
  });

  app.get('/topics', async (c) => {
    const model = await requireModel();
    return portalPage(c, model, (context) => renderTopicsPage(context, model));
  });

  app.get('/topics/:id', async (c) => {
    const model = await requireModel();
    const entry = model.conceptById.get(c.req.param('id'));
    if (entry === undefined) return errorPage(c, 404, 'not-found', model);
    const page = pageParam(c.req.query('page')) ?? 1;
    if (page < 1 || page > topicPageCount(entry)) return errorPage(c, 404, 'not-found', model);
    return portalPage(c, model, (context) => renderTopicPage(context, model, entry, page));
  });

  app.get('/search', async (c) => {
    const model = await requireModel();
    const state = readSearchState(new URL(c.req.url).searchParams);
    const key = searchHref(state);
    if (!hasSearch(state))
      return portalPage(
        c,
        model,
        (context) => renderSearchPage(context, model, { state, result: undefined }),
        key,
      );
    const query = searchQueryText(
      state,
      (value) => model.paperBySlug.get(value.toLowerCase())?.symbol ?? value,
    );
    if (query.length > MAX_QUERY_LENGTH) {
      const view: SearchView = { state, result: undefined, refused: 'too-long' };
      return htmlResponse(c, renderSearchPage(contextOf(c, deps.version, key), model, view), 400);
    }
    const cached = cache.get(model, `${requestLanguage(c)} ${key}`);
    if (cached !== undefined) return pageResponse(c, cached);
    const result = await deps.search({
      query,
      limit: SEARCH_PAGE_SIZE,
      offset: (state.page - 1) * SEARCH_PAGE_SIZE,
      groupByPaper: state.group,
    });
    return portalPage(c, model, (context) => renderSearchPage(context, model, { state, result }), key);
  });

  app.get('/references', async (c) => {
    const model = await requireModel();
    return portalPage(c, model, (context) => renderReferencesPage(context, model));
  });
  app.get('/mechanisms', async (c) => {
    const model = await requireModel();
    return portalPage(c, model, (context) => renderMechanismsPage(context, model));
  });
  // Kept per canonical URL: what the URL ticks, known ids only, in a fixed order.
  app.get(BRIEF_PATH, async (c) => {
    const model = await requireModel();
    const state = readBriefState(new URL(c.req.url).searchParams, model);
    return portalPage(c, model, (context) => renderBriefPage(context, model, state), briefHref(state));
  });
  // The form's target. The API itself is asked, in process, so that the file, its validation and its
  // errors are the API's own; a refusal renders the page, never cached: one page per typed query
  // would fill the cache.
  app.get(BRIEF_DOWNLOAD_PATH, async (c) => {
    const model = await requireModel();
    const url = new URL(c.req.url);
    const answer = await app.request(`${BRIEF_API_PATH}${url.search}`);
    if (answer.status < 400) return answer;
    const failure = await apiFailureOf(answer);
    // The API has reported it already; the reader gets the portal's error page.
    if (failure.status >= 500) return respondWithError(c, failure);
    const state = readBriefState(url.searchParams, model);
    const context = contextOf(c, deps.version, briefHref(state));
    const page = renderBriefPage(context, model, state, briefNoticeOf(failure, state));
    return htmlResponse(c, page, failure.status);
  });

  app.route(
    '/api/v1',
    createApi({
      loadCatalog: deps.loadCatalog,
      loadKnowledge,
      search: deps.search,
      version: deps.version,
      reportError,
      ...(deps.corsOrigins === undefined ? {} : { corsOrigins: deps.corsOrigins }),
      ...(deps.logRequest === undefined ? {} : { log: deps.logRequest }),
    }),
  );
  if (deps.apiDocs !== undefined) app.route('/api/docs', createApiDocs(deps.apiDocs));

  app.notFound((c) =>
    respondWithError(c, {
      status: 404,
      code: 'NOT_FOUND',
      message: `No such page: ${c.req.method} ${c.req.path}`,
    }),
  );

  app.onError((error, c) => {
    const failure = toPublicError(error);
    if (failure.status >= 500) reportError(error);
    return respondWithError(c, failure);
  });

  return app;
}
