import type { CatalogKnowledge, KnowledgeBase } from '../knowledge/index.js';
import { describeCatalog } from '../knowledge/index.js';
import type { CatalogVersionKey, PublishedCatalog } from '../store/index.js';
import { catalogVersionKey } from '../store/index.js';
import type { CatalogService } from './catalog-service.js';

/** The knowledge of the published catalog, shared by the portal, the API and the exports. */
export interface KnowledgeService {
  /**
   * The knowledge of the catalog published in `catalogLanguage` (default `zh`), or `undefined` when
   * none is.
   */
  current(catalogLanguage?: string): Promise<CatalogKnowledge | undefined>;
  /**
   * The knowledge of any published catalog (an older version read with `?version=N`), described
   * once per catalog version and kept for the last {@link DESCRIBED_VERSIONS} versions asked for.
   */
  describe(published: PublishedCatalog): CatalogKnowledge;
}

/** How many versions other than the current ones {@link KnowledgeService.describe} keeps described. */
export const DESCRIBED_VERSIONS = 4;

interface Described {
  readonly key: CatalogVersionKey;
  readonly knowledge: CatalogKnowledge;
}

/**
 * The knowledge service: it describes each published catalog once (concepts, provisions,
 * mechanisms) and describes it again only when a new catalog is published. It keeps the knowledge
 * of the current version of each catalog language, keyed on the catalog's version key, so a store
 * that returns a new but equal object on every read still gets the knowledge it described before.
 */
export function createKnowledgeService(catalogs: CatalogService, base: KnowledgeBase): KnowledgeService {
  const described = new Map<string, Described>();
  const older = new Map<CatalogVersionKey, CatalogKnowledge>();
  return {
    async current(catalogLanguage = 'zh') {
      const published = await catalogs.findPublished(catalogLanguage);
      if (published === undefined) return undefined;
      const key = catalogVersionKey(published);
      let entry = described.get(catalogLanguage);
      if (entry?.key !== key) {
        entry = { key, knowledge: describeCatalog(published.catalog, base) };
        described.set(catalogLanguage, entry);
      }
      return entry.knowledge;
    },

    describe(published) {
      const key = catalogVersionKey(published);
      for (const entry of described.values()) if (entry.key === key) return entry.knowledge;
      let knowledge = older.get(key);
      if (knowledge === undefined) {
        if (older.size >= DESCRIBED_VERSIONS) older.clear();
        knowledge = describeCatalog(published.catalog, base);
        older.set(key, knowledge);
      }
      return knowledge;
    },
  };
}
