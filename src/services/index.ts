export { createCatalogService, summarizeErrors } from './catalog-service.js';
export type { CatalogService, IngestOutcome, IngestRequest } from './catalog-service.js';
export { QUERY_PARAGRAPH_CAP, createSearchService, queryParagraphs } from './search-service.js';
export type { QueryParagraphs, SearchService, SearchServiceRequest } from './search-service.js';
export { createKnowledgeService } from './knowledge-service.js';
export type { KnowledgeService } from './knowledge-service.js';
