import { writeFile } from 'node:fs/promises';
import type { Command } from 'commander';
import { InvalidArgumentError, Option } from 'commander';
import type { BriefingFormat, BriefingLanguage } from '../brief/index.js';
import { BRIEFING_FORMATS, BRIEFING_LANGUAGES, buildBriefing, renderBriefing } from '../brief/index.js';
import { SomkbError } from '../errors/index.js';
import type { CatalogSelection, ExportFile, ExportFileFormat } from '../export/index.js';
import { EXPORT_FILE_FORMATS, exportSelection, isBinaryFormat } from '../export/index.js';
import type { KnowledgeBase } from '../knowledge/index.js';
import { describeCatalog } from '../knowledge/index.js';
import type { CatalogService } from '../services/index.js';
import { QUERY_PARAGRAPH_CAP, createSearchService, queryParagraphs } from '../services/index.js';
import type { CliDeps } from './create-program.js';

/** The most paragraphs a query adds to a selection. */
const QUERY_CAP = QUERY_PARAGRAPH_CAP;

/** The selection options shared by `somkb export` and `somkb brief`, as commander gives them. */
export interface SelectionOptions {
  readonly theme?: readonly string[];
  readonly topic?: readonly string[];
  readonly paper?: readonly string[];
  readonly query?: string;
}

/** Commander's collector for a repeatable option. */
const collect = (value: string, previous: readonly string[] | undefined): string[] => [
  ...(previous ?? []),
  value,
];

/** Adds `--theme`, `--topic`, `--paper` (each repeatable) and `--query` to a command. */
export function addSelectionOptions(command: Command): Command {
  return command
    .addOption(
      new Option('--theme <id>', 'only this theme (theme-1 … theme-9); repeatable').argParser(collect),
    )
    .addOption(
      new Option(
        '--topic <concept-id>',
        'only the paragraphs of this thesaurus concept; repeatable',
      ).argParser(collect),
    )
    .addOption(
      new Option(
        '--paper <symbol>',
        'only this background paper (CTOC/COP/WG.7/2015/4); repeatable',
      ).argParser(collect),
    )
    .option('--query <query>', `only the paragraphs this search finds (at most ${QUERY_CAP})`);
}

/** True when any selection option was given. */
const selects = (options: SelectionOptions): boolean =>
  options.theme !== undefined ||
  options.topic !== undefined ||
  options.paper !== undefined ||
  options.query !== undefined;

/**
 * The paragraphs a query finds in the published catalog (see {@link queryParagraphs}), with notes on
 * stderr when only some terms matched or the cap cut the results.
 */
async function selectQueryParagraphs(
  service: CatalogService,
  knowledge: KnowledgeBase,
  query: string,
  catalogLanguage: string,
  stderr: (text: string) => void,
): Promise<readonly number[]> {
  const searches = createSearchService(service, knowledge);
  const found = await queryParagraphs((request) => searches.search(request), query, catalogLanguage);
  if (found.relaxed && found.total > 0) {
    stderr(`note: no paragraph has every term of ${query}; using the ${found.total} that have some\n`);
  }
  if (found.total > QUERY_CAP) {
    stderr(`note: ${query} finds ${found.total} paragraphs; using the first ${QUERY_CAP}\n`);
  }
  return found.paragraphs;
}

/** The catalog selection the options name; a query is run against the published catalog. */
async function resolveSelection(
  deps: CliDeps,
  service: CatalogService,
  options: SelectionOptions,
  catalogLanguage: string,
): Promise<CatalogSelection> {
  const paragraphs =
    options.query === undefined
      ? undefined
      : await selectQueryParagraphs(service, deps.knowledge(), options.query, catalogLanguage, deps.stderr);
  if (options.query !== undefined && paragraphs?.length === 0) {
    throw new SomkbError('NOT_FOUND', `no paragraph matches the query '${options.query}'`, {
      where: '--query',
    });
  }
  return {
    ...(options.theme === undefined ? {} : { themes: options.theme }),
    ...(options.topic === undefined ? {} : { topics: options.topic }),
    ...(options.paper === undefined ? {} : { papers: options.paper }),
    ...(paragraphs === undefined ? {} : { paragraphs }),
  };
}

