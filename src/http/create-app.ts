import { Hono } from 'hono';
import type { Context } from 'hono';
import { secureHeaders } from 'hono/secure-headers';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import { countCatalog } from '../domain/index.js';
import type { Catalog } from '../domain/index.js';
import { SomkbError, isSomkbError } from '../errors/index.js';
import type { SomkbErrorCode } from '../errors/index.js';
import { toExportJson } from '../export/index.js';
import type { SearchResult } from '../search/index.js';
import { toSearchJson } from '../search/index.js';
import type { SearchServiceRequest } from '../services/index.js';
import { STATUS_BY_CODE } from './error-status.js';
import { renderErrorPage, renderHomePage } from './html-page.js';

/** What the web adapter needs from the rest of somkb. */
export interface CreateAppDeps {
  /**
   * The current published catalog, or `undefined` when none is published. Called on every request
   * that needs it, so a newly published catalog is served without a restart.
   */
  readonly loadCatalog: () => Promise<Catalog | undefined>;
  /** Runs a search over the published catalog (`GET /api/v1/search`). */
  readonly search: (request: SearchServiceRequest) => Promise<SearchResult>;
  /** The somkb version reported by `GET /api/v1/health`. */
  readonly version: string;
  /**
   * Called with every error that becomes a 5xx response, so that it can be logged; its text never
   * reaches the client. Defaults to writing the error to stderr with `console.error`.
   */
  readonly reportError?: (error: unknown) => void;
}

/** The JSON body of every API error response. */
interface ErrorBody {
  readonly error: { readonly code: SomkbErrorCode; readonly message: string };
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

const CONTENT_SECURITY_POLICY = {
  defaultSrc: ["'self'"],
  scriptSrc: ["'none'"],
  objectSrc: ["'none'"],
  baseUri: ["'none'"],
  frameAncestors: ["'none'"],
};

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

/** Answers an error as JSON under `/api`, as an HTML page elsewhere. */
function respondWithError(c: Context, failure: PublicError): Response {
  if (isApiPath(c.req.path)) {
    const body: ErrorBody = { error: { code: failure.code, message: failure.message } };
    return c.json(body, failure.status);
  }
  return c.html(renderErrorPage(failure.status, failure.message), failure.status);
}

function integerParam(params: URLSearchParams, name: string): number | undefined {
  const value = params.get(name);
  if (value === null || value === '') return undefined;
  if (!/^\d{1,6}$/.test(value)) {
    throw new SomkbError('USAGE', `${name} must be a whole number (got '${value.slice(0, 20)}')`, {
      where: name,
    });
  }
  return Number(value);
}

/**
 * Reads the parameters of `GET /api/v1/search`: `q` (required, the query language), `limit`
 * (1–100, default 10), `offset` (default 0), `lang` (the catalog's language, default zh) and
 * `group=paper` to group the page's hits by paper.
 */
export function readSearchParams(params: URLSearchParams): SearchServiceRequest {
  const query = params.get('q');
  if (query === null) throw new SomkbError('USAGE', 'the parameter q (the query) is missing', { where: 'q' });
  const limit = integerParam(params, 'limit');
  const offset = integerParam(params, 'offset');
  const language = params.get('lang');
  return {
    query,
    ...(limit === undefined ? {} : { limit }),
    ...(offset === undefined ? {} : { offset }),
    ...(language === null || language === '' ? {} : { catalogLanguage: language }),
    ...(params.get('group') === 'paper' ? { groupByPaper: true } : {}),
  };
}

function reportToStderr(error: unknown): void {
  console.error('somkb http: unexpected error', error);
}

/**
 * Builds the web portal and JSON API as a Hono app (no port is opened; serve it with
 * `@hono/node-server` or call `app.request` in tests). Routes:
 * - `GET /`: the placeholder home page (200 even when nothing is published);
 * - `GET /api/v1/health`: `{ status: 'ok', version, catalog: { paragraphs, papers, themes } | null }`;
 * - `GET /api/v1/catalog`: the export object of the catalog, or a 404 `CATALOG_EMPTY` error;
 * - `GET /api/v1/search?q=&limit=&offset=&lang=&group=`: a search (see {@link readSearchParams}).
 *
 * Unknown routes give 404 (JSON under `/api`, HTML elsewhere). Errors map through
 * {@link STATUS_BY_CODE}; the text of unexpected errors never reaches the client. Every response
 * carries security headers (CSP without scripts, `nosniff`, `no-referrer`, no framing).
 */
export function createApp(deps: CreateAppDeps): Hono {
  const reportError = deps.reportError ?? reportToStderr;
  const app = new Hono();

  app.use(
    '*',
    secureHeaders({
      contentSecurityPolicy: CONTENT_SECURITY_POLICY,
      referrerPolicy: 'no-referrer',
      xContentTypeOptions: 'nosniff',
      xFrameOptions: 'DENY',
    }),
  );

  app.get('/', async (c) => c.html(renderHomePage(await deps.loadCatalog())));

  app.get('/api/v1/health', async (c) => {
    const catalog = await deps.loadCatalog();
    const counts = catalog === undefined ? undefined : countCatalog(catalog);
    return c.json({
      status: 'ok',
      version: deps.version,
      catalog:
        counts === undefined
          ? null
          : { paragraphs: counts.paragraphs, papers: counts.papers, themes: counts.themes },
    });
  });

  app.get('/api/v1/catalog', async (c) => {
    const catalog = await deps.loadCatalog();
    if (catalog === undefined) {
      throw new SomkbError('CATALOG_EMPTY', 'No catalog has been published yet.');
    }
    return c.json(toExportJson(catalog));
  });

  app.get('/api/v1/search', async (c) => {
    const result = await deps.search(readSearchParams(new URL(c.req.url).searchParams));
    return c.json(toSearchJson(result));
  });

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
