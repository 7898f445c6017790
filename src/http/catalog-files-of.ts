import type { Catalog } from '../domain/index.js';
import type { CatalogKnowledge } from '../knowledge/index.js';
import type { SearchResult } from '../search/index.js';
import type { CatalogFiles, SearchServiceRequest } from '../services/index.js';
import { createCatalogFiles } from '../services/index.js';

/** The loaders the HTTP adapter is given (see `CreateAppDeps`). */
interface Loaders {
  readonly loadCatalog: () => Promise<Catalog | undefined>;
  readonly loadKnowledge?: () => Promise<CatalogKnowledge | undefined>;
  readonly search: (request: SearchServiceRequest) => Promise<SearchResult>;
}

/**
 * The file use cases over loaders that give no version (tests, embedders): each (catalog object,
 * knowledge object) pair stands for a version. `somkb serve` passes use cases keyed on the store's
 * `catalogVersionKey` instead, so that any store backend keeps the files.
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
      const [catalog, knowledge] = await Promise.all([loaders.loadCatalog(), loadKnowledge()]);
      if (catalog === undefined) return undefined;
      return {
        versionKey: `unversioned/${idOf(catalog)}/${knowledge === undefined ? 0 : idOf(knowledge)}`,
        catalog,
      };
    },
    loadKnowledge,
    search: loaders.search,
  });
}
