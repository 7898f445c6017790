import type { Catalog } from '../domain/index.js';
import type { CatalogKnowledge } from '../knowledge/index.js';
import { renderCsv } from './render-csv.js';
import { renderJson } from './render-json.js';
import { renderMarkdown } from './render-markdown.js';
import { renderText } from './render-text.js';

export { toExportJson, renderJson } from './render-json.js';
export type {
  CatalogExport,
  ExportChapter,
  ExportConcept,
  ExportDocument,
  ExportHeader,
  ExportInstrumentMention,
  ExportItem,
  ExportMechanism,
  ExportPaper,
  ExportParagraph,
  ExportReference,
  ExportTheme,
} from './render-json.js';
export { renderCsv, formatRanges } from './render-csv.js';
export { renderMarkdown, escapeMarkdown } from './render-markdown.js';
export { renderText, formatDatesLine } from './render-text.js';

/** The export formats: pretty JSON, the papers as CSV, Markdown, and the clean Chinese text. */
export type ExportFormat = 'json' | 'csv' | 'md' | 'text';

/** Every {@link ExportFormat}, in the order the CLI lists them. */
export const EXPORT_FORMATS: readonly ExportFormat[] = ['json', 'csv', 'md', 'text'];

/**
 * Renders a catalog in one of the {@link ExportFormat}s; see each renderer for its layout. The JSON
 * form also carries the catalog's knowledge (references, mechanisms, concepts) when it is given.
 */
export function renderExport(catalog: Catalog, format: ExportFormat, knowledge?: CatalogKnowledge): string {
  switch (format) {
    case 'json':
      return renderJson(catalog, knowledge);
    case 'csv':
      return renderCsv(catalog);
    case 'md':
      return renderMarkdown(catalog);
    case 'text':
      return renderText(catalog);
  }
}
