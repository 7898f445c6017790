import type { Analyzer } from '../analysis/index.js';
import { catalogTerms, createAnalyzer } from '../analysis/index.js';
import type { Catalog, Language } from '../domain/index.js';
import { UN_LANGUAGES } from '../domain/index.js';
import type { Mechanism, MechanismDirectory, MechanismMention } from '../mechanisms/index.js';
import { findMechanismMentions, mechanismParagraphs } from '../mechanisms/index.js';
import type { InstrumentMention, Reference } from '../references/index.js';
import { extractReferences, INSTRUMENTS } from '../references/index.js';
import type { ExpansionConcept, FilterVocabulary } from '../search/index.js';
import type { Concept, Thesaurus } from '../thesaurus/index.js';
import {
  conceptLabels,
  keyTopicResolver,
  linkTreatedConcepts,
  thesaurusUserWords,
} from '../thesaurus/index.js';

/** The reviewed knowledge somkb brings to a catalog: the thesaurus and the mechanisms directory. */
export interface KnowledgeBase {
  readonly thesaurus: Thesaurus;
  readonly mechanisms: MechanismDirectory;
}

/** A concept of the thesaurus with the paragraphs that treat it and the themes that list it. */
export interface ConceptEntry {
  readonly concept: Concept;
  /** Paragraph numbers, ascending. */
  readonly paragraphs: readonly number[];
  /** Ids of the themes whose key topics name it. */
  readonly themes: readonly string[];
}

/** A mechanism of the directory with where the catalog mentions it. */
export interface MechanismEntry {
  readonly mechanism: Mechanism;
  /** Paragraph numbers, ascending. */
  readonly paragraphs: readonly number[];
  readonly mentions: readonly MechanismMention[];
}

/** What one catalog holds beyond its text: concepts, cited provisions, instruments and mechanisms. */
export interface CatalogKnowledge {
  readonly concepts: readonly ConceptEntry[];
  readonly references: readonly Reference[];
  readonly instrumentMentions: readonly InstrumentMention[];
  readonly mechanisms: readonly MechanismEntry[];
}

/**
 * Reads the knowledge in a catalog: the paragraphs of every thesaurus concept (by the rules of
 * `linkTreatedConcepts`, words read, when a rule needs them, by the analyzer search uses for the catalog
 * with the same user words), every cited legal provision and instrument, and every mention of a
 * mechanism. Pure and deterministic; about half a second for the bundled summary, most of it the
 * Chinese segmenter's set-up, so callers cache it per published version.
 */
export function describeCatalog(catalog: Catalog, base: KnowledgeBase): CatalogKnowledge {
  const analyzer = (): Analyzer =>
    createAnalyzer(catalog.language, { userWords: [...catalogTerms(catalog), ...knowledgeUserWords(base)] });
  const links = new Map(
    linkTreatedConcepts(base.thesaurus, catalog, { analyzer }).map((link) => [link.concept, link]),
  );
  const { references, mentions } = extractReferences(catalog);
  const mechanismMentions = findMechanismMentions(base.mechanisms, catalog);
  const paragraphsOf = new Map(
    mechanismParagraphs(base.mechanisms, mechanismMentions).map((entry) => [
      entry.mechanism.id,
      entry.paragraphs,
    ]),
  );
  return {
    concepts: base.thesaurus.concepts.map((concept) => ({
      concept,
      paragraphs: links.get(concept.id)?.paragraphs ?? [],
      themes: links.get(concept.id)?.themes ?? [],
    })),
    references,
    instrumentMentions: mentions,
    mechanisms: base.mechanisms.mechanisms.map((mechanism) => ({
      mechanism,
      paragraphs: paragraphsOf.get(mechanism.id) ?? [],
      mentions: mechanismMentions.filter((mention) => mention.mechanism === mechanism.id),
    })),
  };
}

/**
 * Words for the Chinese segmenter's user dictionary: every Chinese label of the thesaurus, every
 * printed name of a mechanism and every Chinese name of an instrument, so that none is cut apart.
 */
