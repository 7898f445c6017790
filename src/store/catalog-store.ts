import type { Catalog, CatalogCounts, CatalogRemovals, Language } from '../domain/index.js';

/** What a publish removed from the version before it, recorded when it was allowed (see domain `findRemovals`). */
export type { CatalogRemovals } from '../domain/index.js';

/**
 * Where a published catalog came from. For an ingest: the file's name (no machine paths) and the
 * SHA-256 of its bytes. A rollback keeps the name and hash of the version it brings back and says
 * which version that was (`rollbackOf`); an editor's publish names its draft, its author and its
 * reviewer.
 */
export interface CatalogSource {
  /** A name for the source, e.g. the file name it was ingested from (no machine paths). */
  readonly name: string;
  /**
   * SHA-256 of the source bytes, lowercase hex. Publishing the same source and the same catalog as
   * the current one is a no-op.
   */
  readonly sha256: string;
  /** The version whose content a rollback published again. */
  readonly rollbackOf?: number;
  /** The id of the editors' draft that was published. */
  readonly draft?: string;
  /** The email of the draft's author (an editor's publish). */
  readonly author?: string;
  /** The email of the reviewer who approved the draft (an editor's publish). */
  readonly reviewer?: string;
}

/**
 * The record of one published version of a document in one language: everything the history
 * shows without reading the catalog itself.
 */
export interface VersionRecord {
  /** The document's id (e.g. `thematic-summary-2021`). */
  readonly documentId: string;
  /** The catalog language of this version. */
  readonly language: Language;
  /**
   * The version number: 1 for a document's first publish, then 2, 3 … for each publish of that
   * document (in any language), never reused. With the document and the language it makes the
   * {@link CatalogVersionKey}.
   */
  readonly version: number;
  /** When it was published, ISO 8601 UTC. */
  readonly publishedAt: string;
  /** Who published it: a user's email, or `cli:<os user>` from the command line. */
  readonly by: string;
  /** What the publisher said of it (`--message`); empty when nothing was said. */
  readonly message: string;
  readonly source: CatalogSource;
  /** What the version holds. */
  readonly counts: CatalogCounts;
  /** What this publish removed from the version before it (only when removals were allowed). */
  readonly removals?: CatalogRemovals;
}

/** A catalog as the store holds it: the catalog plus its version record. */
export interface PublishedCatalog extends VersionRecord {
  readonly catalog: Catalog;
}

/** Who publishes, and why: the provenance a publish records besides its source. */
export interface PublishOptions {
  /** Who publishes (see {@link VersionRecord.by}); default `unknown`. */
  readonly by?: string;
  /** The publisher's message; default empty. */
  readonly message?: string;
  /**
   * The version the publisher based the change on: the publish fails with `CONFLICT` when the
   * current version of the document in this language is another one (someone published meanwhile).
   * `null` requires that nothing is published yet; `undefined` (the default) checks nothing.
   */
  readonly base?: number | null;
  /** What this publish removes, recorded in its version (the caller allowed it). */
  readonly removals?: CatalogRemovals;
}

/** The outcome of {@link CatalogStore.publish}. */
export interface PublishResult {
  readonly published: PublishedCatalog;
  /** False when the store already held this exact source and catalog as the current one. */
  readonly changed: boolean;
}

/** Whether the store can be reached now; see {@link CatalogStore.health}. */
export interface StoreHealth {
  /**
   * `ok`, or `degraded` when the database cannot be reached: the store keeps answering reads from
   * the catalogs it holds and reconnects by itself.
   */
  readonly status: 'ok' | 'degraded';
  /** Since when the database has been unreachable (ISO 8601 UTC), when degraded. */
  readonly since?: string;
  /** Why, in one line without credentials, when degraded. */
  readonly reason?: string;
}

/**
 * The port every catalog store implements (SQLite embedded, PostgreSQL for deployments). One
 * contract test suite (`catalog-store.contract.ts`) runs against every backend.
 *
 * Publishing is atomic: readers see the previous catalog until the new one is complete, and a crash
 * or kill during publish leaves the previous catalog intact. Nothing published is ever deleted or
 * rewritten: every publish adds a version, and the history lists them all.
 */
export interface CatalogStore {
  /** Publishes `catalog` as the current catalog of its document and language, as a new version. */
  publish(catalog: Catalog, source: CatalogSource, options?: PublishOptions): Promise<PublishResult>;
  /** The current catalog of a document in a language, or `undefined` when none was published. */
  current(documentId: string, language: Language): Promise<PublishedCatalog | undefined>;
  /** Every current catalog (one per document and language), ordered by document id then language. */
  listCurrent(): Promise<readonly PublishedCatalog[]>;
  /**
   * The records of every version of a document, oldest first (all languages, or one); empty when
   * the document was never published.
   */
  history(documentId: string, language?: Language): Promise<readonly VersionRecord[]>;
  /** One version of a document with its catalog, or `undefined` when it does not exist. */
  version(documentId: string, version: number): Promise<PublishedCatalog | undefined>;
  /**
   * Writes a version exactly as another store holds it (number, time, provenance, catalog), for
   * `somkb copy`; it becomes current when it is the document's newest in its language. Fails with
   * `CONFLICT` when this store already holds that version of that document.
   */
  importVersion(published: PublishedCatalog): Promise<void>;
  /** Whether the database can be reached now (a SQLite file always can once open). */
  health(): StoreHealth;
  /** Releases the store's resources; the store is unusable afterwards. */
  close(): Promise<void>;
}

/**
 * The identity of one published catalog: its document, catalog language and version, as one string
 * (`<document id, URI-encoded>/<catalog language>/<version>`, e.g. `thematic-summary-2021/zh/3`).
 *
 * Caches of anything made from a catalog (pages, API bodies, search results, knowledge) key on it
 * rather than on the catalog object: two reads of one publication give the same key whatever the
 * backend and whether or not it returns the same object, and a new publish gives a new key. It is
 * ASCII without spaces or quotes, so it may go into an ETag, a log line or a file name.
 */
export type CatalogVersionKey = `${string}/${Language}/${number}`;

/** The {@link CatalogVersionKey} of a published catalog. */
export function catalogVersionKey(published: PublishedCatalog): CatalogVersionKey {
  const { catalog } = published;
  return `${encodeURIComponent(catalog.document.id)}/${catalog.language}/${published.version}`;
}
