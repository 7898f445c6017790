export { MAX_QUERY_LENGTH, parseQuery } from './query-parser.js';
export type { ParsedQuery } from './query-parser.js';
export type { FilterVocabulary, QueryFilters, SearchFilters } from './search-filters.js';
export { translateFilters, valueNamesLabel } from './search-filters.js';
export {
  alignedTopicNames,
  compactText,
  documentMaker,
  documentsFromCatalog,
  paragraphFullText,
} from './search-document.js';
export type { SearchDocument } from './search-document.js';
export { BM25_K1, buildSearchIndex, buildVersionsIndex } from './search-index.js';
export {
  checkStoredIndex,
  decodeSearchIndex,
  encodeSearchIndex,
  INDEX_FORMAT_VERSION,
} from './search-index-codec.js';
export type {
  BuiltSearchIndex,
  FacetTable,
  IndexedVersion,
  Postings,
  PostingsLookup,
  SearchIndex,
  SearchIndexOptions,
} from './search-index.js';
export { createConceptExpander } from './concept-expander.js';
export type {
  ConceptExpander,
  ConceptMatch,
  Expansion,
  ExpansionConcept,
  WordMatch,
} from './concept-expander.js';
export { DEFAULT_LIMIT, MAX_LIMIT, MAX_OFFSET, search, searchCandidates } from './search-engine.js';
export type { RerankCandidate } from './search-rank.js';
export {
  FEATURE_COUNT,
  FIRST_STAGE_WEIGHTS,
  RERANK_FEATURES,
  RERANK_WINDOW,
  rerankScore,
} from './search-rerank.js';
export type { RerankFeature } from './search-rerank.js';
export type { SearchRequest } from './search-engine.js';
export { MAX_TERMS } from './search-plan.js';
export { HITS_PER_PAPER } from './paper-pages.js';
export { displayLanguage, toSearchJson } from './search-present.js';
export type {
  FacetCount,
  HitConcept,
  PaperGroup,
  SearchFacets,
  SearchHit,
  SearchResult,
} from './search-present.js';
export { escapeHtml, findMatches, makeSnippet, SNIPPET_LENGTH } from './snippet.js';
export { entryOf, remember } from './bounded-memo.js';
