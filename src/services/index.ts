export { createCatalogService, summarizeErrors } from './catalog-service.js';
export type { CatalogService, IngestOutcome, IngestRequest } from './catalog-service.js';
export { createSearchService } from './search-service.js';
export type { SearchService, SearchServiceRequest } from './search-service.js';
export { createKnowledgeService } from './knowledge-service.js';
export type { KnowledgeService } from './knowledge-service.js';
