import type { Command } from 'commander';
import type { CatalogKnowledge } from '../../knowledge/index.js';
import type { CliDeps } from '../cli-deps.js';
import { addCatalogLanguageOption, dbOption } from '../cli-options.js';
import { formatParagraphs } from '../paragraph-ranges.js';
import { printJsonOrText } from '../print-output.js';
import { readKnowledge } from '../read-knowledge.js';

/** Renders the mechanisms directory for a terminal: names, kind, region, year and paragraphs. */
export function formatMechanisms(knowledge: CatalogKnowledge): string {
  const lines = knowledge.mechanisms.map(({ mechanism, paragraphs }) => {
    const facts = [mechanism.kind, mechanism.region, mechanism.year === null ? null : String(mechanism.year)]
      .filter((fact) => fact !== null)
      .join(', ');
    const abbreviation = mechanism.abbreviation === null ? '' : ` (${mechanism.abbreviation})`;
    return `${mechanism.en}${abbreviation} · ${mechanism.printed[0] ?? ''} · ${facts} — ${formatParagraphs(paragraphs)}`;
  });
  return `${lines.join('\n')}\n${knowledge.mechanisms.length} mechanisms\n`;
}

/** The JSON form of the mechanisms directory with paragraphs (`somkb mechanisms --json`). */
export function mechanismsJson(knowledge: CatalogKnowledge): object[] {
  return knowledge.mechanisms.map(({ mechanism, paragraphs, mentions }) => ({
    ...mechanism,
    paragraphs,
    mentions: mentions.map(({ paragraph, item, start, end, text }) => ({
      paragraph,
      item,
      start,
      end,
      text,
    })),
  }));
}

/** Registers `somkb mechanisms`: the platforms, networks, systems and bodies the summary names. */
export function registerMechanismsCommand(program: Command, deps: CliDeps): void {
  const command = program
    .command('mechanisms')
    .description('the platforms, networks, systems and bodies the summary names, with the paragraphs')
    .option('--json', 'print them as JSON');
  addCatalogLanguageOption(deps, command)
    .addOption(dbOption(deps))
    .action(async (options: { json?: true; catalogLang: string; db: string }) => {
      const knowledge = await readKnowledge(deps, options.db, options.catalogLang);
      printJsonOrText(deps.stdout, options.json === true, mechanismsJson(knowledge), () =>
        formatMechanisms(knowledge),
      );
    });
}
