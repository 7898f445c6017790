import type { Catalog, Language } from '../domain/index.js';
import { isLanguage, UN_LANGUAGES } from '../domain/index.js';
import type { KnowledgeBase } from '../knowledge/index.js';
import { SomkbError } from '../errors/index.js';
import type { SearchIndex, SearchRequest, SearchResult } from '../search/index.js';
import { checkStoredIndex, decodeSearchIndex, search } from '../search/index.js';
import type { PublishedCatalog, SearchIndexStore } from '../store/index.js';
import { catalogVersionKey } from '../store/index.js';
import type { CatalogService } from './catalog-service.js';
import { FALLBACK_CONTENT_LANGUAGE } from './catalog-service.js';
import type { SearchIndexBuilder } from './search-index-builder.js';
import { inProcessIndexBuilder } from './search-index-builder.js';
import { searchIndexInputsInTurns } from './search-index-inputs.js';
import { searchIndexKey } from './search-index-key.js';

/** A search request as the CLI and the API take it: a search of every published language version. */
export interface SearchServiceRequest extends SearchRequest {
  /**
   * The language to show the hits in (`--catalog-lang`, the API's `lang`): each paragraph in its
   * version in that language when it is published, else in Chinese. Every language version is
   * searched whatever it is. Default `zh`. USAGE for a code that is not a UN language.
   */
  readonly catalogLanguage?: string;
  /**
   * Whether the answer must come from the index of the current versions: the search then waits for
   * it while it is loaded or built, instead of being answered from the previous index (what a file
   * cached under the current version, such as an export by query, needs). Default false.
   */
  readonly current?: boolean;
}

/** Searches the published catalog. */
export interface SearchService {
  /**
   * Runs a search over every published language version of the summary; throws CATALOG_EMPTY when
   * nothing is published, USAGE for a bad request. The result's `language` says which language the
   * hits are shown in (the one asked for, or Chinese when it is not published).
   */
  search(request: SearchServiceRequest): Promise<SearchResult>;
  /**
   * Loads or builds the index of the current versions now, before any search asks for it (`somkb
   * serve` at start): resolves once it is ready, at once when nothing is published; rejects as the
   * build does.
   */
  prepare(): Promise<void>;
}

/** Options of {@link createSearchService}. */
export interface SearchServiceOptions {
  /**
   * How many results of recent searches are kept per index and given again to the same request
   * while its versions are current; least recently used beyond it are dropped. 0 searches every time.
   * Default {@link DEFAULT_RESULT_CACHE_ENTRIES}.
   */
  readonly resultCacheEntries?: number;
  /**
   * The knowledge base now, read when the index is built anew (a publish in any language): editors
   * publish new versions of the thesaurus and the mechanisms directory, each with a new version of
   * the reference catalog, so the index follows them. Default: the `knowledge` given, always.
   */
  readonly currentKnowledge?: () => Promise<KnowledgeBase>;
  /**
   * Where built indexes are kept and loaded from, by key (`searchIndexKey`: catalog versions,
   * analyzer and layout versions, knowledge): an index stored under the key of the current versions
   * is loaded instead of built, once checked (magic, versions, length, checksum, key); a stale or
   * corrupt one is reported (`rejected`) and built anew. Default: none, every index is built.
   */
  readonly indexStore?: SearchIndexStore;
  /**
   * What builds an index. Default {@link inProcessIndexBuilder} (in the calling thread); with a
   * builder in the background (`createWorkerIndexBuilder`) searches keep answering from the
   * previous index while the new one builds, and only the first search, with no index at all, waits.
   */
  readonly indexBuilder?: SearchIndexBuilder;
  /** Told what happens to the index (loaded, built, stored, rejected, failures), e.g. to log it. */
  readonly onIndexEvent?: (event: SearchIndexEvent) => void;
}

