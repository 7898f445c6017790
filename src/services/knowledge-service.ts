import type { Catalog } from '../domain/index.js';
import type { CatalogKnowledge, KnowledgeBase } from '../knowledge/index.js';
import { describeCatalog } from '../knowledge/index.js';
import type { CatalogService } from './catalog-service.js';

/** The knowledge of the published catalog, shared by the portal, the API and the exports. */
export interface KnowledgeService {
  /** The knowledge of the catalog published in `language` (default `zh`), or `undefined` when none is. */
  current(language?: string): Promise<CatalogKnowledge | undefined>;
}

/**
 * The knowledge service: it describes each published catalog once (concepts, provisions,
 * mechanisms) and describes it again only when a new catalog is published.
 */
export function createKnowledgeService(catalogs: CatalogService, base: KnowledgeBase): KnowledgeService {
  const described = new WeakMap<Catalog, CatalogKnowledge>();
  return {
    async current(language = 'zh') {
      const catalog = await catalogs.findCatalog(language);
      if (catalog === undefined) return undefined;
      let knowledge = described.get(catalog);
      if (knowledge === undefined) {
        knowledge = describeCatalog(catalog, base);
        described.set(catalog, knowledge);
      }
      return knowledge;
    },
  };
}
