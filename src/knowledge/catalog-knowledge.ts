import type { Analyzer } from '../analysis/index.js';
import { catalogTerms, createAnalyzer } from '../analysis/index.js';
import type { Catalog, Language } from '../domain/index.js';
import { UN_LANGUAGES } from '../domain/index.js';
import type { Mechanism, MechanismDirectory, MechanismMention } from '../mechanisms/index.js';
import { findMechanismMentions, mechanismParagraphs } from '../mechanisms/index.js';
import type { InstrumentMention, Reference } from '../references/index.js';
import { extractReferences, INSTRUMENTS } from '../references/index.js';
import type { ExpansionConcept, FilterVocabulary } from '../search/index.js';
import type { AlignedKeyTopic, Concept, Thesaurus } from '../thesaurus/index.js';
import {
  alignKeyTopics,
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
  /**
   * The key topics of the catalog, theme by theme, each with its concept: in a language version, the
   * concept of the Chinese topic at its place (see `alignKeyTopics`), so that a topic whose wording
   * the thesaurus lacks is still linked to its concept. Absent in knowledge made by hand (tests).
   */
  readonly keyTopics?: readonly AlignedKeyTopic[];
}

/**
 * Reads the knowledge in a catalog: the paragraphs of every thesaurus concept (by the rules of
 * `linkTreatedConcepts`, words read, when a rule needs them, by the analyzer search uses for the catalog
 * with the same user words), every cited legal provision and instrument (by the citation grammar of
 * the catalog's language), every mention of a mechanism (by its names in that language), and the key
 * topics with their concepts. `reference`, the Chinese version of the same document, aligns a
 * language version's key topics with the Chinese ones by position: a topic that is no label of its
 * concept in the version's language is still linked to it (its theme added to the concept's themes,
 * and the theme's paragraphs to a concept that has none). Pure and deterministic; about half a second
 * for the bundled summary, most of it the Chinese segmenter's set-up, so callers cache it per
 * published version.
 */
export function describeCatalog(
  catalog: Catalog,
  base: KnowledgeBase,
  reference?: Catalog,
): CatalogKnowledge {
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
  const keyTopics = alignKeyTopics(
    base.thesaurus,
    catalog,
    reference?.language === catalog.language ? undefined : reference,
  );
  const byPosition = topicThemesByPosition(catalog, keyTopics);
  return {
    concepts: base.thesaurus.concepts.map((concept) => {
      const themes = links.get(concept.id)?.themes ?? [];
      const paragraphs = links.get(concept.id)?.paragraphs ?? [];
      const added = (byPosition.get(concept.id)?.themes ?? []).filter((theme) => !themes.includes(theme));
      if (added.length === 0) return { concept, paragraphs, themes };
      return {
        concept,
        paragraphs: paragraphs.length > 0 ? paragraphs : (byPosition.get(concept.id)?.paragraphs ?? []),
        themes: [...themes, ...added],
      };
    }),
    keyTopics,
    references,
    instrumentMentions: mentions,
    mechanisms: base.mechanisms.mechanisms.map((mechanism) => ({
      mechanism,
      paragraphs: paragraphsOf.get(mechanism.id) ?? [],
      mentions: mechanismMentions.filter((mention) => mention.mechanism === mechanism.id),
    })),
  };
}

/** For each concept linked to a key topic by position only: the themes that list it and their paragraphs. */
function topicThemesByPosition(
  catalog: Catalog,
  keyTopics: readonly AlignedKeyTopic[],
): Map<string, { themes: string[]; paragraphs: number[] }> {
  const linked = new Map<string, { themes: string[]; paragraphs: number[] }>();
  for (const topic of keyTopics) {
    if (topic.match !== 'position' || topic.concept === undefined) continue;
    const entry = linked.get(topic.concept.id) ?? { themes: [], paragraphs: [] };
    if (!entry.themes.includes(topic.theme)) {
      entry.themes.push(topic.theme);
      for (const paragraph of catalog.paragraphs) {
        if (paragraph.theme === topic.theme) entry.paragraphs.push(paragraph.number);
      }
      entry.paragraphs.sort((a, b) => a - b);
    }
    linked.set(topic.concept.id, entry);
  }
  return linked;
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