/**
 * What happened to the search index, for logs: `preparing` (a load or build starts, for these
 * language versions with so many paragraphs in all; said when it is asked for), `loaded` from the
 * index store, `built` (by the builder, encoded and decoded), `stored` in the index store,
 * `rejected` (a stored index that is stale or corrupt: never used, built anew), `store-failed`
 * (reading or writing the index store failed: the index is built, or kept in memory only),
 * `build-failed` (the search that waited gets the error; a previous index, if any, keeps answering).
 * Durations in milliseconds, sizes in bytes.
 */
export type SearchIndexEvent =
  | { readonly kind: 'preparing'; readonly languages: readonly string[]; readonly paragraphs: number }
  | { readonly kind: 'loaded'; readonly where: string; readonly ms: number; readonly bytes: number }
  | { readonly kind: 'built'; readonly ms: number; readonly bytes: number }
  | { readonly kind: 'stored'; readonly where: string }
  | { readonly kind: 'rejected'; readonly where: string; readonly problem: string }
  | {
      readonly kind: 'store-failed';
      readonly where: string;
      readonly operation: 'read' | 'write';
      readonly message: string;
    }
  | { readonly kind: 'build-failed'; readonly message: string };

/** A turn of the event loop: what is waiting (requests, timers) runs before the work goes on. */
function nextTurn(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}

/** After a failed build, how long a previous index answers before the build is tried again: 30 s. */
const RETRY_AFTER_FAILURE_MS = 30_000;

/** The default number of results kept per index: 1,000 (a few megabytes). */
export const DEFAULT_RESULT_CACHE_ENTRIES = 1000;

interface IndexEntry {
  /** The versions the index was built from: each one's document, language and version, joined. */
  readonly versions: string;
  readonly index: SearchIndex;
  /** Results by request key, least recently used first. */
  readonly results: Map<string, SearchResult>;
}

/** The key of a request in the result cache: every field that changes the result. */
function requestKey(request: SearchServiceRequest, language: Language | undefined): string {
  const filters = request.filters;
  return JSON.stringify([
    request.query,
    filters === undefined
      ? null
      : [
          filters.theme ?? [],
          filters.topic ?? [],
          filters.paper ?? [],
          filters.year ?? [],
          filters.meeting ?? [],
          filters.catalogLanguage ?? null,
        ],
    request.limit ?? null,
    request.offset ?? null,
    language ?? null,
    request.groupByPaper === true,
  ]);
}

/**
 * The language versions of the summary to index, the reference version first (Chinese when it is
 * published, else the first in UN order), then the others in UN order: every current catalog of the
 * reference's document.
 */
