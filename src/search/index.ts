export { MAX_QUERY_LENGTH, parseQuery } from './query-parser.js';
export type { ParsedQuery } from './query-parser.js';
export type { FilterVocabulary, QueryFilters, SearchFilters } from './search-filters.js';
export { translateFilters, valueNamesLabel } from './search-filters.js';
export {
  alignedTopicNames,
  compactText,
  documentsFromCatalog,
  mentionsTopic,
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
export { DEFAULT_LIMIT, MAX_LIMIT, MAX_OFFSET, search } from './search-engine.js';
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
