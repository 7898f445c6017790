import type { CatalogKnowledge } from '../knowledge/index.js';
import type { SearchResult } from '../search/index.js';
import type { CatalogFiles, PublishedCatalog, SearchServiceRequest } from '../services/index.js';
import { catalogVersionKey, createCatalogFiles } from '../services/index.js';

/** The loaders the HTTP adapter is given (see `CreateAppDeps`). */
interface Loaders {
  readonly loadPublished: () => Promise<PublishedCatalog | undefined>;
  readonly loadKnowledge?: () => Promise<CatalogKnowledge | undefined>;
  readonly search: (request: SearchServiceRequest) => Promise<SearchResult>;
}

/**
 * The file use cases over the adapter's loaders (tests, embedders): made files are kept per catalog
 * version (`catalogVersionKey`) and knowledge object. `somkb serve` passes use cases over the
 * catalog and knowledge services instead.
 */
export function catalogFilesOf(loaders: Loaders): CatalogFiles {
  const ids = new WeakMap<object, number>();
  let next = 0;
  const idOf = (value: object): number => {
    let id = ids.get(value);
    if (id === undefined) ids.set(value, (id = ++next));
    return id;
  };
  const loadKnowledge = (): Promise<CatalogKnowledge | undefined> =>
    loaders.loadKnowledge?.() ?? Promise.resolve(undefined);
  return createCatalogFiles({
    async loadCatalog() {
      const [published, knowledge] = await Promise.all([loaders.loadPublished(), loadKnowledge()]);
      if (published === undefined) return undefined;
      return {
        versionKey: `${catalogVersionKey(published)}/${knowledge === undefined ? 0 : idOf(knowledge)}`,
        catalog: published.catalog,
      };
    },
    loadKnowledge,
    search: loaders.search,
  });
}
