export type { CatalogSource, CatalogStore, PublishedCatalog, PublishResult } from './catalog-store.js';
export { openSqliteCatalogStore } from './sqlite-catalog-store.js';
export type { SqliteCatalogStore, SqliteCatalogStoreOptions } from './sqlite-catalog-store.js';
