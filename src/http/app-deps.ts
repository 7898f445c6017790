import type { Context } from 'hono';
import type { Language } from '../domain/index.js';
import type { CatalogKnowledge } from '../knowledge/index.js';
import type { SearchResult } from '../search/index.js';
import type {
  CatalogFiles,
  HistoryService,
  LanguageChoice,
  PublishedCatalog,
  SearchServiceRequest,
  StoreHealth,
  SuggestService,
} from '../services/index.js';
import type { ApiLogEntry } from './api/api-deps.js';
import type { ApiDocsAssets } from './create-api-docs.js';
import type { EditorServices } from './request-caller.js';

/** What the web adapter needs from the rest of somkb. */
export interface CreateAppDeps {
  /**
   * The current published catalog with its version, or `undefined` when none is published. Called
   * on every request that needs it, so a newly published catalog is served without a restart.
   * Pages and API bodies derived from it are cached per catalog version (document, catalog
   * language, version: `catalogVersionKey`), so a loader that returns a new but equal object on
   * every read still hits the caches, and a new version starts them afresh.
   */
  readonly loadPublished: () => Promise<PublishedCatalog | undefined>;
  /**
   * The language version of the document a reader of a language gets (`CatalogService.chooseLanguage`:
   * theirs when published, else Chinese): the portal's pages of the document show it, and the API's
   * paragraph routes answer in it for `?lang=`. Without it, the catalog of `loadPublished` is the
   * only version. Its knowledge, when it is not the catalog of `loadPublished`, is `describeKnowledge`'s.
   */
  readonly chooseLanguage?: (language: Language) => Promise<LanguageChoice | undefined>;
  /**
   * Every current published catalog, one per document and language (`CatalogService.listPublished`):
   * the languages a document is published in, with their version numbers (the portal's pages and
   * `GET /api/v1/documents/{id}`), and the two versions of a parallel view. Without it, the catalog
   * of `loadPublished` alone.
   */
  readonly listPublished?: () => Promise<readonly PublishedCatalog[]>;
  /**
   * The knowledge of the current catalog (topics, cited provisions, mechanisms), or `undefined`
   * when none is available; without it (or this function) the topic, provision and mechanism
   * pages are empty and paragraphs carry no notes.
   */
  readonly loadKnowledge?: () => Promise<CatalogKnowledge | undefined>;
  /**
   * The knowledge of a published catalog other than the current one of `loadPublished` (an older
   * version read with `?version=N`, another language version), kept per version by the caller
   * (`KnowledgeService.current` and `describe`); without it those pages and API reads carry no
   * topics, provisions or mechanisms.
   */
  readonly describeKnowledge?: (
    published: PublishedCatalog,
  ) => CatalogKnowledge | undefined | Promise<CatalogKnowledge | undefined>;
  /** Runs a search over the published catalog (`GET /api/v1/search` and the search page). */
  readonly search: (request: SearchServiceRequest) => Promise<SearchResult>;
  /**
   * Suggestions as one types (`GET /api/v1/suggest`, the portal's search box) and "did you mean"
   * (a search that finds nothing, on the search page and in the API); by default made over the
   * loaders above (`listPublished`, else `loadPublished`, and `loadKnowledge`), its index kept per
   * catalog version and knowledge object.
   */
  readonly suggest?: SuggestService;
  /**
   * The export and briefing use cases, shared by the API's `/export` and `/brief` and the portal's
   * `/brief/download`, with their cache of made files; by default made over the loaders above, kept per
   * catalog version (`somkb serve` passes them over the catalog and knowledge services).
   */
  readonly files?: CatalogFiles;
  /**
   * The versions of the published documents, for the API's `/versions` and `/diff`, the portal's
   * `/history` pages, the notes on paragraphs changed since the first version and `?version=N`
   * (portal and API); without it the history routes answer 404, no paragraph says it changed, and
   * `?version=N` serves only the current version (any other is 404).
   */
  readonly history?: HistoryService;
  /** The somkb version reported by `GET /api/v1/health` and in the portal's footer. */
  readonly version: string;
  /**
   * Whether the store can reach its database now (the store's `health()`): `GET /api/v1/health`
   * says `degraded` (still 200, as reads are served from the catalog held) when it cannot.
   * Without it the store is taken as reachable.
   */
  readonly storeHealth?: () => StoreHealth;
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
  /**
   * The use cases of the people who maintain the catalog (accounts and tokens, drafts, the audit
   * log). With them, requests are resolved to their caller (session cookie or API token), and the
   * editors' pages and API routes are served under the guards of `ROUTE_ACCESS`; without them the
   * app is read-only and those routes answer 404.
   */
  readonly editors?: EditorServices;
  /**
   * The client's address of a request, as the audit log and the sign-in limits record it; by
   * default the socket's peer (behind a reverse proxy: the proxy's own address).
   */
  readonly clientAddress?: (c: Context) => string;
}

/** The default size of the page cache: 16 MiB, some 400 pages of the size of the home page. */
export const DEFAULT_PAGE_CACHE_BYTES = 16 * 1024 * 1024;
