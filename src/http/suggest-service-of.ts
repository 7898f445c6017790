import type { CatalogKnowledge } from '../knowledge/index.js';
import type { PublishedCatalog, SuggestService } from '../services/index.js';
import { createSuggestService } from '../services/index.js';

/** The loaders the HTTP adapter is given (see `CreateAppDeps`). */
interface Loaders {
  readonly loadPublished: () => Promise<PublishedCatalog | undefined>;
  readonly listPublished?: () => Promise<readonly PublishedCatalog[]>;
  readonly loadKnowledge?: () => Promise<CatalogKnowledge | undefined>;
}

/**
 * The suggest use case over the adapter's loaders: every current language version (`listPublished`,
 * else the catalog of `loadPublished` alone) and the current knowledge; its index kept while they
 * are the same versions and knowledge.
 */
export function suggestServiceOf(loaders: Loaders): SuggestService {
  return createSuggestService({
    listPublished:
      loaders.listPublished ??
      (async () => {
        const published = await loaders.loadPublished();
        return published === undefined ? [] : [published];
      }),
    knowledge: loaders.loadKnowledge ?? (() => Promise.resolve(undefined)),
  });
}
