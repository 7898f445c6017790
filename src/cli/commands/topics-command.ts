import type { Command } from 'commander';
import { Option } from 'commander';
import type { Language } from '../../domain/index.js';
import { isLanguage } from '../../domain/index.js';
import { SomkbError } from '../../errors/index.js';
import { BYTE_ORDER_MARK } from '../../export/index.js';
import type { ConceptEntry } from '../../knowledge/index.js';
import { renderSkosTurtle, renderThesaurusCsv } from '../../thesaurus/index.js';
import type { CliDeps } from '../cli-deps.js';
import { addCatalogLanguageOption, dbOption } from '../cli-options.js';
import { formatParagraphs } from '../paragraph-ranges.js';
import { printJsonOrText } from '../print-output.js';
import { readKnowledge } from '../read-knowledge.js';

/**
 * Renders the thesaurus for a terminal, a concept a line: its id, its labels in Chinese and in
 * `language` (English by default), the themes that list it and the paragraphs that treat it.
 */
export function formatTopics(concepts: readonly ConceptEntry[], language: Language): string {
  const lines = concepts.map(({ concept, paragraphs, themes }) => {
    const other = language === 'zh' ? undefined : concept.prefLabel[language];
    const name = [concept.prefLabel.zh, other ?? (language === 'zh' ? undefined : '—')]
      .filter((label) => label !== undefined)
      .join(' / ');
    const where = themes.length > 0 ? `  [${themes.join(', ')}]` : '';
    return `${concept.id.padEnd(44)} ${name}${where} — ${formatParagraphs(paragraphs)}`;
  });
  const topics = concepts.filter((entry) => entry.concept.kind === 'topic').length;
  return `${lines.join('\n')}\n${concepts.length} concepts (${topics} key topics)\n`;
}

/** The JSON form of thesaurus concepts with their paragraphs (`somkb topics --json`). */
export function topicsJson(concepts: readonly ConceptEntry[]): object[] {
  return concepts.map(({ concept, paragraphs, themes }) => ({
    id: concept.id,
    kind: concept.kind,
    labels: concept.prefLabel,
    altLabels: concept.altLabel,
    hiddenLabels: concept.hiddenLabel,
    broader: concept.broader,
    related: concept.related,
    themes,
    paragraphs,
  }));
}

/** The options of `somkb topics`. */
interface TopicsOptions {
  readonly format: string;
  readonly json?: true;
  readonly keyTopics?: true;
  readonly label: string;
  readonly bom?: true;
  readonly catalogLang: string;
  readonly db: string;
}

/**
 * Registers `somkb topics`: the thesaurus with the paragraphs of the published catalog that treat
 * each concept, as text or JSON; or the thesaurus alone as SKOS (Turtle) or CSV.
 */
export function registerTopicsCommand(program: Command, deps: CliDeps): void {
  const command = program
    .command('topics')
    .description('the thesaurus: key topics and added terms, their labels and the paragraphs that treat them')
    .addOption(
      new Option('--format <format>', 'text, json, skos (SKOS in Turtle) or csv')
        .choices(['text', 'json', 'skos', 'csv'])
        .default('text'),
    )
    .option('--json', 'the same as --format json')
    .option('--key-topics', 'only the key topics of the summary, not the added terms')
    .option('--label <code>', 'the language of the second label shown (ar, en, es, fr, ru)', 'en')
    .option(
      '--bom',
      'with --format csv, start with a UTF-8 byte order mark, for Excel (default: plain UTF-8)',
    );
  addCatalogLanguageOption(deps, command)
    .addOption(dbOption(deps))
    .action(async (options: TopicsOptions) => {
      const label = options.label;
      if (!isLanguage(label)) {
        throw new SomkbError('USAGE', `'${label}' is not a UN language code (ar, zh, en, fr, ru, es)`, {
          where: '--label',
        });
      }
      if (options.bom === true && options.format !== 'csv') {
        throw new SomkbError('USAGE', `only the CSV format takes a byte order mark, not ${options.format}`, {
          where: '--bom',
        });
      }
      const { thesaurus } = deps.knowledge();
      if (options.format === 'skos') {
        deps.stdout(renderSkosTurtle(thesaurus));
        return;
      }
      if (options.format === 'csv') {
        deps.stdout(`${options.bom === true ? BYTE_ORDER_MARK : ''}${renderThesaurusCsv(thesaurus)}`);
        return;
      }
      const knowledge = await readKnowledge(deps, options.db, options.catalogLang);
      const concepts = knowledge.concepts.filter(
        (entry) => options.keyTopics !== true || entry.concept.kind === 'topic',
      );
      const json = options.json === true || options.format === 'json';
      printJsonOrText(deps.stdout, json, topicsJson(concepts), () => formatTopics(concepts, label));
    });
}
