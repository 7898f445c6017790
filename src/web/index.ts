export { h, trusted } from './html-template.js';
export type { Html } from './html-template.js';
export {
  DEFAULT_INTERFACE_LANGUAGE,
  LANGUAGE_COOKIE,
  INTERFACE_LANGUAGES,
  chooseInterfaceLanguage,
  directionOf,
  languageOfTag,
  parseAcceptLanguage,
} from './interface-language.js';
export type { LanguageSignals } from './interface-language.js';
export {
  FORM_TOKEN_FIELD,
  PARALLEL_PARAM,
  languageName,
  pageContext,
  withLanguage,
  withParallel,
} from './page-layout.js';
export type {
  AccountBar,
  ContentLanguages,
  LanguageVersion,
  PageContext,
  ServedVersion,
  Viewer,
} from './page-layout.js';
export {
  ACCOUNT_PASSWORD_PATH,
  ACCOUNT_PATH,
  ACCOUNT_TOKENS_PATH,
  ACCOUNT_TOTP_CONFIRM_PATH,
  ACCOUNT_TOTP_PATH,
  ADMIN_AUDIT_PATH,
  ADMIN_USERS_PATH,
  CHANGE_KINDS,
  DRAFT_ACTIONS,
  DRAFTS_PATH,
  NEW_DRAFT_PATH,
  SIGN_IN_PATH,
  SIGN_OUT_PATH,
  USER_ACTIONS,
  changeAbout,
  changeFormPath,
  draftActionPath,
  draftPath,
  draftPreviewPath,
  draftUndoPath,
  isChangeKind,
  isDraftAction,
  localPath,
  signInHref,
  withNotice,
} from './editor-urls.js';
export type { UserAction } from './editor-urls.js';
export { EMPTY_FORM } from './form-kit.js';
export type { FormState } from './form-kit.js';
export { renderSignInPage } from './render-sign-in.js';
export type { SignInProblem, SignInView } from './render-sign-in.js';
export { renderAccountPage, safeQrSvg } from './render-account.js';
export type { AccountView } from './render-account.js';
export { auditHref, renderAuditPage, renderUsersPage } from './render-admin.js';
export type { AuditFilterForm, AuditView, UsersView } from './render-admin.js';
export {
  allowedActions,
  canEdit,
  renderDraftPage,
  renderDraftsPage,
  renderNewDraftPage,
} from './render-drafts.js';
export type { DraftPageView, DraftsView } from './render-drafts.js';
export { newPaperRows, renderChangeFormPage } from './render-change-form.js';
export type { ChangeFormView } from './render-change-form.js';
export {
  NEW_PAPER_ROWS,
  existingChange,
  formLanguage,
  initialValues,
  readChangeForm,
} from './change-forms.js';
export type { ChangeAbout, ChangeSources, KnowledgeEntry, ReadChange } from './change-forms.js';
export { inPreview } from './render-preview.js';
export { renderParallelPage } from './render-parallel.js';
export type { ParallelModels, ParallelSubject } from './render-parallel.js';
export { NO_PARAGRAPH_CHANGES, buildPortalModel } from './portal-model.js';
export type { ParagraphChanges, PortalModel } from './portal-model.js';
export {
  BRIEF_API_PATH,
  BRIEF_DOWNLOAD_PATH,
  BRIEF_PATH,
  CSS_PATH,
  HISTORY_PATH,
  ICON_PATH,
  MECHANISMS_PATH,
  SCRIPT_PATH,
  mechanismAnchor,
  paperPath,
  diffPath,
  paperSlug,
  paragraphPath,
  themePath,
  topicPath,
  versionedPath,
} from './portal-urls.js';
export {
  HISTORY_PAGE_SIZE,
  historyPageCount,
  paragraphChangesOf,
  publishedTime,
  renderDiffPage,
  renderHistoryPage,
} from './render-history.js';
export type { DiffView, HistoryView } from './render-history.js';
export { renderHomePage } from './render-home.js';
export { renderThemePage } from './render-theme.js';
export { renderPaperPage } from './render-paper.js';
export { TOPIC_PAGE_SIZE, renderTopicPage, renderTopicsPage, topicPageCount } from './render-topic.js';
export { SEARCH_STATE_FORM, renderSearchPage } from './render-search.js';
export { DOWNLOAD_KINDS, downloadHref } from './content-blocks.js';
export type { DownloadKind } from './content-blocks.js';
export type { SearchView } from './render-search.js';
export { renderReferencesPage } from './render-references.js';
export { renderBriefPage } from './render-brief.js';
export type { BriefNotice } from './render-brief.js';
export { EMPTY_BRIEF_STATE, briefHref, hasBriefChoice, readBriefState } from './brief-state.js';
export type { BriefState } from './brief-state.js';
export { renderMechanismsPage } from './render-mechanisms.js';
export { closestPapers, renderErrorPage } from './render-error.js';
export type { ErrorKind, ErrorView } from './render-error.js';
export {
  LONG_SEARCH_URL,
  MAX_SEARCH_PAGE,
  SEARCH_PAGE_SIZE,
  applySearchStep,
  hasSearch,
  readSearchState,
  readSearchStep,
  searchSelection,
  searchStateFields,
  searchStepText,
  searchHref,
  searchFilters,
  searchQueryText,
} from './search-state.js';
export type { SearchState, SearchStep } from './search-state.js';
export { PORTAL_CSS, PORTAL_ICON_SVG, PORTAL_JS } from './portal-assets.js';
