import { countCatalog } from '../../src/domain/index.js';
import type { Catalog } from '../../src/domain/index.js';
import type { PublishedCatalog } from '../../src/services/index.js';

/**
 * `catalog` as the store would give it when published as `version`: what the portal and the API
 * load, and what their caches key on (document, catalog language, version).
 */
export function publishedOf(catalog: Catalog, version = 1): PublishedCatalog {
  return {
    documentId: catalog.document.id,
    language: catalog.language,
    version,
    publishedAt: '2026-11-30T00:00:00.000Z',
    by: 'test',
    message: '',
    source: { name: 'test', sha256: '0'.repeat(64) },
    counts: countCatalog(catalog),
    catalog,
  };
}
