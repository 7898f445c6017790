export { DEFAULT_MAX_INPUT_BYTES, checkInputSize, decodeText } from './decode-text.js';
export type { DecodeOptions } from './decode-text.js';
export { grammarFor, supportedLanguages } from './grammar-registry.js';
export {
  checkScript,
  ingestSourceText,
  ingestSummary,
  ingestSummaryText,
  locatorOf,
} from './ingest-summary.js';
export { normalizeExtractedText } from './normalize-extracted-text.js';
export type { ExtractionStats, NormalizedText } from './normalize-extracted-text.js';
export { detectSourceFormat, readTextSource } from './source-format.js';
export type {
  ReadSourceOptions,
  SourceFormat,
  SourceProgress,
  SourceReader,
  SourceText,
} from './source-format.js';
export type { IngestOptions, IngestReport } from './ingest-summary.js';
export { parseSummary, readSourceLines } from './parse-summary.js';
export type { ParseResult, SourceLocations, SourceStats } from './parse-summary.js';
export type {
  ChapterHeadingMatch,
  HeaderParse,
  ItemStartMatch,
  KeyTopicsSplit,
  PaperIntroMatch,
  ParagraphStartMatch,
  SourceLine,
  SummaryGrammar,
} from './summary-grammar.js';
