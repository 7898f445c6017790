import type { Language } from '../domain/index.js';
import { SomkbError } from '../errors/index.js';
import type { SearchFilters } from './search-filters.js';
import type { SearchIndex } from './search-index.js';
import { presentPaperPage } from './paper-pages.js';
import { matchPlan } from './search-match.js';
import { planSearch } from './search-plan.js';
import type { SearchResult } from './search-present.js';
import { displayLanguage, presentEmpty, presentResult } from './search-present.js';
import type { RerankCandidate } from './search-rank.js';
import { rankMatches, rerankCandidates } from './search-rank.js';

/** Default and largest number of hits per page. */
export const DEFAULT_LIMIT = 10;
export const MAX_LIMIT = 100;
/** Deepest offset a search pages to. */
export const MAX_OFFSET = 10_000;

/** A search: the query in the query language, filters as fields, the page wanted, and options. */
export interface SearchRequest {
  readonly query: string;
  /**
   * Filters given as fields, joined to those the query text carries (`theme:`, `year:`…): the same
   * values give the same results either way.
   */
  readonly filters?: SearchFilters;
  /** Hits per page, 1–100; default 10. */
  readonly limit?: number;
  /** Hits to skip, 0–10,000; default 0. */
  readonly offset?: number;
  /**
   * The language to show the hits in (snippets, theme names, facets, concept names): a paragraph is
   * shown in its version in this language when the index holds one, else in the reference version
   * (Chinese). Wins over `filters.catalogLanguage` and the query's `lang:`, which mean the same.
   * Every language version is searched whatever it is.
   */
  readonly language?: Language;
  /**
   * Page through papers rather than paragraphs: `limit` and `offset` count papers, each paper comes
   * once with its best paragraphs (at most {@link HITS_PER_PAPER}), in `groups` and, in the same
   * order, `hits`; `groupCount` says how many papers there are.
   */
  readonly groupByPaper?: boolean;
}

function wholeNumber(
  value: number | undefined,
  fallback: number,
  min: number,
  max: number,
  name: string,
): number {
  if (value === undefined) return fallback;
  if (!Number.isInteger(value) || value < min || value > max) {
    throw new SomkbError(
      'USAGE',
      `${name} must be a whole number from ${min} to ${max} (got ${String(value)})`,
      {
        where: name,
      },
    );
  }
  return value;
}

/** The filters given as fields, with the request's `language` as the catalog language. */
function givenFilters(request: SearchRequest): SearchFilters | undefined {
  if (request.language === undefined) return request.filters;
  return { ...request.filters, catalogLanguage: request.language };
}

/**
 * Searches the index: every word of the query matters, the more the rarer it is. Paragraphs rank by
 * score times coverage (the share of the query's specificity they meet): those with every word keep
 * their whole score, those with some of the words are weighed by how specific the words they have are
 * (`relaxed` when none has them all).
 * A word found in more than an eighth of a large index is common: it ranks, but a paragraph that has
 * only common words of the query is not listed when the query has a more selective word. Ranking is BM25F over paragraph
 * text, paper subject, theme and key topics, then a bonus for words found as written; filters, phrases and
 * exclusions narrow the results. Pure and synchronous; throws USAGE only for a request out of bounds
 * (query too long, limit or offset out of range, a filter's number out of range).
 *
 * Four steps, each in its own file: plan (query text and filters → clauses, phrases, exclusions,
 * resolved filters), match (→ candidate paragraphs, their clauses and BM25F scores), rank (→ the
 * page's paragraphs in order, totals, facet counts) and present (→ hits with snippets and concepts).
 */
export function search(index: SearchIndex, request: SearchRequest): SearchResult {
  const limit = wholeNumber(request.limit, DEFAULT_LIMIT, 1, MAX_LIMIT, 'limit');
  const offset = wholeNumber(request.offset, 0, 0, MAX_OFFSET, 'offset');
  const plan = planSearch(index, request.query, givenFilters(request));
  const page = {
    offset,
    limit,
    groupByPaper: request.groupByPaper === true,
    language: displayLanguage(index, plan.filters.catalogLanguage),
  };
  if (plan.empty) return presentEmpty(index, plan, page);
  const facts = matchPlan(index, plan);
  if (page.groupByPaper) return presentPaperPage(index, plan, facts, page);
  const ranking = rankMatches(index, plan, facts, offset, limit);
  return presentResult(index, plan, ranking, page);
}

/**
 * The paragraphs a search re-ranks, with their features (see `RERANK_FEATURES`), in the first
 * stage's order: what fitting the re-ranker's weights reads (scripts/fit-reranker.ts), on the same
 * plan and matches as {@link search}. Empty when there is nothing to search for.
 */
export function searchCandidates(index: SearchIndex, request: SearchRequest): RerankCandidate[] {
  const plan = planSearch(index, request.query, givenFilters(request));
  if (plan.empty) return [];
  return rerankCandidates(index, plan, matchPlan(index, plan));
}