function versionsToIndex(published: readonly PublishedCatalog[]): PublishedCatalog[] {
  const reference =
    published.find((entry) => entry.catalog.language === FALLBACK_CONTENT_LANGUAGE) ??
    [...published].sort(
      (a, b) => UN_LANGUAGES.indexOf(a.catalog.language) - UN_LANGUAGES.indexOf(b.catalog.language),
    )[0];
  if (reference === undefined) return [];
  const document = reference.catalog.document.id;
  const others = UN_LANGUAGES.flatMap((language) =>
    published.filter(
      (entry) =>
        entry !== reference && entry.catalog.language === language && entry.catalog.document.id === document,
    ),
  );
  return [reference, ...others];
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/**
 * The search service: it keeps one in-memory index over every published language version of the
 * summary (one search document per paragraph, a set of fields per language), built when the set of
 * current versions changes (a publish in any language) and kept while it does not. The set is keyed
 * on each version's {@link catalogVersionKey} (document, catalog language, version), so that readers
 * switch to a new publication without a restart, and a store that answers every read with new but
 * equal catalog objects keeps the index and the results warm. The engine's own memos are kept per
 * index, so they follow the same key. With a knowledge base, the segmenter knows every label of the
 * thesaurus, mechanism and instrument names, and a query that names a concept in any language is
 * searched as the concept's labels in every language indexed.
 *
 * With an index store, the index of a set of versions is loaded when one is stored under its key,
 * else built and stored; with a builder in the background, a search never waits for a build while a
 * previous index can answer it, and concurrent searches share one load or build.
 *
 * Results of recent searches are kept with their index, by request and language shown: the same
 * request gets the same result object again until a new version is published (results are
 * read-only; callers must not change them).
 */
export function createSearchService(
  catalogs: Pick<CatalogService, 'listPublished'>,
  knowledge?: KnowledgeBase,
  options: SearchServiceOptions = {},
): SearchService {
  const capacity = Math.max(0, Math.trunc(options.resultCacheEntries ?? DEFAULT_RESULT_CACHE_ENTRIES));
  const builder = options.indexBuilder ?? inProcessIndexBuilder;
  const store = options.indexStore;
  const report = (event: SearchIndexEvent): void => {
    options.onIndexEvent?.(event);
  };
  /** The newest index ready, and the order in which it was asked for (a later one never gives way to an earlier). */
  let current: (IndexEntry & { readonly order: number }) | undefined;
  /** The index being loaded or built for a set of versions, which concurrent searches share. */
  let pending: { readonly versions: string; readonly entry: Promise<IndexEntry> } | undefined;
  let failed: { readonly versions: string; readonly at: number } | undefined;
  let asked = 0;

  /** The index of `published`: loaded from the index store when it holds a sound one, else built (and stored). */
  async function prepare(published: readonly PublishedCatalog[], versions: string): Promise<IndexEntry> {
    const base = options.currentKnowledge === undefined ? knowledge : await options.currentKnowledge();
    const catalogList: readonly Catalog[] = published.map((entry) => entry.catalog);
    // The search that asked answers first (from the previous index, when a builder works in the
    // background); then the inputs are made a share at a time, other requests served in between.
    await nextTurn();
    const key = searchIndexKey(published, base);
    const inputs = await searchIndexInputsInTurns(catalogList, base, nextTurn);
    if (store !== undefined) {
      const started = performance.now();
      let bytes: Uint8Array | undefined;
      try {
        bytes = await store.read(key);
      } catch (error) {
        report({ kind: 'store-failed', where: store.where, operation: 'read', message: messageOf(error) });
      }
      if (bytes !== undefined) {
        let problem = checkStoredIndex(bytes, key);
        if (problem === undefined) {
          try {
            const index = decodeSearchIndex(bytes, key, inputs.versions, inputs.options);
            report({
              kind: 'loaded',
              where: store.where,
              ms: performance.now() - started,
              bytes: bytes.length,
            });
            return { versions, index, results: new Map() };
          } catch (error) {
            problem = messageOf(error);
          }
        }
        report({ kind: 'rejected', where: store.where, problem });
      }
    }
    const started = performance.now();
    const bytes = await builder.build({ catalogs: catalogList, knowledge: base, key, inputs });
    const index = decodeSearchIndex(bytes, key, inputs.versions, inputs.options);
    report({ kind: 'built', ms: performance.now() - started, bytes: bytes.length });
    if (store !== undefined) {
      store.write(key, bytes).then(
        () => {
          report({ kind: 'stored', where: store.where });
        },
        (error: unknown) => {
          report({ kind: 'store-failed', where: store.where, operation: 'write', message: messageOf(error) });
        },
      );
    }
    return { versions, index, results: new Map() };
  }

  /**
   * The index to answer with for `published`: the current one when it is of these versions; else the
   * one being prepared for them (started now if need be), or, while a builder in the background
   * prepares it, the previous one.
   */
  function indexFor(
    published: readonly PublishedCatalog[],
    mustBeCurrent: boolean,
  ): IndexEntry | Promise<IndexEntry> {
    const versions = published.map(catalogVersionKey).join('\n');
    if (current?.versions === versions) return current;
    const previous = current;
    const retryLater =
      !mustBeCurrent &&
      previous !== undefined &&
      failed?.versions === versions &&
      Date.now() - failed.at < RETRY_AFTER_FAILURE_MS;
    if (pending?.versions !== versions && !retryLater) {
      const order = ++asked;
      report({
        kind: 'preparing',
        languages: published.map((entry) => entry.catalog.language),
        paragraphs: published.reduce((sum, entry) => sum + entry.catalog.paragraphs.length, 0),
      });
      const entry = prepare(published, versions);
      const job = { versions, entry };
      pending = job;
      entry.then(
        (ready) => {
          if (pending === job) pending = undefined;
          if (current === undefined || current.order < order) current = { ...ready, order };
        },
        (error: unknown) => {
          if (pending === job) pending = undefined;
          failed = { versions, at: Date.now() };
          report({ kind: 'build-failed', message: messageOf(error) });
        },
      );
    }
    if (previous !== undefined && !mustBeCurrent && (builder.inBackground || retryLater)) return previous;
    return (pending as { readonly entry: Promise<IndexEntry> }).entry;
  }

  return {
    async prepare() {
      const published = versionsToIndex(await catalogs.listPublished());
      if (published.length > 0) await indexFor(published, true);
    },
    async search(request) {
      const asked = request.catalogLanguage ?? FALLBACK_CONTENT_LANGUAGE;
      if (!isLanguage(asked)) {
        throw new SomkbError('USAGE', `'${asked}' is not a UN language code (ar, zh, en, fr, ru, es)`, {
          where: 'language',
        });
      }
      const published = versionsToIndex(await catalogs.listPublished());
      if (published.length === 0) {
        throw new SomkbError(
          'CATALOG_EMPTY',
          `no catalog in '${FALLBACK_CONTENT_LANGUAGE}' is published yet; run: somkb ingest <file> --lang ${FALLBACK_CONTENT_LANGUAGE}`,
        );
      }
      const { index, results } = await indexFor(published, request.current === true);
      // The language asked for as a field wins over the query's `lang:`, as before.
      const withLanguage: SearchRequest =
        request.catalogLanguage === undefined && request.language === undefined
          ? request
          : { ...request, language: request.language ?? asked };
      if (capacity === 0) return search(index, withLanguage);
      const key = requestKey(request, withLanguage.language);
      let result = results.get(key);
      if (result === undefined) {
        result = search(index, withLanguage);
        if (results.size >= capacity) results.delete(results.keys().next().value as string);
      } else results.delete(key);
      results.set(key, result);
      return result;
    },
  };
}

/** Most paragraphs a query selects for an export or a briefing pack. */
export const QUERY_PARAGRAPH_CAP = 1000;
const QUERY_PAGE = 100;

/** The paragraphs a query selects, with how many it found in all and whether only some terms matched. */
export interface QueryParagraphs {
  /** Paragraph numbers, best first, at most {@link QUERY_PARAGRAPH_CAP}. */
  readonly paragraphs: readonly number[];
  readonly total: number;
  readonly relaxed: boolean;
}

/**
 * The paragraphs a query finds (those it matches, not those reached only through related concepts),
 * best first, paging through the results up to
 * {@link QUERY_PARAGRAPH_CAP}: what `somkb export --query`, `somkb brief --query` and the API's
 * `/export?q=` and `/brief?q=` select.
 */
export async function queryParagraphs(
  search: (request: SearchServiceRequest) => Promise<SearchResult>,
  query: string,
  catalogLanguage = 'zh',
): Promise<QueryParagraphs> {
  const paragraphs: number[] = [];
  let total = 0;
  let relaxed = false;
  for (let offset = 0; offset < QUERY_PARAGRAPH_CAP; offset += QUERY_PAGE) {
    const result = await search({ query, limit: QUERY_PAGE, offset, catalogLanguage });
    if (offset === 0) ({ total, relaxed } = result);
    // Paragraphs reached only through related concepts are not what the query found.
    paragraphs.push(...result.hits.filter((hit) => !hit.related).map((hit) => hit.paragraph));
    if (result.hits.length < QUERY_PAGE || offset + QUERY_PAGE >= result.total) break;
  }
  return { paragraphs: [...new Set(paragraphs)].slice(0, QUERY_PARAGRAPH_CAP), total, relaxed };
}
