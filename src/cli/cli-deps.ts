import type { SourceReader } from '../ingest/index.js';
import type { KnowledgeBase } from '../knowledge/index.js';
import type {
  AccountService,
  AuditService,
  CatalogService,
  CatalogStore,
  HistoryService,
  SearchServiceOptions,
  StoreAccess,
  StoreMigration,
} from '../services/index.js';

/** A catalog service and a history service opened over a store, with the means to close the store. */
export interface OpenedCatalog {
  readonly service: CatalogService;
  /** The versions of the store's documents: `somkb history`, `diff` and `rollback`. */
  readonly history: HistoryService;
  close(): Promise<void>;
}

/** A store opened by {@link CliDeps.openStore}, with the name it may be shown by. */
export interface OpenedStore {
  readonly store: CatalogStore;
  /** The store's name for messages: the file, or the URL without its password. */
  readonly label: string;
  close(): Promise<void>;
}

/** The account and audit services over a store's editorial store, with the means to close it. */
export interface OpenedEditors {
  readonly accounts: AccountService;
  readonly audit: AuditService;
  close(): Promise<void>;
}

/** Options of a server started by `somkb serve` or `somkb start`. */
export interface ServeOptions {
  readonly port: number;
  readonly host: string;
  readonly service: CatalogService;
  /** The versions of the same store, for the API's `/versions` and `/diff`. */
  readonly history: HistoryService;
  /**
   * The store (`--db`): the editors' drafts are published through a writable catalog store and the
   * editorial store of the same database, opened on first use.
   */
  readonly db: string;
}

/** What the CLI needs from the outside world; `main.ts` wires the real adapters. */
export interface CliDeps {
  readonly version: string;
  /** The database used when neither `--db` nor `SOMKB_DB` is given. */
  readonly defaultDbPath: string;
  /** The corpus bundled with somkb, ingested by `somkb start`. */
  readonly bundledCorpus: { readonly path: string; readonly language: string };
  /** The bundled thesaurus and mechanisms directory, read and validated on first use. */
  knowledge(): KnowledgeBase;
  /**
   * Opens the store `dbPath` (a SQLite file, or a `postgres://` URL) and the catalog service over it: for `write` (creating the database
   * and its folder when missing, migrating its schema: ingest, start), or `read`, which never writes
   * to an existing database (serve and every command that only reads).
   */
  openCatalog(dbPath: string, access: StoreAccess): Promise<OpenedCatalog>;
  /**
   * Opens the store `db` itself, as {@link CliDeps.openCatalog} does (same opener, same access
   * rules), for the commands that work on versions across stores (`somkb copy`).
   */
  openStore(db: string, access: StoreAccess): Promise<OpenedStore>;
  /**
   * Opens the editorial store of `db` (the same database as the catalog's) and the account and audit
   * services over it: `somkb users`, `tokens` and `audit`, and the audit entries of ingest and
   * rollback.
   */
  openEditors(db: string): Promise<OpenedEditors>;
  /** Applies the pending schema migrations of the store `db` (`somkb migrate`) and says what it did. */
  migrateStore(db: string): Promise<StoreMigration>;
  /**
   * Where the search index of the store `db` is kept and how it is built, for `somkb search`: a
   * stored index is loaded when sound, else built (in a worker thread) and stored. Default: built
   * in the command's thread, not stored.
   */
  searchIndex?(db: string): Pick<SearchServiceOptions, 'indexStore' | 'indexBuilder' | 'onIndexEvent'>;
  /** Serves the portal and API; resolves once the server is listening, with a function that stops it. */
  serve(options: ServeOptions): Promise<{ readonly url: string; close(): Promise<void> }>;
  readonly env: Readonly<Record<string, string | undefined>>;
  /** The name of the user running the command: a publish from the CLI is recorded as by `cli:<os user>`. */
  readonly osUser: string;
  /** Reads standard input to its end, as UTF-8 (`somkb users add --password-stdin`). */
  readonly readStdin: () => Promise<string>;
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
  /** Whether stdout is a terminal (search results are then highlighted with colour). */
  readonly stdoutIsTerminal: boolean;
  /** Whether stderr is a terminal (progress, such as the pages of a long PDF read, is shown then only). */
  readonly stderrIsTerminal: boolean;
  /**
   * Reads a source file's bytes into text for `somkb ingest --check` (the same reader the catalog
   * service uses to publish): text, PDF (poppler) or Word (mammoth), told by the bytes.
   */
  readonly readSourceText: SourceReader;
}
