import type { Context } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import { SomkbError } from '../errors/index.js';
import type { SomkbErrorCode } from '../errors/index.js';
import type { CatalogKnowledge } from '../knowledge/index.js';
import { catalogVersionKey } from '../services/index.js';
import type { CatalogVersionKey } from '../services/index.js';
import { buildPortalModel, renderErrorPage } from '../web/index.js';
import type { ErrorKind, Html, PageContext, PortalModel } from '../web/index.js';
import type { CatalogFiles } from '../services/index.js';
import type { CreateAppDeps } from './app-deps.js';
import { catalogFilesOf } from './catalog-files-of.js';
import { DEFAULT_PAGE_CACHE_BYTES } from './app-deps.js';
import type { PublicError } from './error-response.js';
import { errorBodyOf } from './error-response.js';
import { isApiPath, pageContextOf } from './interface-language.js';
import { entityTag } from './json-body.js';
import type { CachedPage } from './page-cache.js';
import { PageCache } from './page-cache.js';

/** What the portal's routes share: the model of the current catalog, the page cache and the answers. */
export interface PortalContext {
  readonly deps: CreateAppDeps;
  /** The export and briefing use cases (`/brief/download`). */
  readonly files: CatalogFiles;
  readonly cache: PageCache;
  /** The model of the current catalog, or `undefined` when none is published. */
  readonly loadModel: () => Promise<PortalModel | undefined>;
  /** The model of the current catalog; throws CATALOG_EMPTY when none is published. */
  readonly requireModel: () => Promise<PortalModel>;
  /** The page context of a request (see {@link pageContextOf}). */
  readonly contextOf: (c: Context, canonical?: string) => PageContext;
  /**
   * A page of the portal over `model`, from the page cache when it holds it for this interface
   * language and URL, else rendered and kept. `canonical`, when given, is the page's URL in
   * canonical form: the page is rendered with it and kept under it, so that equal pages asked with
   * parameters in another order are one page.
   */
  readonly portalPage: (
    c: Context,
    model: PortalModel,
    render: (context: PageContext) => Html,
    canonical?: string,
  ) => Response;
  /** Answers a page kept in the cache. */
  readonly pageResponse: (c: Context, page: CachedPage) => Response;
  /** Answers a page rendered for this request only (never cached). */
  readonly htmlResponse: (c: Context, page: Html, status?: ContentfulStatusCode) => Response;
  /** The portal's error page of `status` and `kind`. */
  readonly errorPage: (
    c: Context,
    status: ContentfulStatusCode,
    kind: ErrorKind,
    model?: PortalModel,
    asked?: string,
  ) => Response;
  /** Answers an error as JSON under `/api`, as an HTML page elsewhere. */
  readonly respondWithError: (c: Context, failure: PublicError) => Response;
}

/** What the reader of an HTML error page is told for an error code (never its internal text). */
function errorKindOf(code: SomkbErrorCode, status: number): ErrorKind {
  if (code === 'CATALOG_EMPTY') return 'no-catalog';
  if (status === 404) return 'not-found';
  if (status === 503) return 'unavailable';
  return status < 500 ? 'bad-request' : 'error';
}

/** The index of the pages over one catalog version and knowledge, kept while they are the current ones. */
interface BuiltModel {
  readonly key: CatalogVersionKey;
  readonly knowledge: CatalogKnowledge | undefined;
  readonly model: PortalModel;
}

/**
 * The shared state and answers of the portal's routes over `deps`; the file use cases are
 * `deps.files`, or made over the loaders when not given.
 */
export function createPortalContext(deps: CreateAppDeps): PortalContext {
  const files = deps.files ?? catalogFilesOf(deps);
  const loadKnowledge = deps.loadKnowledge ?? (() => Promise.resolve(undefined));
  const cache = new PageCache(deps.pageCacheBytes ?? DEFAULT_PAGE_CACHE_BYTES);
  const contextOf = (c: Context, canonical?: string) => pageContextOf(c, deps.version, canonical);

  function pageResponse(c: Context, page: CachedPage): Response {
    return c.body(page.body, page.status, {
      'Content-Type': 'text/html; charset=UTF-8',
      'Cache-Control': 'no-cache',
      ETag: page.etag,
    });
  }

  function htmlResponse(c: Context, page: Html, status: ContentfulStatusCode = 200): Response {
    c.header('Cache-Control', 'no-cache');
    return c.html(page, status);
  }

  function errorPage(
    c: Context,
    status: ContentfulStatusCode,
    kind: ErrorKind,
    model?: PortalModel,
    asked?: string,
  ): Response {
    const view = asked === undefined ? { status, kind } : { status, kind, asked };
    return htmlResponse(c, renderErrorPage(contextOf(c), model, view), status);
  }

  let built: BuiltModel | undefined;
  /**
   * The model of the current catalog, built once per catalog version (`catalogVersionKey`) and
   * knowledge: the page cache keeps pages per model, so a loader answering every read with a new
   * but equal object still hits it, and a new version starts it afresh.
   */
  async function loadModel(): Promise<PortalModel | undefined> {
    const [published, knowledge] = await Promise.all([deps.loadPublished(), loadKnowledge()]);
    if (published === undefined) return undefined;
    const key = catalogVersionKey(published);
    if (built?.key !== key || built.knowledge !== knowledge) {
      built = { key, knowledge, model: buildPortalModel(published.catalog, knowledge) };
    }
    return built.model;
  }

  return {
    deps,
    files,
    cache,
    loadModel,
    async requireModel() {
      const model = await loadModel();
      if (model === undefined) throw new SomkbError('CATALOG_EMPTY', 'No catalog has been published yet.');
      return model;
    },
    contextOf,
    portalPage(c, model, render, canonical) {
      const context = contextOf(c, canonical);
      const cacheKey = `${context.lang} ${context.url}`;
      let page = cache.get(model, cacheKey);
      if (page === undefined) {
        const body = render(context).toString();
        page = { body, status: 200, etag: entityTag(body) };
        cache.set(model, cacheKey, page);
      }
      return pageResponse(c, page);
    },
    pageResponse,
    htmlResponse,
    errorPage,
    respondWithError(c, failure) {
      if (isApiPath(c.req.path)) return c.json(errorBodyOf(failure), failure.status);
      return errorPage(c, failure.status, errorKindOf(failure.code, failure.status));
    },
  };
}
