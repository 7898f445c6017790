import type { Language } from '../domain/index.js';
import type { CatalogKnowledge, ConceptEntry } from '../knowledge/index.js';
import type { Reference } from '../references/index.js';
import { citeReference, instrumentInfo } from '../references/index.js';

const ranges = (numbers: readonly number[]): string => {
  const parts: string[] = [];
  for (let i = 0; i < numbers.length;) {
    let j = i;
    while (j + 1 < numbers.length && numbers[j + 1] === (numbers[j] as number) + 1) j++;
    parts.push(j > i + 1 ? `${numbers[i]}–${numbers[j]}` : numbers.slice(i, j + 1).join(', '));
    i = j + 1;
  }
  return parts.join(', ');
};

const paras = (numbers: readonly number[]): string =>
  numbers.length === 0 ? 'no paragraph' : `${numbers.length === 1 ? 'para.' : 'paras'} ${ranges(numbers)}`;

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

const where = (paragraph: number, item: string | null): string =>
  item === null ? `para. ${paragraph}` : `para. ${paragraph}(${item})`;

/**
 * Renders the cited provisions for a terminal, grouped by instrument and article, each article with
 * its title and where it is cited; then the instruments named without an article.
 */
export function formatProvisions(knowledge: CatalogKnowledge): string {
  const lines: string[] = [];
  const byInstrument = new Map<string, Reference[]>();
  for (const reference of knowledge.references) {
    byInstrument.set(reference.instrument, [...(byInstrument.get(reference.instrument) ?? []), reference]);
  }
  for (const [instrument, references] of byInstrument) {
    const info = instrumentInfo(instrument);
    lines.push(
      info === undefined ? 'Resolutions of the Conference of the Parties' : `${info.en} (${info.zh})`,
    );
    const byProvision = new Map<string, Reference[]>();
    for (const reference of references) {
      const key = citeReference(reference).en;
      byProvision.set(key, [...(byProvision.get(key) ?? []), reference]);
    }
    for (const [citation, cited] of byProvision) {
      const places = [...new Set(cited.map((reference) => where(reference.paragraph, reference.item)))];
      lines.push(`  ${citation} — ${places.join('; ')}`);
    }
  }
  if (knowledge.instrumentMentions.length > 0) {
    lines.push('Instruments named without an article');
    const byInstrumentMention = new Map<string, string[]>();
    for (const mention of knowledge.instrumentMentions) {
      const places = byInstrumentMention.get(mention.instrument) ?? [];
      const place = where(mention.paragraph, mention.item);
      if (!places.includes(place)) places.push(place);
      byInstrumentMention.set(mention.instrument, places);
    }
    for (const [instrument, places] of byInstrumentMention) {
      const info = instrumentInfo(instrument);
      lines.push(`  ${info === undefined ? instrument : `${info.en} (${info.zh})`} — ${places.join('; ')}`);
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
