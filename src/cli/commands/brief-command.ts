import type { Command } from 'commander';
import { Option } from 'commander';
import type { BriefingFormat } from '../../brief/index.js';
import { BRIEFING_FORMATS } from '../../brief/index.js';
import type { HeadingsLanguage } from '../../messages/index.js';
import { HEADINGS_LANGUAGES } from '../../messages/index.js';
import type { CliDeps } from '../cli-deps.js';
import { DEFAULT_CATALOG_LANGUAGE, dbOption, parseChoice } from '../cli-options.js';
import { deliverFile } from '../deliver-file.js';
import { withCatalog } from '../open-catalog.js';
import { renameOption } from '../renamed-option.js';
import type { SelectionOptions } from '../selection-options.js';
import { addSelectionOptions, catalogFilesOver, selectionRequestOf } from '../selection-options.js';

/** The options of `somkb brief`. */
interface BriefOptions extends SelectionOptions {
  readonly title?: string;
  readonly format: BriefingFormat;
  readonly headingsLang?: HeadingsLanguage;
  readonly date?: string;
  readonly out: string;
  readonly catalogLang?: string;
  readonly parallelLang?: string;
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
 * the content is the `--catalog-lang` version of the summary (Chinese by default), and with
 * `--parallel-lang` each paragraph stands beside its text in a second language version (a bilingual
 * pack); the headings are in `--headings-lang` (`--lang` is its old name), by default the
 * `--catalog-lang` when it is given, else English.
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
      new Option(
        '--headings-lang <code>',
        `language of the headings: ${HEADINGS_LANGUAGES.join(', ')} (default: the --catalog-lang when given, else en)`,
      ).argParser(parseChoice('--headings-lang', HEADINGS_LANGUAGES)),
    );
  renameOption(deps, command, {
    old: new Option('--lang <code>').argParser(parseChoice('--lang', HEADINGS_LANGUAGES)),
    now: '--headings-lang',
  })
    .option('--date <yyyy-mm-dd>', 'the date on the cover (default: today)')
    .requiredOption('--out <file>', 'the file to write');
  command
    .addOption(
      new Option(
        '--catalog-lang <code>',
        `the language version of the summary the pack is made from (default: ${DEFAULT_CATALOG_LANGUAGE}); it must be published`,
      ),
    )
    .addOption(
      new Option(
        '--parallel-lang <code>',
        'a bilingual pack: each paragraph and item also in this published language version, beside the --catalog-lang text (two columns in Word, side by side in HTML, one after the other in Markdown)',
      ),
    )
    .addOption(dbOption(deps))
    .action(async (options: BriefOptions) => {
      await withCatalog(deps, options.db, 'read', async (service) => {
        const file = await catalogFilesOver(service, deps.knowledge()).briefingFile({
          selection: selectionRequestOf(options, deps.stderr),
          format: options.format,
          date: options.date ?? today(),
          ...(options.headingsLang === undefined ? {} : { headingsLanguage: options.headingsLang }),
          ...(options.catalogLang === undefined ? {} : { catalogLanguage: options.catalogLang }),
          ...(options.parallelLang === undefined ? {} : { parallelLanguage: options.parallelLang }),
          languageParameters: { catalog: '--catalog-lang', parallel: '--parallel-lang' },
          ...(options.title === undefined ? {} : { title: options.title }),
        });
        await deliverFile(deps, file, options.out, `${options.format} briefing pack, ${file.countsText}`);
      });
    });
}
