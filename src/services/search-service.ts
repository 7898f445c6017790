import { catalogTerms, createAnalyzer } from '../analysis/index.js';
import type { KnowledgeBase } from '../knowledge/index.js';
import { expansionConcepts, knowledgeUserWords } from '../knowledge/index.js';
import { SomkbError } from '../errors/index.js';
import type { SearchIndex, SearchRequest, SearchResult } from '../search/index.js';
import { buildSearchIndex, documentsFromCatalog, search } from '../search/index.js';
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

/**
 * The search service: it keeps one in-memory index per published catalog and rebuilds it when a new
 * catalog version is published, so that readers switch to it without a restart. With a knowledge
 * base, the segmenter knows every label of the thesaurus, mechanism and instrument names, and a
 * query that names a concept in any language is searched as the concept's labels.
 */
export function createSearchService(catalogs: CatalogService, knowledge?: KnowledgeBase): SearchService {
  const indexes = new Map<string, { readonly version: number; readonly index: SearchIndex }>();
  return {
    async search(request) {
      const language = request.catalogLanguage ?? 'zh';
      const published = await catalogs.findPublished(language);
      if (published === undefined) {
        throw new SomkbError(
          'CATALOG_EMPTY',
          `no catalog in '${language}' is published yet; run: somkb ingest <file> --lang ${language}`,
        );
      }
      let cached = indexes.get(language);
      if (cached?.version !== published.version) {
        const { catalog } = published;
        const userWords = [...catalogTerms(catalog), ...(knowledge ? knowledgeUserWords(knowledge) : [])];
        const analyzer = createAnalyzer(catalog.language, { userWords });
        cached = {
          version: published.version,
          index: buildSearchIndex(
            documentsFromCatalog(catalog),
            analyzer,
            knowledge === undefined ? {} : { concepts: expansionConcepts(knowledge, catalog.language) },
          ),
        };
        indexes.set(language, cached);
      }
      return search(cached.index, request);
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
 * The paragraphs a query finds, best first, paging through the results up to
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
    paragraphs.push(...result.hits.map((hit) => hit.paragraph));
    if (result.hits.length < QUERY_PAGE || offset + QUERY_PAGE >= result.total) break;
  }
  return { paragraphs: [...new Set(paragraphs)].slice(0, QUERY_PARAGRAPH_CAP), total, relaxed };
}
