import type { Language } from '../domain/index.js';
import { formatRanges } from '../domain/index.js';
import type { CatalogKnowledge, ConceptEntry } from '../knowledge/index.js';
import {
  citeReference,
  groupInstrumentMentions,
  groupProvisions,
  instrumentInfo,
  placeWords,
} from '../references/index.js';

/** How the CLI writes paragraph ranges: `4–6, 9, 10`. */
const CLI_RANGES = { separator: ', ', dash: '–', shortestRange: 3 } as const;

const paras = (numbers: readonly number[]): string =>
  numbers.length === 0
    ? 'no paragraph'
    : `${numbers.length === 1 ? 'para.' : 'paras'} ${formatRanges(numbers, CLI_RANGES)}`;

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
    return `${concept.id.padEnd(44)} ${name}${where} — ${paras(paragraphs)}`;
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

/** Renders the mechanisms directory for a terminal: names, kind, region, year and paragraphs. */
export function formatMechanisms(knowledge: CatalogKnowledge): string {
  const lines = knowledge.mechanisms.map(({ mechanism, paragraphs }) => {
    const facts = [mechanism.kind, mechanism.region, mechanism.year === null ? null : String(mechanism.year)]
      .filter((fact) => fact !== null)
      .join(', ');
    const abbreviation = mechanism.abbreviation === null ? '' : ` (${mechanism.abbreviation})`;
    return `${mechanism.en}${abbreviation} · ${mechanism.printed[0] ?? ''} · ${facts} — ${paras(paragraphs)}`;
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
