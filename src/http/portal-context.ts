import type { Context } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import { SomkbError } from '../errors/index.js';
import type { SomkbErrorCode } from '../errors/index.js';
import type { CatalogKnowledge } from '../knowledge/index.js';
import { catalogVersionKey } from '../services/index.js';
import type { CatalogVersionKey } from '../services/index.js';
import {
  NO_PARAGRAPH_CHANGES,
  PARALLEL_PARAM,
  buildPortalModel,
  paragraphChangesOf,
  renderErrorPage,
  renderSignInPage,
} from '../web/index.js';
import type {
  AccountBar,
  ContentLanguages,
  ErrorKind,
  ParallelModels,
  ErrorView,
  Html,
  PageContext,
  ParagraphChanges,
  PortalModel,
  ServedVersion,
} from '../web/index.js';
import type { PublishedCatalog } from '../services/index.js';
import type { CatalogFiles, SuggestService } from '../services/index.js';
import type { CreateAppDeps } from './app-deps.js';
import { catalogFilesOf } from './catalog-files-of.js';
import { suggestServiceOf } from './suggest-service-of.js';
import { createVersionReader, readVersionParam } from './catalog-versions.js';
import type { VersionReader } from './catalog-versions.js';
import { DEFAULT_PAGE_CACHE_BYTES } from './app-deps.js';
import type { PublicError } from './error-response.js';
import { errorBodyOf } from './error-response.js';
import { errorHeadersOf } from './error-status.js';
import { interfaceLanguageOf, isApiPath, pageContextOf } from './interface-language.js';
import {
  createContentVersions,
  languageVersionsOf,
  readParallelParam,
  versionsSignature,
} from './content-versions.js';
import type { ParallelParam } from './content-versions.js';
import { entityTag, utf8Bytes } from './json-body.js';
import type { CachedPage } from './page-cache.js';
import { PageCache } from './page-cache.js';
import { pageResponseOf } from './page-response.js';

/**
 * The model of the catalog version a page shows, with what its page needs besides: the current
 * version's model (the page cache's generation), the key of the version served (in the page's cache
 * key), and the version for the footer and the banner of an older one.
 */
export interface ServedModel {
  readonly model: PortalModel;
  /**
   * The model of the current version of the reference (Chinese) catalog: the page cache's
   * generation, so a new publish of it starts the cache afresh.
   */
  readonly current: PortalModel;
  /**
   * What the page depends on besides the interface language and its URL: the `catalogVersionKey`
   * of each version it shows, and, on pages in the reader's language, of every language version of
   * the document (the page lists them), so that a publish in any language renews it (a search page
   * adds the stamp of its result, which changes when a version in any language is published). Pages
   * are kept under it.
   */
  readonly key: string;
  readonly version: ServedVersion;
  /** On pages of the document in the reader's language: the languages it has and which it shows. */
  readonly content?: ContentLanguages;
  /** In the parallel view (`?parallel=a,b`): the two versions shown side by side. */
  readonly parallel?: ParallelModels;
}

/** Options of {@link PortalContext.serve}. */
export interface ServeOptions {
  /** Read `?version=N` (default true); the search and the briefing pack read the current version only. */
  readonly versioned?: boolean;
  /**
   * Show the document in the reader's (interface) language when it is published in it, else in
   * Chinese (`chooseLanguage`), and say which languages it has; default false: the reference
   * (Chinese) catalog, as the search and the briefing pack read it.
   */
  readonly readerLanguage?: boolean;
  /** Read `?parallel=a,b` (the document, theme and paper pages): the two versions side by side. */
  readonly parallel?: boolean;
}

