export { catalogVersionKey } from './catalog-store.js';
export type {
  CatalogRemovals,
  CatalogSource,
  CatalogStore,
  CatalogVersionKey,
  PublishedCatalog,
  PublishOptions,
  PublishResult,
  StoreHealth,
  VersionRecord,
} from './catalog-store.js';
export { canonicalJson, sha256Hex } from './catalog-json.js';
export { migrateStore, openEditorialStoreFor, openStoreFor } from './open-store.js';
export type { OpenEditorialStoreOptions, OpenStoreOptions, StoreMigration } from './open-store.js';
export { describeStore, isPostgresUrl } from './store-url.js';
export { openSqliteCatalogStore } from './sqlite-catalog-store.js';
export { createDatabaseFolder, openSqliteStoreFor } from './open-sqlite-store.js';
export type { StoreAccess } from './open-sqlite-store.js';
export type { SqliteCatalogStore, SqliteCatalogStoreOptions } from './sqlite-catalog-store.js';
export {
  createSearchIndexFolder,
  INDEX_DIR_ENV,
  openSearchIndexStoreFor,
  searchIndexFolderFor,
} from './search-index-store.js';
export type { SearchIndexStore } from './search-index-store.js';
export { AUDIT_ACTIONS } from './editorial-store.js';
export type {
  AccountStore,
  ApiTokenRecord,
  AuditAction,
  AuditEntry,
  AuditFilter,
  AuditLog,
  DraftComment,
  DraftPatch,
  DraftRecord,
  DraftStore,
  EditorialStore,
  KnowledgeStore,
  KnowledgeVersionRecord,
  NewAuditEntry,
  SessionRecord,
  SignInFailures,
  UserPatch,
  UserRecord,
} from './editorial-store.js';
