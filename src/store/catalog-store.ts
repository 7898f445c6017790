import type { Catalog, Language } from '../domain/index.js';

/** Where a published catalog came from. */
export interface CatalogSource {
  /** A name for the source, e.g. the file name it was ingested from (no machine paths). */
  readonly name: string;
  /** SHA-256 of the source bytes, lowercase hex. Publishing the same source twice is a no-op. */
  readonly sha256: string;
}

/** A catalog as the store holds it: the catalog plus its publication record. */
export interface PublishedCatalog {
  /**
   * Increasing publication number, unique within the store. Every read of one publication returns
   * the same number, and every publish that changes something returns a higher one; with the
   * document and the catalog language it makes the {@link CatalogVersionKey}.
   */
  readonly version: number;
  /** When it was published, ISO 8601 UTC. */
  readonly publishedAt: string;
  readonly source: CatalogSource;
  readonly catalog: Catalog;
}

/** The outcome of {@link CatalogStore.publish}. */
export interface PublishResult {
  readonly published: PublishedCatalog;
  /** False when the store already held this exact source as the current catalog. */
  readonly changed: boolean;
}

/**
 * The port every catalog store implements (SQLite embedded, PostgreSQL for deployments). One
 * contract test suite (`catalog-store.contract.ts`) runs against every backend.
 *
 * Publishing is atomic: readers see the previous catalog until the new one is complete, and a crash
 * or kill during publish leaves the previous catalog intact.
 */
export interface CatalogStore {
  /** Publishes `catalog` as the current catalog of its document and language. */
  publish(catalog: Catalog, source: CatalogSource): Promise<PublishResult>;
  /** The current catalog of a document in a language, or `undefined` when none was published. */
  current(documentId: string, language: Language): Promise<PublishedCatalog | undefined>;
  /** Every current catalog (one per document and language), ordered by document id then language. */
  listCurrent(): Promise<readonly PublishedCatalog[]>;
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