/** What the portal's routes share: the model of the current catalog, the page cache and the answers. */
export interface PortalContext {
  readonly deps: CreateAppDeps;
  /** The export and briefing use cases (`/brief/download`). */
  readonly files: CatalogFiles;
  /** "Did you mean" for a search that finds nothing. */
  readonly suggestions: SuggestService;
  readonly cache: PageCache;
  /** The model of the current catalog, or `undefined` when none is published. */
  readonly loadModel: () => Promise<PortalModel | undefined>;
  /** The model of the current catalog; throws CATALOG_EMPTY when none is published. */
  readonly requireModel: () => Promise<PortalModel>;
  /**
   * The model of the version a request asks for with `?version=N` (the current one without it, or
   * for pages that are not `versioned`: the search and the briefing pack read the current one
   * only); throws CATALOG_EMPTY when nothing is published. Answers instead the page that says what
   * was wrong: 400 for a `version` that is no version number, 404 naming a version that does not
   * exist.
   */
  readonly serve: (c: Context, options?: ServeOptions) => Promise<ServedModel | Response>;
  /** Reads published catalogs by version (the current one, or an older one from the history). */
  readonly versions: VersionReader;
  /** The page context of a request (see {@link pageContextOf}). */
  readonly contextOf: (c: Context, canonical?: string) => PageContext;
  /**
   * A page of the portal over the version served, from the page cache when it holds it for this
   * interface language, version and URL, else rendered and kept. `canonical`, when given, is the
   * page's URL in canonical form: the page is rendered with it and kept under it, so that equal
   * pages asked with parameters in another order are one page.
   */
  readonly portalPage: (
    c: Context,
    served: ServedModel,
    render: (context: PageContext) => Html,
    canonical?: string,
  ) => Response;
  /** Answers a page kept in the cache. */
  readonly pageResponse: (c: Context, page: CachedPage) => Response;
  /** Answers a page rendered for this request only (never cached). */
  readonly htmlResponse: (c: Context, page: Html, status?: ContentfulStatusCode) => Response;
  /** The portal's error page of `view` (status, kind and what was asked), never cached. */
  readonly errorPage: (c: Context, view: ErrorView, model?: PortalModel) => Response;
  /** Answers an error as JSON under `/api`, as an HTML page elsewhere. */
  readonly respondWithError: (c: Context, failure: PublicError) => Response;
}

/** What the reader of an HTML error page is told for an error code (never its internal text). */
function errorKindOf(code: SomkbErrorCode, status: number): ErrorKind {
  if (code === 'CATALOG_EMPTY') return 'no-catalog';
  if (status === 403) return 'forbidden';
  if (status === 404) return 'not-found';
  if (status === 503) return 'unavailable';
  return status < 500 ? 'bad-request' : 'error';
}

/**
 * Who reads a page of a portal with editors: the signed-in user of the request's session (their
 * page is theirs alone), else a reader (a bearer token's caller on a page reads as anyone does).
 */
export function accountBarOf(c: Context): AccountBar {
  const session = c.get('session');
  if (session === undefined) return { kind: 'reader' };
  return {
    kind: 'user',
    viewer: { email: session.user.email, role: session.user.role, formToken: session.formToken },
  };
}

/** The index of the pages over one catalog version and knowledge. */
interface BuiltModel {
  readonly knowledge: CatalogKnowledge | undefined;
  readonly model: PortalModel;
}

/**
 * How many versions' models the portal keeps: the current one of each of the six languages and a
 * few older ones being read.
 */
const KEPT_MODELS = 10;

/** `c`'s path and query without `version` and `lang`: the same page in the current version. */
function currentUrlOf(c: Context): string {
  const url = new URL(c.req.url);
  url.searchParams.delete('version');
  url.searchParams.delete('lang');
  return `${url.pathname}${url.search}`;
}

/** The version of a page that shows the current version (no banner). */
function currentVersionOf(c: Context, published: PublishedCatalog): ServedVersion {
  let currentUrl: string | undefined;
  return {
    served: published.version,
    current: published.version,
    // Read only by the banner of an older version, which this page does not show: its URL is not
    // parsed unless asked for.
    get currentUrl() {
      currentUrl ??= currentUrlOf(c);
      return currentUrl;
    },
  };
}

