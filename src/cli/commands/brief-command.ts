import type { Command } from 'commander';
import { Option } from 'commander';
import type { BriefingFormat } from '../../brief/index.js';
import { BRIEFING_FORMATS } from '../../brief/index.js';
import type { HeadingsLanguage } from '../../messages/index.js';
import { HEADINGS_LANGUAGES } from '../../messages/index.js';
import type { CliDeps } from '../cli-deps.js';
import { catalogLanguageOption, dbOption, parseChoice } from '../cli-options.js';
import { deliverFile } from '../deliver-file.js';
import { withCatalog } from '../open-catalog.js';
import { renameOption } from '../renamed-option.js';
import type { SelectionOptions } from '../selection-options.js';
import { addSelectionOptions, catalogFilesOver, selectionRequestOf } from '../selection-options.js';

/** The options of `somkb brief`. */
interface BriefOptions extends SelectionOptions {
  readonly title?: string;
  readonly format: BriefingFormat;
  readonly headingsLang: HeadingsLanguage;
  readonly date?: string;
  readonly out: string;
  readonly catalogLang: string;
  readonly db: string;
}

/** Today's date in the local time zone, as an ISO date. */
function today(): string {
  const now = new Date();
  const pad = (value: number): string => String(value).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/**
 * Registers `somkb brief`: a briefing pack (cover, table of contents, the selected paragraphs by
 * theme and paper with their citations and official documents, key topics, cited provisions) as
 * Word, HTML for print or Markdown, written to `--out`. The date is today's unless `--date` is given;
 * the headings are in `--headings-lang` (English by default; `--lang` is its old name).
 */
export function registerBriefCommand(program: Command, deps: CliDeps): void {
  const command = addSelectionOptions(
    program
      .command('brief')
      .description(
        'write a briefing pack (cover, contents, paragraphs by theme and paper with citations, key topics, cited provisions) on themes, topics, papers or a query',
      ),
  )
    .option('--title <title>', 'the title on the cover (default: Briefing pack)')
    .addOption(
      new Option('--format <format>', `output format: ${BRIEFING_FORMATS.join(', ')}`)
        .default('docx')
        .argParser(parseChoice('--format', BRIEFING_FORMATS)),
    )
    .addOption(
      new Option('--headings-lang <code>', `language of the headings: ${HEADINGS_LANGUAGES.join(', ')}`)
        .default('en')
        .argParser(parseChoice('--headings-lang', HEADINGS_LANGUAGES)),
    );
  renameOption(deps, command, {
    old: new Option('--lang <code>').argParser(parseChoice('--lang', HEADINGS_LANGUAGES)),
    now: '--headings-lang',
  })
    .option('--date <yyyy-mm-dd>', 'the date on the cover (default: today)')
    .requiredOption('--out <file>', 'the file to write');
  command
    .addOption(catalogLanguageOption())
    .addOption(dbOption(deps))
    .action(async (options: BriefOptions) => {
      const catalogLanguage = options.catalogLang;
      await withCatalog(deps, options.db, 'read', async (service) => {
        const file = await catalogFilesOver(service, deps.knowledge()).briefingFile({
          selection: selectionRequestOf(options, deps.stderr),
          format: options.format,
          headingsLanguage: options.headingsLang,
          date: options.date ?? today(),
          catalogLanguage,
          ...(options.title === undefined ? {} : { title: options.title }),
        });
        await deliverFile(deps, file, options.out, `${options.format} briefing pack, ${file.countsText}`);
      });
    });
}
