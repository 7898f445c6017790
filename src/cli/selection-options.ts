import type { Command } from 'commander';
import { Option } from 'commander';
import type { KnowledgeBase } from '../knowledge/index.js';
import type { CatalogFiles, CatalogService, SelectionRequest } from '../services/index.js';
import {
  QUERY_PARAGRAPH_CAP,
  createKnowledgeService,
  createPublishedCatalogFiles,
  createSearchService,
} from '../services/index.js';
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
 * The selection the options name, for the file use cases (which run the query and name `--query`
 * when it finds nothing), with notes on stderr when only some terms matched or the cap cut the
 * results.
 */
export function selectionRequestOf(
  options: SelectionOptions,
  stderr: (text: string) => void,
): SelectionRequest {
  const query = options.query ?? '';
  return {
    ...(options.theme === undefined ? {} : { themeIds: options.theme }),
    ...(options.topic === undefined ? {} : { topicIds: options.topic }),
    ...(options.paper === undefined ? {} : { papers: options.paper }),
    ...(options.query === undefined ? {} : { query: options.query }),
    queryParameter: '--query',
    onQueryFound: (found) => {
      if (found.relaxed && found.total > 0) {
        stderr(`note: no paragraph has every term of ${query}; using the ${found.total} that have some\n`);
      }
      if (found.total > QUERY_PARAGRAPH_CAP) {
        stderr(`note: ${query} finds ${found.total} paragraphs; using the first ${QUERY_PARAGRAPH_CAP}\n`);
      }
    },
  };
}

/** The file use cases over the opened store, for one command: nothing is kept (one file is made). */
export function catalogFilesOver(service: CatalogService, knowledge: KnowledgeBase): CatalogFiles {
  const searches = createSearchService(service, knowledge);
  return createPublishedCatalogFiles(
    service,
    createKnowledgeService(service, knowledge),
    (request) => searches.search(request),
    { cacheBytes: 0 },
  );
}
