import { catalogTerms, createAnalyzer } from '../analysis/index.js';
import type { KnowledgeBase } from '../knowledge/index.js';
import { expansionConcepts, filterVocabulary, knowledgeUserWords } from '../knowledge/index.js';
import { SomkbError } from '../errors/index.js';
import type { SearchIndex, SearchRequest, SearchResult } from '../search/index.js';
import { buildSearchIndex, documentsFromCatalog, search } from '../search/index.js';
import type { CatalogVersionKey } from '../store/index.js';
import { catalogVersionKey } from '../store/index.js';
import type { CatalogService } from './catalog-service.js';

/** A search request as the CLI and the API take it: a search, in the catalog of one language. */
export interface SearchServiceRequest extends SearchRequest {
  /** The language of the catalog to search; default `zh`. */
  readonly catalogLanguage?: string;
}

/** Searches the published catalog. */
export interface SearchService {
  /** Runs a search; throws CATALOG_EMPTY when nothing is published in that language, USAGE for a bad request. */
  search(request: SearchServiceRequest): Promise<SearchResult>;
}

/** Options of {@link createSearchService}. */
export interface SearchServiceOptions {
  /**
   * How many results of recent searches are kept per catalog and given again to the same request
   * while that catalog is current; least recently used beyond it are dropped. 0 searches every time.
   * Default {@link DEFAULT_RESULT_CACHE_ENTRIES}.
   */
  readonly resultCacheEntries?: number;
}

/** The default number of results kept per catalog: 1,000 (a few megabytes). */
export const DEFAULT_RESULT_CACHE_ENTRIES = 1000;

interface IndexEntry {
  /** The catalog the index was built from: its document, catalog language and version. */
  readonly version: CatalogVersionKey;
  readonly index: SearchIndex;
  /** Results by request key, least recently used first. */
  readonly results: Map<string, SearchResult>;
}

/** The key of a request in the result cache: every field that changes the result. */
function requestKey(request: SearchServiceRequest): string {
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
    request.language ?? null,
    request.groupByPaper === true,
  ]);
}

/**
 * The search service: it keeps one in-memory index per catalog language, built from the published
 * catalog of that language and rebuilt when its {@link CatalogVersionKey} (document, catalog language,
 * version) changes, so that readers switch to a new publication without a restart, and a store that
 * answers every read with a new but equal catalog object keeps the index and the results warm. The
 * engine's own memos are kept per index, so they follow the same key. With a knowledge base, the
 * segmenter knows every label of the thesaurus, mechanism and instrument names, and a query that
 * names a concept in any language is searched as the concept's labels.
 *
 * Results of recent searches are kept with their index, by catalog version and request: the same
 * request gets the same result object again until a new catalog is published (results are
 * read-only; callers must not change them).
 */
export function createSearchService(
  catalogs: Pick<CatalogService, 'findPublished'>,
  knowledge?: KnowledgeBase,
  options: SearchServiceOptions = {},
): SearchService {
  const capacity = Math.max(0, Math.trunc(options.resultCacheEntries ?? DEFAULT_RESULT_CACHE_ENTRIES));
  const indexes = new Map<string, IndexEntry>();
  return {
    async search(request) {
      const catalogLanguage = request.catalogLanguage ?? 'zh';
      const published = await catalogs.findPublished(catalogLanguage);
      if (published === undefined) {
        throw new SomkbError(
          'CATALOG_EMPTY',
          `no catalog in '${catalogLanguage}' is published yet; run: somkb ingest <file> --lang ${catalogLanguage}`,
        );
      }
      const version = catalogVersionKey(published);
      let cached = indexes.get(catalogLanguage);
      if (cached?.version !== version) {
        const { catalog } = published;
        const userWords = [...catalogTerms(catalog), ...(knowledge ? knowledgeUserWords(knowledge) : [])];
        const analyzer = createAnalyzer(catalog.language, { userWords });
        cached = {
          version,
          index: buildSearchIndex(
            documentsFromCatalog(catalog),
            analyzer,
            knowledge === undefined
              ? {}
              : {
                  concepts: expansionConcepts(knowledge, catalog.language),
                  filterVocabulary: filterVocabulary(knowledge, catalog),
                },
          ),
          results: new Map(),
        };
        indexes.set(catalogLanguage, cached);
      }
      if (capacity === 0) return search(cached.index, request);
      const key = requestKey(request);
      const { results } = cached;
      let result = results.get(key);
      if (result === undefined) {
        result = search(cached.index, request);
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
