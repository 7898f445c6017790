import type { Catalog } from '../domain/index.js';
import { SomkbError } from '../errors/index.js';
import type { CatalogKnowledge } from '../knowledge/index.js';
import { DOCX_MEDIA_TYPE } from './docx-kit.js';
import { BYTE_ORDER_MARK, renderCsv } from './render-csv.js';
import { renderDocx } from './render-docx.js';
import { renderJson } from './render-json.js';
import { renderMarkdown } from './render-markdown.js';
import { renderText } from './render-text.js';
import { renderUnLayoutDocx } from './render-un-docx.js';
import type { CatalogSelection } from './select-catalog.js';
import { isWholeCatalog, selectCatalog, selectKnowledge } from './select-catalog.js';

/** The formats a catalog or a selection can be exported in: the text formats and Word (`docx`). */
export type ExportFileFormat = 'json' | 'csv' | 'md' | 'docx' | 'text';

/** Every {@link ExportFileFormat}, in the order the CLI and the portal list them. */
export const EXPORT_FILE_FORMATS: readonly ExportFileFormat[] = ['json', 'csv', 'md', 'docx', 'text'];

/** An exported file: its content (text, or bytes for binary formats), media type and file extension. */
export interface ExportFile {
  /** A string for the text formats (UTF-8 when written), bytes for `docx`. */
  readonly body: string | Uint8Array;
  /** The media type, with `charset=utf-8` for text (`text/csv; charset=utf-8`). */
  readonly mediaType: string;
  /** The usual file extension, without the dot (`md`, `docx`). */
  readonly extension: string;
}

const TEXT_MEDIA_TYPES: Readonly<Record<Exclude<ExportFileFormat, 'docx'>, string>> = {
  json: 'application/json; charset=utf-8',
  csv: 'text/csv; charset=utf-8',
  md: 'text/markdown; charset=utf-8',
  text: 'text/plain; charset=utf-8',
};

/**
 * The layout of a Word file: `somkb`'s own (title, headings, papers with their links, an annex of
 * provisions) or `un`, the summary as the Secretariat prints it, which ingest reads back.
 */
export type ExportLayout = 'somkb' | 'un';

/** Every {@link ExportLayout}. */
export const EXPORT_LAYOUTS: readonly ExportLayout[] = ['somkb', 'un'];

/** How a file is written, beyond its format. */
export interface ExportFileOptions {
  /**
   * Starts a CSV file with a UTF-8 byte order mark, so that Excel reads its Chinese (and every
   * other non-Latin script) as UTF-8; default false, the plain UTF-8 that scripts read. Only CSV
   * takes it: with another format it is refused (`USAGE`, where `bom`).
   */
  readonly byteOrderMark?: boolean;
  /**
   * The layout of a Word file; default `somkb`. `un` (see `renderUnLayoutDocx`) is the whole summary
   * as ingest reads it back, so it refuses a selection and any format but `docx` (`USAGE`, where
   * `layout`).
   */
  readonly layout?: ExportLayout;
}

/** Whether a format's content is bytes (to be kept off a terminal) rather than text. */
export function isBinaryFormat(format: ExportFileFormat): boolean {
  return format === 'docx';
}

/**
 * Exports the whole catalog or a selection of it (see `selectCatalog`) in one format: JSON (with
 * the knowledge cut to the selection), the papers as CSV, Markdown, Word, or the clean Chinese text.
 * The clean text is the whole summary that ingest reads back, so it refuses a selection with
 * `USAGE`, as it does for a language version other than Chinese (its layout is the Chinese one); an unknown or empty selection throws `NOT_FOUND`. A CSV file starts with a byte order
 * mark when `options.byteOrderMark` asks for one (see {@link ExportFileOptions}). This is what
 * `somkb export`, the API and the portal's export button call.
 */
export async function exportSelection(
  catalog: Catalog,
  knowledge: CatalogKnowledge,
  selection: CatalogSelection,
  format: ExportFileFormat,
  options: ExportFileOptions = {},
): Promise<ExportFile> {
  const byteOrderMark = options.byteOrderMark === true;
  if (byteOrderMark && format !== 'csv') {
    throw new SomkbError('USAGE', `only a CSV file takes a byte order mark, not ${format}`, {
      where: 'bom',
    });
  }
  const whole = isWholeCatalog(selection);
  const layout = options.layout ?? 'somkb';
  if (layout === 'un' && (format !== 'docx' || !whole)) {
    throw new SomkbError(
      'USAGE',
      format !== 'docx'
        ? `the UN layout is a Word file: choose --format docx, not ${format}`
        : 'the UN layout is the whole summary as ingest reads it back, so it cannot hold a selection',
      { where: 'layout' },
    );
  }
  if (format === 'text' && !whole) {
    throw new SomkbError(
      'USAGE',
      'the text format is the whole summary as ingest reads it back, so it cannot hold a selection; choose json, csv, md or docx',
      { where: 'format' },
    );
  }
  if (format === 'text' && catalog.language !== 'zh') {
    throw new SomkbError(
      'USAGE',
      `the text format writes the Chinese summary's layout for ingest to read back; the '${catalog.language}' version exports as json, csv, md or docx`,
      { where: 'format' },
    );
  }
  const part = selectCatalog(catalog, knowledge, selection);
  const partKnowledge = whole ? knowledge : selectKnowledge(knowledge, part);
  switch (format) {
    case 'json':
      return { body: renderJson(part, partKnowledge), mediaType: TEXT_MEDIA_TYPES.json, extension: 'json' };
    case 'csv':
      return {
        body: `${byteOrderMark ? BYTE_ORDER_MARK : ''}${renderCsv(part)}`,
        mediaType: TEXT_MEDIA_TYPES.csv,
        extension: 'csv',
      };
    case 'md':
      return { body: renderMarkdown(part), mediaType: TEXT_MEDIA_TYPES.md, extension: 'md' };
    case 'text':
      return { body: renderText(part), mediaType: TEXT_MEDIA_TYPES.text, extension: 'txt' };
    case 'docx':
      return {
        body: layout === 'un' ? await renderUnLayoutDocx(part) : await renderDocx(part, partKnowledge),
        mediaType: DOCX_MEDIA_TYPE,
        extension: 'docx',
      };
  }
}
