import type { CatalogKnowledge, KnowledgeBase } from '../knowledge/index.js';
import { describeCatalog } from '../knowledge/index.js';
import type { CatalogVersionKey, PublishedCatalog } from '../store/index.js';
import { catalogVersionKey } from '../store/index.js';
import type { CatalogService } from './catalog-service.js';
import { FALLBACK_CONTENT_LANGUAGE } from './catalog-service.js';

/** The knowledge of the published catalog, shared by the portal, the API and the exports. */
export interface KnowledgeService {
  /**
   * The knowledge of the catalog published in `catalogLanguage` (default `zh`), or `undefined` when
   * none is.
   */
  current(catalogLanguage?: string): Promise<CatalogKnowledge | undefined>;
  /**
   * The knowledge of any published catalog (an older version read with `?version=N`), described
   * once per catalog version and kept for the last {@link DESCRIBED_VERSIONS} versions asked for; a
   * language version's key topics aligned with the current Chinese version last read by `current`.
   */
  describe(published: PublishedCatalog): CatalogKnowledge;
}

/** Options of {@link createKnowledgeService}. */
export interface KnowledgeServiceOptions {
  /**
   * The knowledge base now, read when a catalog is described anew (a new version of it or of the
   * reference catalog): editors publish new versions of the thesaurus and the mechanisms directory,
   * each with a new version of the reference catalog, so every language version is described again
   * with them. Default: `base`, always.
   */
  readonly currentKnowledge?: () => Promise<KnowledgeBase>;
}

/** How many versions other than the current ones {@link KnowledgeService.describe} keeps described. */
export const DESCRIBED_VERSIONS = 4;

interface Described {
  readonly key: CatalogVersionKey;
  /** The key of the Chinese version its key topics were aligned with, when it is another language. */
  readonly referenceKey: CatalogVersionKey | undefined;
  readonly knowledge: CatalogKnowledge;
}

/**
 * The knowledge service: it describes each published catalog once (concepts, provisions,
 * mechanisms, each found in the text of the catalog's language) and describes it again only when a
 * new catalog is published. It keeps the knowledge of the current version of each catalog language,
 * keyed on the catalog's version key (and, for a language version, on the key of the Chinese version
 * its key topics are aligned with), so a store that returns a new but equal object on every read still
 * gets the knowledge it described before.
 */
export function createKnowledgeService(
  catalogs: CatalogService,
  bundled: KnowledgeBase,
  options: KnowledgeServiceOptions = {},
): KnowledgeService {
  /** The knowledge base last read: what an older version is described with. */
  let base = bundled;
  const described = new Map<string, Described>();
  const older = new Map<CatalogVersionKey, CatalogKnowledge>();
  /** The Chinese version last read by `current`, the reference of the other languages' key topics. */
  let lastReference: PublishedCatalog | undefined;

  /** The Chinese version of the same document as `published`, when `published` is another language. */
  function referenceFor(
    published: PublishedCatalog,
    chinese: PublishedCatalog | undefined,
  ): PublishedCatalog | undefined {
    if (chinese === undefined || published.language === FALLBACK_CONTENT_LANGUAGE) return undefined;
    return chinese.documentId === published.documentId ? chinese : undefined;
  }

  return {
    async current(catalogLanguage = 'zh') {
      const published = await catalogs.findPublished(catalogLanguage);
      if (published === undefined) return undefined;
      const chinese =
        published.language === FALLBACK_CONTENT_LANGUAGE
          ? published
          : await catalogs.findPublished(FALLBACK_CONTENT_LANGUAGE);
      lastReference = chinese;
      const reference = referenceFor(published, chinese);
      const key = catalogVersionKey(published);
      const referenceKey = reference === undefined ? undefined : catalogVersionKey(reference);
      let entry = described.get(catalogLanguage);
      if (entry?.key !== key || entry.referenceKey !== referenceKey) {
        if (options.currentKnowledge !== undefined) base = await options.currentKnowledge();
        entry = {
          key,
          referenceKey,
          knowledge: describeCatalog(published.catalog, base, reference?.catalog),
        };
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
        knowledge = describeCatalog(published.catalog, base, referenceFor(published, lastReference)?.catalog);
        older.set(key, knowledge);
      }
      return knowledge;
    },
  };
}
