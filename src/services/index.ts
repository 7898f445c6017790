export { createCatalogService, summarizeErrors } from './catalog-service.js';
export type { CatalogService, IngestOutcome, IngestRequest } from './catalog-service.js';
