export { UN_LANGUAGES, isLanguage, textDirection } from './language.js';
export type { Language } from './language.js';
export { LABEL_FALLBACK_ORDER, chooseLabel } from './localized-label.js';
export type { ChosenLabel, LocalizedLabels } from './localized-label.js';
export {
  MEETING_YEARS,
  isLaterMeeting,
  meetingYearProblem,
  meetingYearsOf,
  yearOfMeeting,
} from './meetings.js';
export {
  WORKING_GROUP_PREFIX,
  citeSummaryParagraph,
  paperSlug,
  parseWorkingGroupSymbol,
  officialUrl,
  paperUrlFor,
  paperUrls,
} from './symbol.js';
export type { CitationWords, WorkingGroupSymbol } from './symbol.js';
export { formatRanges, numberRuns } from './number-ranges.js';
export type { NumberRun, RangeStyle } from './number-ranges.js';
export { papersByMeeting, viewMeetings, viewPapers, viewParagraphs, viewTheme } from './catalog-views.js';
export type { MeetingView, PaperView, ParagraphView, ThemeView } from './catalog-views.js';
export { countCatalog } from './catalog.js';
export { describeRemovals, findRemovals, hasRemovals } from './catalog-removals.js';
export type { CatalogRemovals } from './catalog-removals.js';
export type {
  Catalog,
  CatalogCounts,
  Chapter,
  DocumentInfo,
  Item,
  Paper,
  Paragraph,
  SummaryHeader,
  Theme,
} from './catalog.js';
export { hasErrors, sortAnomalies } from './anomaly.js';
export type { Anomaly, AnomalySeverity } from './anomaly.js';
export { validateCatalog } from './validate-catalog.js';
export type { CatalogLocator } from './validate-catalog.js';
export { alignCatalogs, alignWithPublished } from './align-catalogs.js';
export type { AlignmentLocator, Misalignment, MisalignmentKind } from './align-catalogs.js';
