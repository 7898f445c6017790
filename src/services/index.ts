export {
  createCatalogService,
  FALLBACK_CONTENT_LANGUAGE,
  summarizeErrors,
  summarizeMisalignments,
} from './catalog-service.js';
export type {
  AlignmentCheck,
  CatalogService,
  CatalogServiceOptions,
  EditedPublish,
  IngestOutcome,
  IngestRequest,
  LanguageChoice,
} from './catalog-service.js';
export {
  DEFAULT_RESULT_CACHE_ENTRIES,
  QUERY_PARAGRAPH_CAP,
  createSearchService,
  queryParagraphs,
} from './search-service.js';
export type {
  QueryParagraphs,
  SearchIndexEvent,
  SearchService,
  SearchServiceOptions,
  SearchServiceRequest,
} from './search-service.js';
export { createWorkerIndexBuilder, inProcessIndexBuilder } from './search-index-builder.js';
export type {
  SearchIndexBuilder,
  SearchIndexJob,
  WorkerIndexBuilderOptions,
} from './search-index-builder.js';
export { knowledgeHash, searchIndexKey } from './search-index-key.js';
export {
  createSearchIndexFolder,
  INDEX_DIR_ENV,
  openSearchIndexStoreFor,
  searchIndexFolderFor,
} from '../store/index.js';
export type { SearchIndexStore } from '../store/index.js';
export { DESCRIBED_VERSIONS, createKnowledgeService } from './knowledge-service.js';
export { catalogVersionKey } from '../store/index.js';
export type {
  CatalogRemovals,
  CatalogSource,
  CatalogStore,
  CatalogVersionKey,
  PublishedCatalog,
  PublishOptions,
  PublishResult,
  StoreAccess,
  StoreHealth,
  StoreMigration,
  VersionRecord,
} from '../store/index.js';
export { copyStore } from './copy-service.js';
export type { CopiedDocument, CopyOptions, CopyProgress, CopyReport } from './copy-service.js';
export { guardRemovals } from './removal-guard.js';
export type { RemovalGuardOptions } from './removal-guard.js';
export type { KnowledgeService, KnowledgeServiceOptions } from './knowledge-service.js';
export {
  DEFAULT_FILE_CACHE_BYTES,
  createCatalogFiles,
  createPublishedCatalogFiles,
} from './catalog-files.js';
export type {
  BriefingFile,
  BriefingFileRequest,
  CatalogFiles,
  CatalogFilesDeps,
  ExportFileRequest,
  FileRenderers,
  SelectionRequest,
  VersionedCatalog,
} from './catalog-files.js';
export { FileCache } from './file-cache.js';
export { createHistoryService } from './history-service.js';
export type { DocumentHistory, HistoryService, RollbackRequest } from './history-service.js';
export { viewVersion } from './version-view.js';
export type { VersionView } from './version-view.js';
export { MAX_TOKEN_NAME_LENGTH, TOKEN_USE_RECORD_SECONDS, createAccountService } from './account-service.js';
export type {
  AccountService,
  AccountServiceDeps,
  IssuedSession,
  ResumedSession,
  SignInOutcome,
  TokenView,
  TotpSetup,
  UserView,
} from './account-service.js';
export { DEFAULT_DRAFT_DOCUMENT, createDraftService } from './draft-service.js';
export type { DraftConflict, DraftService, DraftServiceDeps, DraftView } from './draft-service.js';
export { createKnowledgeSource } from './knowledge-source.js';
export type { CurrentKnowledge, KnowledgeSource, KnowledgeSourceOptions } from './knowledge-source.js';
export type {
  AccountStore,
  AuditAction,
  AuditEntry,
  AuditFilter,
  AuditLog,
  DraftComment,
  DraftStore,
  EditorialStore,
  KnowledgeStore,
  KnowledgeVersionRecord,
} from '../store/index.js';
export { AUDIT_ACTIONS } from '../store/index.js';
export {
  DEFAULT_AUDIT_LIMIT,
  MAX_AUDIT_LIMIT,
  createAuditService,
  isAuditAction,
  viewAuditEntry,
} from './audit-service.js';
export type { AuditEntryView, AuditEvent, AuditService, AuditServiceOptions } from './audit-service.js';
export { ARGON2_PARAMETERS, hashPassword, verifyPassword } from './password-hashing.js';
export type { Argon2Parameters } from './password-hashing.js';
export { totpCodeAt } from './account-secrets.js';
export { SUGGEST_ANSWER_CACHE_ENTRIES, createSuggestService } from './suggest-service.js';
export type { SuggestService, SuggestServiceDeps, SuggestServiceRequest } from './suggest-service.js';