/**
 * The shared state and answers of the portal's routes over `deps`; the file use cases are
 * `deps.files`, or made over the loaders when not given.
 */
export function createPortalContext(deps: CreateAppDeps): PortalContext {
  const files = deps.files ?? catalogFilesOf(deps);
  const suggestions = deps.suggest ?? suggestServiceOf(deps);
  const loadKnowledge = deps.loadKnowledge ?? (() => Promise.resolve(undefined));
  const cache = new PageCache(deps.pageCacheBytes ?? DEFAULT_PAGE_CACHE_BYTES);
  const contextOf = (c: Context, canonical?: string): PageContext => {
    const context = pageContextOf(c, deps.version, canonical);
    return deps.editors === undefined ? context : { ...context, account: accountBarOf(c) };
  };

  function pageResponse(c: Context, page: CachedPage, bytes?: Uint8Array<ArrayBuffer>): Response {
    return pageResponseOf(c, {
      body: bytes ?? page.body,
      status: page.status,
      etag: page.etag,
      cacheControl: 'no-cache',
    });
  }

  function htmlResponse(c: Context, page: Html, status: ContentfulStatusCode = 200): Response {
    c.header('Cache-Control', 'no-cache');
    return c.html(page, status);
  }

  function errorPage(c: Context, view: ErrorView, model?: PortalModel): Response {
    return htmlResponse(c, renderErrorPage(contextOf(c), model, view), view.status as ContentfulStatusCode);
  }

  const versions = createVersionReader(deps.loadPublished, deps.history);
  const contentVersions = createContentVersions(deps);

  /**
   * The paragraphs of `published` changed since the first version of its document in its language,
   * found once per catalog version (`catalogVersionKey`) from the diff of the two; none for a first
   * version or without a history. `undefined` when the history cannot be read now (the store's
   * health says why): the pages then carry no notes, and the next request tries again.
   */
  const changes = new Map<CatalogVersionKey, Promise<ParagraphChanges | undefined>>();
  function changesSinceFirst(published: PublishedCatalog): Promise<ParagraphChanges | undefined> {
    const key = catalogVersionKey(published);
    let found = changes.get(key);
    if (found === undefined) {
      if (changes.size >= KEPT_MODELS) changes.clear();
      found = findChanges(published);
      changes.set(key, found);
      void found.then((result) => {
        if (result === undefined && changes.get(key) === found) changes.delete(key);
      });
    }
    return found;
  }
  async function findChanges(published: PublishedCatalog): Promise<ParagraphChanges | undefined> {
    const history = deps.history;
    if (history === undefined) return NO_PARAGRAPH_CHANGES;
    try {
      const { versions: records } = await history.history();
      const first = records.find(
        (record) => record.documentId === published.documentId && record.language === published.language,
      );
      if (first === undefined || first.version >= published.version) return NO_PARAGRAPH_CHANGES;
      return paragraphChangesOf(await history.diff(first.version, published.version));
    } catch {
      return undefined;
    }
  }

  /**
   * The models of the versions served, built once per catalog version (`catalogVersionKey`) and
   * knowledge: the page cache keeps pages per current model, so a loader answering every read with
   * a new but equal object still hits it, and a new version starts it afresh.
   */
  const models = new Map<CatalogVersionKey, BuiltModel>();
  async function modelOf(
    published: PublishedCatalog,
    knowledge: CatalogKnowledge | undefined,
  ): Promise<PortalModel> {
    const key = catalogVersionKey(published);
    const built = models.get(key);
    if (built?.knowledge === knowledge && built !== undefined) return built.model;
    const changed = await changesSinceFirst(published);
    const model = buildPortalModel(published.catalog, knowledge, changed ?? NO_PARAGRAPH_CHANGES);
    if (changed !== undefined) {
      if (!models.has(key) && models.size >= KEPT_MODELS) models.clear();
      models.set(key, { knowledge, model });
    }
    return model;
  }

  async function loadModel(): Promise<PortalModel | undefined> {
    const [published, knowledge] = await Promise.all([deps.loadPublished(), loadKnowledge()]);
    return published === undefined ? undefined : modelOf(published, knowledge);
  }

  async function requireModel(): Promise<PortalModel> {
    const model = await loadModel();
    if (model === undefined) throw new SomkbError('CATALOG_EMPTY', 'No catalog has been published yet.');
    return model;
  }

  /** The newest version of the document (0 when none), for the page that names a missing version. */
  async function newestVersion(): Promise<number> {
    const records = (await deps.history?.history())?.versions ?? [];
    const current = (await deps.loadPublished())?.version ?? 0;
    return records.reduce((newest, record) => Math.max(newest, record.version), current);
  }

  /**
   * The model of a version of the document: with the current knowledge when it is the current
   * reference (Chinese) version, else with `describeKnowledge`'s (another language version, whose
   * topics, provisions and mechanisms are found in its own text; an older version).
   */
  async function modelFor(
    published: PublishedCatalog,
    reference: PublishedCatalog | undefined,
    knowledge: CatalogKnowledge | undefined,
  ): Promise<PortalModel> {
    const isReference =
      reference !== undefined && catalogVersionKey(reference) === catalogVersionKey(published);
    return modelOf(published, isReference ? knowledge : await deps.describeKnowledge?.(published));
  }

  async function serve(c: Context, options: ServeOptions = {}): Promise<ServedModel | Response> {
    const asked = options.versioned === false ? undefined : c.req.query('version');
    let wanted: number | undefined;
    try {
      wanted = readVersionParam(asked);
    } catch {
      return errorPage(c, { status: 400, kind: 'bad-version', asked: asked ?? '' }, await loadModel());
    }
    const [published, knowledge] = await Promise.all([deps.loadPublished(), loadKnowledge()]);
    if (options.readerLanguage === true)
      return serveInReaderLanguage(c, options, wanted, published, knowledge);
    if (published === undefined) throw new SomkbError('CATALOG_EMPTY', 'No catalog has been published yet.');
    const current = await modelOf(published, knowledge);
    if (wanted === undefined || wanted === published.version) {
      return {
        model: current,
        current,
        key: catalogVersionKey(published),
        version: currentVersionOf(c, published),
      };
    }
    const older = await readOlder(c, wanted, current);
    if (older instanceof Response) return older;
    return {
      model: await modelOf(older, await deps.describeKnowledge?.(older)),
      current,
      key: catalogVersionKey(older),
      version: { served: older.version, current: published.version, currentUrl: currentUrlOf(c) },
    };
  }

  /** Version `wanted` of the document, or the page that says it does not exist (404). */
  async function readOlder(
    c: Context,
    wanted: number,
    current: PortalModel,
  ): Promise<PublishedCatalog | Response> {
    let older: PublishedCatalog | undefined;
    try {
      older = await versions.read(wanted);
    } catch (error) {
      if (!(error instanceof SomkbError) || error.code !== 'NOT_FOUND') throw error;
    }
    if (older !== undefined) return older;
    const view = {
      status: 404,
      kind: 'version-missing',
      version: wanted,
      newest: await newestVersion(),
    } as const;
    return errorPage(c, view, current);
  }

  /**
   * A page of the document in the reader's language (else Chinese), or in the parallel view of two
   * of its languages, or in version `wanted` (whatever its language: a version number names one
   * language version), with the document's languages for the page to list.
   */
  async function serveInReaderLanguage(
    c: Context,
    options: ServeOptions,
    wanted: number | undefined,
    reference: PublishedCatalog | undefined,
    knowledge: CatalogKnowledge | undefined,
  ): Promise<ServedModel | Response> {
    const choice = await contentVersions.choose(interfaceLanguageOf(c));
    if (choice === undefined) throw new SomkbError('CATALOG_EMPTY', 'No catalog has been published yet.');
    const all = await contentVersions.current(choice.published.documentId);
    const signature = versionsSignature(all);
    const languages = languageVersionsOf(all);
    const current = await modelFor(reference ?? choice.published, reference, knowledge);
    const pairAsked = options.parallel === true ? c.req.query(PARALLEL_PARAM) : undefined;
    if (pairAsked !== undefined) {
      const available = all.map((version) => version.language);
      const read: ParallelParam =
        wanted === undefined
          ? readParallelParam(pairAsked, available)
          : { refused: 'with-version', asked: pairAsked };
      if ('refused' in read) {
        const view = {
          status: 400,
          kind: 'bad-parallel',
          asked: read.asked,
          parallel: { reason: read.refused, available },
        } as const;
        return errorPage(c, view, current);
      }
      const [first, second] = read.pair.map((language) =>
        all.find((version) => version.language === language),
      );
      if (first === undefined || second === undefined)
        throw new SomkbError('NOT_FOUND', 'a language version is no longer published');
      const model = await modelFor(first, reference, knowledge);
      return {
        model,
        current,
        key: `${catalogVersionKey(first)} ${catalogVersionKey(second)} ${signature}`,
        version: currentVersionOf(c, first),
        content: { shown: first.language, versions: languages, parallel: read.pair },
        parallel: { first: model, second: await modelFor(second, reference, knowledge) },
      };
    }
    if (wanted === undefined || wanted === choice.published.version) {
      return {
        model: await modelFor(choice.published, reference, knowledge),
        current,
        key: `${catalogVersionKey(choice.published)} ${signature}`,
        version: currentVersionOf(c, choice.published),
        content: { shown: choice.shown, versions: languages },
      };
    }
    const older = await readOlder(c, wanted, current);
    if (older instanceof Response) return older;
    const itsCurrent = all.find((version) => version.language === older.language)?.version ?? older.version;
    return {
      model: await modelFor(older, reference, knowledge),
      current,
      key: `${catalogVersionKey(older)} ${signature}`,
      version: { served: older.version, current: itsCurrent, currentUrl: currentUrlOf(c) },
      content: { shown: older.language, versions: languages },
    };
  }

  return {
    deps,
    files,
    suggestions,
    cache,
    loadModel,
    requireModel,
    serve,
    versions,
    contextOf,
    portalPage(c, served, render, canonical) {
      const context: PageContext = {
        ...contextOf(c, canonical),
        catalogVersion: served.version,
        ...(served.content === undefined ? {} : { content: served.content }),
      };
      // A signed-in user's page names them in its header: rendered for them, never kept for others.
      if (context.account?.kind === 'user') return htmlResponse(c, render(context));
      const cacheKey = `${context.lang} ${served.key} ${context.url}`;
      const page = cache.get(served.current, cacheKey);
      if (page !== undefined) return pageResponse(c, page);
      // Encoded once: hashed for the ETag and sent as these bytes; kept as text.
      const body = render(context).toString();
      const bytes = utf8Bytes(body);
      const rendered = { body, status: 200, etag: entityTag(bytes) } as const;
      cache.set(served.current, cacheKey, rendered);
      return pageResponse(c, rendered, bytes);
    },
    pageResponse,
    htmlResponse,
    errorPage,
    respondWithError(c, failure) {
      for (const [name, value] of Object.entries(errorHeadersOf(failure.code, failure.details)))
        c.header(name, value);
      if (isApiPath(c.req.path)) return c.json(errorBodyOf(failure), failure.status);
      // A page's form sent without a live session (it ended meanwhile): the sign-in form, 401.
      if (failure.status === 401 && c.req.header('authorization') === undefined)
        return htmlResponse(c, renderSignInPage(contextOf(c), { step: 'password', required: true }), 401);
      return errorPage(c, { status: failure.status, kind: errorKindOf(failure.code, failure.status) });
    },
  };
}
