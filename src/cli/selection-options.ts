import type { Command } from 'commander';
import { Option } from 'commander';
import { SomkbError } from '../errors/index.js';
import type { CatalogSelection } from '../export/index.js';
import type { KnowledgeBase } from '../knowledge/index.js';
import type { CatalogService } from '../services/index.js';
import { QUERY_PARAGRAPH_CAP, createSearchService, queryParagraphs } from '../services/index.js';
import { collect } from './cli-options.js';

/** The selection options shared by `somkb export` and `somkb brief`, as commander gives them. */
export interface SelectionOptions {
  readonly theme?: readonly string[];
  readonly topic?: readonly string[];
  readonly paper?: readonly string[];
  readonly query?: string;
}

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
    .option('--query <query>', `only the paragraphs this search finds (at most ${QUERY_PARAGRAPH_CAP})`);
}

/** True when any selection option was given. */
export function selects(options: SelectionOptions): boolean {
  return (
    options.theme !== undefined ||
    options.topic !== undefined ||
    options.paper !== undefined ||
    options.query !== undefined
  );
}

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
  if (found.total > QUERY_PARAGRAPH_CAP) {
    stderr(`note: ${query} finds ${found.total} paragraphs; using the first ${QUERY_PARAGRAPH_CAP}\n`);
  }
  return found.paragraphs;
}

/**
 * The catalog selection the options name; a query is run against the published catalog in
 * `catalogLanguage`, and one that finds nothing is `NOT_FOUND`.
 */
export async function resolveSelection(
  service: CatalogService,
  knowledge: KnowledgeBase,
  options: SelectionOptions,
  catalogLanguage: string,
  stderr: (text: string) => void,
): Promise<CatalogSelection> {
  const paragraphs =
    options.query === undefined
      ? undefined
      : await selectQueryParagraphs(service, knowledge, options.query, catalogLanguage, stderr);
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
