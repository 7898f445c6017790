import type { Catalog, Language } from '../domain/index.js';
import { isLanguage, UN_LANGUAGES } from '../domain/index.js';
import type { KnowledgeBase } from '../knowledge/index.js';
import { SomkbError } from '../errors/index.js';
import type { SearchIndex, SearchRequest, SearchResult } from '../search/index.js';
import { buildVersionsIndex, search } from '../search/index.js';
import type { PublishedCatalog } from '../store/index.js';
import { catalogVersionKey } from '../store/index.js';
import type { CatalogService } from './catalog-service.js';
import { FALLBACK_CONTENT_LANGUAGE } from './catalog-service.js';
import { searchIndexInputs } from './search-index-inputs.js';

/** A search request as the CLI and the API take it: a search of every published language version. */
export interface SearchServiceRequest extends SearchRequest {
  /**
   * The language to show the hits in (`--catalog-lang`, the API's `lang`): each paragraph in its
   * version in that language when it is published, else in Chinese. Every language version is
   * searched whatever it is. Default `zh`. USAGE for a code that is not a UN language.
   */
  readonly catalogLanguage?: string;
}

/** Searches the published catalog. */
export interface SearchService {
  /**
   * Runs a search over every published language version of the summary; throws CATALOG_EMPTY when
   * nothing is published, USAGE for a bad request. The result's `language` says which language the
   * hits are shown in (the one asked for, or Chinese when it is not published).
   */
  search(request: SearchServiceRequest): Promise<SearchResult>;
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
}

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

/** Builds the index of the published catalogs (the reference first) with `knowledge`. */
function buildIndex(catalogs: readonly Catalog[], knowledge: KnowledgeBase | undefined): SearchIndex {
  const { versions, options } = searchIndexInputs(catalogs, knowledge);
  return buildVersionsIndex(versions, options);
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
  let cached: IndexEntry | undefined;
  return {
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
      const versions = published.map(catalogVersionKey).join('\n');
      if (cached?.versions !== versions) {
        const base = options.currentKnowledge === undefined ? knowledge : await options.currentKnowledge();
        // Another search may have built it meanwhile.
        if (cached?.versions !== versions) {
          cached = {
            versions,
            index: buildIndex(
              published.map((entry) => entry.catalog),
              base,
            ),
            results: new Map(),
          };
        }
      }
      const { index, results } = cached;
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
