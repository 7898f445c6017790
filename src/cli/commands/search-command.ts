import type { Command } from 'commander';
import { Option } from 'commander';
import type { SearchResult } from '../../search/index.js';
import { toSearchJson } from '../../search/index.js';
import { createSearchService } from '../../services/index.js';
import type { CliDeps } from '../cli-deps.js';
import { addCatalogLanguageOption, dbOption, parseWhole } from '../cli-options.js';
import { withCatalog } from '../open-catalog.js';
import { jsonText } from '../print-output.js';

const ENTITIES: Readonly<Record<string, string>> = {
  '&amp;': '&',
  '&lt;': '<',
  '&gt;': '>',
  '&quot;': '"',
  '&#39;': "'",
};

/** Turns a snippet's `<mark>` into colour on a terminal, or into [brackets] elsewhere. */
function terminalSnippet(snippet: string, colour: boolean): string {
  return snippet
    .replace(/<mark>(.*?)<\/mark>/g, (_, text: string) =>
      colour ? `\u001b[1;33m${text}\u001b[0m` : `[${text}]`,
    )
    .replace(/&(?:amp|lt|gt|quot|#39);/g, (entity) => ENTITIES[entity] ?? entity);
}

/** Renders search results for a terminal: each hit with its paper symbol, paragraph number and snippet. */
export function formatSearch(query: string, result: SearchResult, colour: boolean): string {
  const lines: string[] = [];
  // Grouped by paper, pages go through papers.
  const pages = Math.max(1, Math.ceil((result.groupCount ?? result.total + result.related) / result.limit));
  const page = Math.floor(result.offset / result.limit) + 1;
  lines.push(
    result.total === 0
      ? `no results for ${query}`
      : `${result.total} result${result.total === 1 ? '' : 's'} for ${query}${result.groupCount === undefined ? '' : ` in ${result.groupCount} paper${result.groupCount === 1 ? '' : 's'}`} (page ${page} of ${pages})${result.relaxed ? ': no paragraph has every term; showing those with some' : ''}`,
  );
  if (result.related > 0) {
    lines.push(
      `  note: ${result.related} more paragraphs treat only related concepts: listed after, not counted`,
    );
  }
  for (const warning of result.warnings) lines.push(`  note: ${warning}`);
  if (result.concepts.length > 0) {
    const named = result.concepts.map((concept) => `${concept.matched} → ${concept.name}`);
    lines.push(`  concepts: ${named.join('; ')}`);
  }
  if (result.groups !== undefined && result.groupCount !== undefined) {
    result.groups.forEach((group, i) => {
      const shown = group.total !== undefined && group.total > group.hits.length;
      lines.push(
        '',
        `${String(result.offset + i + 1).padStart(3)}. ${group.paper ?? 'introduction'}${shown ? ` (${group.hits.length} of ${group.total ?? 0} results)` : ''}`,
      );
      for (const hit of group.hits) {
        lines.push(
          `     para. ${hit.paragraph}  (score ${hit.score})`,
          `       ${terminalSnippet(hit.snippet, colour)}`,
        );
      }
    });
    return `${lines.join('\n')}\n`;
  }
  result.hits.forEach((hit, i) => {
    const where = [hit.paper ?? hit.document, `para. ${hit.paragraph}`, hit.theme]
      .filter((part) => part !== null)
      .join(' · ');
    lines.push(
      '',
      `${String(result.offset + i + 1).padStart(3)}. ${where}  (score ${hit.score}${hit.related ? ', related concepts only' : hit.matched === 'some' ? ', some terms' : ''})`,
    );
    lines.push(`     ${terminalSnippet(hit.snippet, colour)}`);
  });
  return `${lines.join('\n')}\n`;
}

/** The options of `somkb search`. */
interface SearchOptions {
  readonly limit: number;
  readonly page: number;
  readonly catalogLang: string;
  readonly group?: true;
  readonly json?: true;
  readonly db: string;
}

/**
 * Registers `somkb search <query>`: a page of hits in the published catalog, for a terminal or as
 * the JSON of DESIGN.md (`--json`). `--lang`, the old name of `--catalog-lang`, keeps working.
 */
export function registerSearchCommand(program: Command, deps: CliDeps): void {
  const command = program
    .command('search')
    .description(
      'search the published catalog (words, "exact phrase", -exclude, theme: topic: paper: year: meeting:)',
    )
    .argument('<query>', 'what to look for, in the query language')
    .addOption(
      new Option('--limit <n>', 'hits per page, 1–100').default(10).argParser(parseWhole('--limit', 1, 100)),
    )
    .addOption(
      new Option('--page <n>', 'page of results').default(1).argParser(parseWhole('--page', 1, 1000)),
    );
  addCatalogLanguageOption(
    deps,
    command,
    'language to show the hits in (every published language version is searched): its version of each paragraph, else Chinese',
  )
    .option(
      '--group',
      'page through papers: --limit and --page count papers, each with its best 3 paragraphs',
    )
    .option('--json', 'print the results as JSON')
    .addOption(dbOption(deps))
    .action(async (query: string, options: SearchOptions, self: Command) => {
      // Given, the language wins over the query's lang:; by default the query's lang:, else Chinese.
      const given = self.getOptionValueSource('catalogLang') === 'cli' ? options.catalogLang : undefined;
      await withCatalog(deps, options.db, 'read', async (service) => {
        const searches = createSearchService(service, deps.knowledge(), deps.searchIndex?.(options.db));
        const result = await searches.search({
          query,
          limit: options.limit,
          offset: (options.page - 1) * options.limit,
          ...(given === undefined ? {} : { catalogLanguage: given }),
          ...(options.group === true ? { groupByPaper: true } : {}),
        });
        const asked = given ?? result.query.filters.catalogLanguage;
        if (asked !== undefined && asked !== result.language) {
          deps.stderr(
            `note: no catalog in '${asked}' is published; the hits are shown in '${result.language}'\n`,
          );
        }
        deps.stdout(
          options.json === true
            ? jsonText(toSearchJson(result))
            : formatSearch(query, result, deps.stdoutIsTerminal),
        );
      });
    });
}
