export { catalogVersionKey } from './catalog-store.js';
export type {
  CatalogSource,
  CatalogStore,
  CatalogVersionKey,
  PublishedCatalog,
  PublishResult,
} from './catalog-store.js';
export { openSqliteCatalogStore } from './sqlite-catalog-store.js';
export { createDatabaseFolder, openSqliteStoreFor } from './open-sqlite-store.js';
export type { StoreAccess } from './open-sqlite-store.js';
export type { SqliteCatalogStore, SqliteCatalogStoreOptions } from './sqlite-catalog-store.js';
