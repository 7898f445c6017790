import type { Command } from 'commander';
import { InvalidArgumentError, Option } from 'commander';
import { SomkbError } from '../../errors/index.js';
import type { ExportFileFormat, ExportLayout } from '../../export/index.js';
import { EXPORT_FILE_FORMATS, EXPORT_LAYOUTS, isBinaryFormat } from '../../export/index.js';
import type { CliDeps } from '../cli-deps.js';
import { addCatalogLanguageOption, dbOption } from '../cli-options.js';
import { deliverFile } from '../deliver-file.js';
import { withCatalog } from '../open-catalog.js';
import type { SelectionOptions } from '../selection-options.js';
import { addSelectionOptions, catalogFilesOver, selectionRequestOf, selects } from '../selection-options.js';

/** The options of `somkb export`. */
interface ExportOptions extends SelectionOptions {
  readonly format: ExportFileFormat;
  readonly catalogLang: string;
  readonly db: string;
  readonly out?: string;
  readonly bom?: true;
  readonly layout: ExportLayout;
}

/** Parses `--format` of `somkb export`. */
function parseExportFormat(value: string): ExportFileFormat {
  const format = EXPORT_FILE_FORMATS.find((candidate) => candidate === value);
  if (format === undefined) {
    throw new InvalidArgumentError(`the formats are ${EXPORT_FILE_FORMATS.join(', ')} (got '${value}')`);
  }
  return format;
}

/** Parses `--layout` of `somkb export`. */
function parseExportLayout(value: string): ExportLayout {
  const layout = EXPORT_LAYOUTS.find((candidate) => candidate === value);
  if (layout === undefined) {
    throw new InvalidArgumentError(`the layouts are ${EXPORT_LAYOUTS.join(', ')} (got '${value}')`);
  }
  return layout;
}

/**
 * Runs `somkb export`: the published catalog, or the selection the options name, in the chosen
 * format, to stdout or to `--out`. `docx` needs `--out`; `text` refuses a selection.
 */
async function runExport(deps: CliDeps, options: ExportOptions): Promise<void> {
  if (options.format === 'text' && selects(options)) {
    throw new SomkbError(
      'USAGE',
      'the text format is the whole summary as ingest reads it back, so it takes no --theme, --topic, --paper or --query; choose json, csv, md or docx',
      { where: '--format text' },
    );
  }
  if (options.bom === true && options.format !== 'csv') {
    throw new SomkbError('USAGE', `only a CSV file takes a byte order mark, not ${options.format}`, {
      where: '--bom',
    });
  }
  if (options.layout === 'un' && (options.format !== 'docx' || selects(options))) {
    throw new SomkbError(
      'USAGE',
      'the UN layout is the whole summary as a Word file that ingest reads back: use it with --format docx and no --theme, --topic, --paper or --query',
      { where: '--layout un' },
    );
  }
  if (isBinaryFormat(options.format) && options.out === undefined) {
    throw new SomkbError('USAGE', `--format ${options.format} writes a binary file: give --out <file>.docx`, {
      where: '--out',
    });
  }
  const catalogLanguage = options.catalogLang;
  await withCatalog(deps, options.db, 'read', async (service) => {
    const file = await catalogFilesOver(service, deps.knowledge()).exportFile({
      selection: selectionRequestOf(options, deps.stderr),
      format: options.format,
      catalogLanguage,
      languageParameter: '--catalog-lang',
      byteOrderMark: options.bom === true,
      layout: options.layout,
    });
    await deliverFile(deps, file, options.out, options.format);
  });
}

/** Registers `somkb export`: the published catalog or a selection of it, as JSON, CSV, Markdown, Word or text. */
export function registerExportCommand(program: Command, deps: CliDeps): void {
  const command = addSelectionOptions(
    program
      .command('export')
      .description('print or write the published catalog, or a theme, topic, paper or search of it')
      .addOption(
        new Option('--format <format>', `output format: ${EXPORT_FILE_FORMATS.join(', ')}`)
          .default('json')
          .argParser(parseExportFormat),
      ),
  )
    .option('--out <file>', 'write to this file instead of stdout (required for docx)')
    .option('--bom', 'start a CSV file with a UTF-8 byte order mark, for Excel (default: plain UTF-8)')
    .addOption(
      new Option(
        '--layout <layout>',
        "a Word file's layout: somkb (headings, papers, links, provisions) or un (the summary as the Secretariat prints it, which ingest reads back)",
      )
        .default('somkb')
        .argParser(parseExportLayout),
    );
  addCatalogLanguageOption(
    deps,
    command,
    'the language version of the summary to export (default: zh); it must be published',
  )
    .addOption(dbOption(deps))
    .action(async (options: ExportOptions) => {
      await runExport(deps, options);
    });
}
