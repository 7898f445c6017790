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
export { renderMarkdown, escapeMarkdown, linkDestination } from './render-markdown.js';
export { renderText, formatDatesLine } from './render-text.js';
export { isWholeCatalog, selectCatalog, selectKnowledge, selectionWords } from './select-catalog.js';
export type { CatalogSelection } from './select-catalog.js';
export { renderDocx, placeWords } from './render-docx.js';
export {
  CITATION_STYLE,
  DOCX_FONTS,
  DOCX_MEDIA_TYPE,
  ITEM_STYLE,
  NUMBERED_STYLE,
  docxLink,
  docxNumberedParagraph,
  docxStyles,
  docxText,
  packDocx,
} from './docx-kit.js';
export { groupInstrumentMentions, groupProvisions } from './provision-groups.js';
export type { CitedPlace, InstrumentGroup, ProvisionGroup } from './provision-groups.js';
export { EXPORT_FILE_FORMATS, exportSelection, isBinaryFormat } from './export-file.js';
export type { ExportFile, ExportFileFormat } from './export-file.js';

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
