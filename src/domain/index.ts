export { UN_LANGUAGES, isLanguage } from './language.js';
export type { Language } from './language.js';
export { MEETING_YEARS, yearOfMeeting } from './meetings.js';
export {
  WORKING_GROUP_PREFIX,
  citeSummaryParagraph,
  parseWorkingGroupSymbol,
  officialUrl,
} from './symbol.js';
export type { WorkingGroupSymbol } from './symbol.js';
export { countCatalog } from './catalog.js';
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
