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
export { BYTE_ORDER_MARK, renderCsv } from './render-csv.js';
export { renderMarkdown, escapeMarkdown, linkDestination } from './render-markdown.js';
export { renderText, formatDatesLine, unLayoutLines } from './render-text.js';
export type { UnLayoutLine, UnLayoutLineKind } from './render-text.js';
export { renderUnLayoutDocx } from './render-un-docx.js';
export { isWholeCatalog, selectCatalog, selectKnowledge, selectionWords } from './select-catalog.js';
export type { CatalogSelection } from './select-catalog.js';
export { renderDocx } from './render-docx.js';
export { hasXmlForbidden, stripXmlForbidden, xmlSafe } from './xml-text.js';
export {
  CITATION_STYLE,
  DOCX_FONTS,
  DOCX_MEDIA_TYPE,
  ITEM_STYLE,
  NUMBERED_STYLE,
  docxDirection,
  docxLink,
  docxNumberedParagraph,
  docxStyles,
  docxText,
  packDocx,
} from './docx-kit.js';
export { EXPORT_FILE_FORMATS, EXPORT_LAYOUTS, exportSelection, isBinaryFormat } from './export-file.js';
export type { ExportFile, ExportFileFormat, ExportFileOptions, ExportLayout } from './export-file.js';