export function knowledgeUserWords(base: KnowledgeBase): string[] {
  const words = new Set(thesaurusUserWords(base.thesaurus));
  for (const mechanism of base.mechanisms.mechanisms) for (const name of mechanism.printed) words.add(name);
  for (const instrument of INSTRUMENTS) {
    for (const name of [instrument.zh, ...instrument.aliases]) words.add(name.replace(/[《》]/g, ''));
  }
  return [...words].filter((word) => word.trim() !== '').sort();
}

/**
 * The concepts search expands queries with, for text in `language`: the thesaurus concepts, then the
 * mechanisms (Chinese names as printed, English name and abbreviation) and the instruments (Chinese
 * names, English title and short title), each with its labels in every language it has; a concept's
 * related concepts are those it names as related and those that name it.
 */
export function expansionConcepts(base: KnowledgeBase, language: Language): ExpansionConcept[] {
  const relatedOf = new Map<string, Set<string>>();
  for (const concept of base.thesaurus.concepts) {
    for (const other of concept.related) {
      relatedOf.set(concept.id, (relatedOf.get(concept.id) ?? new Set()).add(other));
      relatedOf.set(other, (relatedOf.get(other) ?? new Set()).add(concept.id));
    }
  }
  const concepts: ExpansionConcept[] = base.thesaurus.concepts.map((concept) => {
    const labels: Partial<Record<Language, readonly string[]>> = {};
    for (const code of ['ar', 'zh', 'en', 'fr', 'ru', 'es'] as const) {
      const list = conceptLabels(concept, code);
      if (list.length > 0) labels[code] = list;
    }
    return {
      id: concept.id,
      name: concept.prefLabel[language] ?? concept.prefLabel.zh ?? concept.id,
      labels,
      related: [...(relatedOf.get(concept.id) ?? [])],
    };
  });
  for (const mechanism of base.mechanisms.mechanisms) {
    const en = [mechanism.en, ...(mechanism.abbreviation === null ? [] : [mechanism.abbreviation])];
    concepts.push({
      id: `mechanism:${mechanism.id}`,
      name: mechanism.printed[0] ?? mechanism.en,
      labels: { zh: mechanism.printed, en },
    });
  }
  for (const instrument of INSTRUMENTS) {
    concepts.push({
      id: `instrument:${instrument.id}`,
      name: instrument.zh,
      labels: {
        zh: [instrument.zh, ...instrument.aliases].map((name) => name.replace(/[《》]/g, '')),
        en: [instrument.en, instrument.short],
      },
    });
  }
  return concepts;
}

/** Every label of a concept, in every language (preferred and alternative; hidden ones are not names). */
function namesOf(concept: Concept): string[] {
  return UN_LANGUAGES.flatMap((language) => conceptLabels(concept, language, { hidden: false }));
}

/**
 * The names a search filter takes for the themes and key topics of `catalog`, besides its own: a
 * theme is also named by the labels, in every language, of the concept its printed name is (the
 * thesaurus has one per theme); a key topic by its concept's id and labels in every language. Search
 * turns a filter value that names one into the catalog's own id or topic (`topic:money-laundering`,
 * `theme:technology`).
 */
export function filterVocabulary(base: KnowledgeBase, catalog: Catalog): FilterVocabulary {
  const resolve = keyTopicResolver(base.thesaurus, catalog.language);
  const themes = new Map<string, string[]>();
  const topics = new Map<string, string[]>();
  for (const theme of catalog.themes) {
    const concept = resolve(theme.name);
    themes.set(theme.id, [theme.name, ...(concept === undefined ? [] : namesOf(concept))]);
    for (const topic of theme.keyTopics) {
      if (topics.has(topic)) continue;
      const topicConcept = resolve(topic);
      topics.set(topic, [
        topic,
        ...(topicConcept === undefined ? [] : [topicConcept.id, ...namesOf(topicConcept)]),
      ]);
    }
  }
  return { themes, topics };
}
