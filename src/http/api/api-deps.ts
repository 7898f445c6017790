import type { Context } from 'hono';
import type { Language } from '../../domain/index.js';
import type { CatalogKnowledge } from '../../knowledge/index.js';
import type { SearchResult } from '../../search/index.js';
import type {
  CatalogFiles,
  HistoryService,
  LanguageChoice,
  PublishedCatalog,
  SearchServiceRequest,
  StoreHealth,
  SuggestService,
} from '../../services/index.js';
import type { EditorServices } from '../request-caller.js';

/** One line of the API's request log: short, whatever the request (no query string, a capped path). */
export interface ApiLogEntry {
  readonly requestId: string;
  readonly method: string;
  readonly path: string;
  readonly status: number;
  /** Time to answer, in milliseconds. */
  readonly ms: number;
}

/** What the API needs from the rest of somkb. */
export interface ApiDeps {
  /**
   * The current published catalog with its version, or `undefined`; the API's views and serialized
   * bodies are kept per catalog version (`catalogVersionKey`), not per object.
   */
  readonly loadPublished: () => Promise<PublishedCatalog | undefined>;
  readonly loadKnowledge?: () => Promise<CatalogKnowledge | undefined>;
  /**
   * The language version a read with `?lang=` answers in (`CatalogService.chooseLanguage`; see
   * `CreateAppDeps.chooseLanguage`); without it, the catalog of `loadPublished` only.
   */
  readonly chooseLanguage?: (language: Language) => Promise<LanguageChoice | undefined>;
  /** Every current published catalog (`CatalogService.listPublished`): the languages of a document. */
  readonly listPublished?: () => Promise<readonly PublishedCatalog[]>;
  /** The knowledge of an older published version (see `CreateAppDeps.describeKnowledge`). */
  readonly describeKnowledge?: (
    published: PublishedCatalog,
  ) => CatalogKnowledge | undefined | Promise<CatalogKnowledge | undefined>;
  readonly search: (request: SearchServiceRequest) => Promise<SearchResult>;
  /**
   * Suggestions as one types (`/suggest`) and "did you mean" (`/search` that finds nothing); by
   * default made over the loaders above, its index kept per catalog version and knowledge.
   */
  readonly suggest?: SuggestService;
  /**
   * The export and briefing use cases (`/export`, `/brief`); by default made over the loaders above,
   * their files kept per catalog version.
   */
  readonly files?: CatalogFiles;
  /**
   * The versions of the store's documents (`/versions`, `/versions/{n}`, `/diff`); without it those
   * routes answer 404. Reads of documents, paragraphs, papers and the catalog take `?version=N`
   * through it (without it, only the current version's number is accepted).
   */
  readonly history?: HistoryService;
  readonly version: string;
  /** Whether the store reaches its database now; `GET /health` says `degraded` when it does not. */
  readonly storeHealth?: () => StoreHealth;
  /** Origins allowed to call the API from a browser: `*`, or a list; none by default. */
  readonly corsOrigins?: readonly string[];
  /** Receives one entry per request, with its request id (pino in production). */
  readonly log?: (entry: ApiLogEntry) => void;
  /** Receives every error that becomes a 5xx response; its text never reaches the client. */
  readonly reportError?: (error: unknown) => void;
  /**
   * The editors' use cases: with them, requests are resolved to their caller (API token or session)
   * and the routes of drafts, users, tokens and the audit log are served; without them those routes
   * answer 404.
   */
  readonly editors?: EditorServices;
  /** The client's address of a request (see `CreateAppDeps.clientAddress`). */
  readonly clientAddress?: (c: Context) => string;
}