/** Writes an exported file to `out`, or its text to stdout; refuses bytes without a file. */
async function deliver(
  deps: CliDeps,
  file: ExportFile,
  out: string | undefined,
  what: string,
): Promise<void> {
  if (out === undefined) {
    if (typeof file.body !== 'string') {
      throw new SomkbError('USAGE', `${what} is a binary file: give --out <file>.${file.extension}`, {
        where: '--out',
      });
    }
    deps.stdout(file.body);
    return;
  }
  try {
    await writeFile(out, file.body);
  } catch (error) {
    const missing = (error as NodeJS.ErrnoException).code === 'ENOENT';
    throw new SomkbError(
      missing ? 'NOT_FOUND' : 'USAGE',
      `cannot write the file (${(error as Error).message})`,
      {
        where: out,
        cause: error,
      },
    );
  }
  const size = typeof file.body === 'string' ? Buffer.byteLength(file.body) : file.body.byteLength;
  deps.stderr(`wrote ${out} (${what}, ${size} bytes)\n`);
}

/** The options of `somkb export`. */
export interface ExportOptions extends SelectionOptions {
  readonly format: ExportFileFormat;
  readonly lang: string;
  readonly db: string;
  readonly out?: string;
}

/** Parses `--format` of `somkb export`. */
export function parseExportFormat(value: string): ExportFileFormat {
  const format = EXPORT_FILE_FORMATS.find((candidate) => candidate === value);
  if (format === undefined) {
    throw new InvalidArgumentError(`the formats are ${EXPORT_FILE_FORMATS.join(', ')} (got '${value}')`);
  }
  return format;
}

/**
 * Runs `somkb export`: the published catalog, or the selection the options name, in the chosen
 * format, to stdout or to `--out`. `docx` needs `--out`; `text` refuses a selection.
 */
export async function runExport(deps: CliDeps, options: ExportOptions): Promise<void> {
  if (options.format === 'text' && selects(options)) {
    throw new SomkbError(
      'USAGE',
      'the text format is the whole summary as ingest reads it back, so it takes no --theme, --topic, --paper or --query; choose json, csv, md or docx',
      { where: '--format text' },
    );
  }
  if (isBinaryFormat(options.format) && options.out === undefined) {
    throw new SomkbError('USAGE', `--format ${options.format} writes a binary file: give --out <file>.docx`, {
      where: '--out',
    });
  }
  const opened = await deps.openCatalog(options.db);
  try {
    const catalog = await opened.service.catalog(options.lang);
    const selection = await resolveSelection(deps, opened.service, options, options.lang);
    const knowledge = describeCatalog(catalog, deps.knowledge());
    const file = await exportSelection(catalog, knowledge, selection, options.format);
    await deliver(deps, file, options.out, options.format);
  } finally {
    await opened.close();
  }
}

/** Today's date in the local time zone, as an ISO date. */
function today(): string {
  const now = new Date();
  const pad = (value: number): string => String(value).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

const parseChoice =
  <T extends string>(name: string, choices: readonly T[]) =>
  (value: string): T => {
    const choice = choices.find((candidate) => candidate === value);
    if (choice === undefined) {
      throw new InvalidArgumentError(`${name} is one of ${choices.join(', ')} (got '${value}')`);
    }
    return choice;
  };

/**
 * Registers `somkb brief`: a briefing pack (cover, table of contents, the selected paragraphs by
 * theme and paper with their citations and official documents, key topics, cited provisions) as
 * Word, HTML for print or Markdown, written to `--out`. The date is today's unless `--date` is given.
 */
export function registerBriefCommand(program: Command, deps: CliDeps, dbOption: () => Option): void {
  addSelectionOptions(
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
      new Option('--lang <code>', `language of the headings: ${BRIEFING_LANGUAGES.join(', ')}`)
        .default('en')
        .argParser(parseChoice('--lang', BRIEFING_LANGUAGES)),
    )
    .option('--date <yyyy-mm-dd>', 'the date on the cover (default: today)')
    .requiredOption('--out <file>', 'the file to write')
    .option('--catalog-lang <code>', 'language of the catalog', 'zh')
    .addOption(dbOption())
    .action(
      async (
        options: SelectionOptions & {
          title?: string;
          format: BriefingFormat;
          lang: BriefingLanguage;
          date?: string;
          out: string;
          catalogLang: string;
          db: string;
        },
      ) => {
        const opened = await deps.openCatalog(options.db);
        try {
          const catalog = await opened.service.catalog(options.catalogLang);
          const selection = await resolveSelection(deps, opened.service, options, options.catalogLang);
          const briefing = buildBriefing(catalog, describeCatalog(catalog, deps.knowledge()), {
            selection,
            date: options.date ?? today(),
            language: options.lang,
            ...(options.query === undefined ? {} : { query: options.query }),
            ...(options.title === undefined ? {} : { title: options.title }),
          });
          const file = await renderBriefing(briefing, options.format);
          await deliver(
            deps,
            file,
            options.out,
            `${options.format} briefing pack, ${briefing.cover.countsText}`,
          );
        } finally {
          await opened.close();
        }
      },
    );
}
