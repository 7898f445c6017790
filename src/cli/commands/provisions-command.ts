import type { Command } from 'commander';
import type { CatalogKnowledge } from '../../knowledge/index.js';
import {
  citeReference,
  groupInstrumentMentions,
  groupProvisions,
  instrumentInfo,
  placeWords,
} from '../../references/index.js';
import type { CliDeps } from '../cli-deps.js';
import { addCatalogLanguageOption, dbOption } from '../cli-options.js';
import { printJsonOrText } from '../print-output.js';
import { readKnowledge } from '../read-knowledge.js';

/**
 * Renders the cited provisions for a terminal, grouped by instrument and article (the groups of
 * `groupProvisions`, in its order), each article with its title and where it is cited; then the
 * instruments named without an article.
 */
export function formatProvisions(knowledge: CatalogKnowledge): string {
  const lines: string[] = [];
  let instrument: string | undefined;
  for (const group of groupProvisions(knowledge.references)) {
    if (group.instrument !== instrument) {
      instrument = group.instrument;
      const info = instrumentInfo(instrument);
      lines.push(
        info === undefined ? 'Resolutions of the Conference of the Parties' : `${info.en} (${info.zh})`,
      );
    }
    lines.push(`  ${group.citation.en} — ${group.places.map(placeWords).join('; ')}`);
  }
  const mentions = groupInstrumentMentions(knowledge.instrumentMentions);
  if (mentions.length > 0) {
    lines.push('Instruments named without an article');
    for (const group of mentions) {
      const info = instrumentInfo(group.instrument);
      const name = info === undefined ? group.instrument : `${info.en} (${info.zh})`;
      lines.push(`  ${name} — ${group.places.map(placeWords).join('; ')}`);
    }
  }
  lines.push(
    `${knowledge.references.length} cited provisions, ${knowledge.instrumentMentions.length} instrument mentions`,
  );
  return `${lines.join('\n')}\n`;
}

/** The JSON form of the cited provisions and instrument mentions (`somkb provisions --json`). */
export function provisionsJson(knowledge: CatalogKnowledge): object {
  return {
    references: knowledge.references.map((reference) => ({
      ...reference,
      citation: citeReference(reference),
    })),
    instrumentMentions: knowledge.instrumentMentions,
  };
}

/** Registers `somkb provisions`: the legal provisions the published summary cites, with where. */
export function registerProvisionsCommand(program: Command, deps: CliDeps): void {
  const command = program
    .command('provisions')
    .description(
      'the legal provisions the summary cites, by instrument and article, with where they are cited',
    )
    .option('--json', 'print them as JSON');
  addCatalogLanguageOption(deps, command)
    .addOption(dbOption(deps))
    .action(async (options: { json?: true; catalogLang: string; db: string }) => {
      const knowledge = await readKnowledge(deps, options.db, options.catalogLang);
      printJsonOrText(deps.stdout, options.json === true, provisionsJson(knowledge), () =>
        formatProvisions(knowledge),
      );
    });
}
