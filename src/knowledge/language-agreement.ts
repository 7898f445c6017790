/**
 * The agreement of a language version's facts with the Chinese version's: the catalog's facts
 * (references, mechanisms, key topics as concepts) are one set shared by every language version, each
 * found again in each language's text; where a version finds something else, a warning names the
 * paragraph (or the theme and the topic's place). Warnings, never errors: they do not stop a publish.
 */
import type { Catalog, Language } from '../domain/index.js';
import type { MechanismMention } from '../mechanisms/index.js';
import { findMechanismMentions } from '../mechanisms/index.js';
import type { Reference } from '../references/index.js';
import { extractReferences } from '../references/index.js';
import type { AlignedKeyTopic } from '../thesaurus/index.js';
import { alignKeyTopics } from '../thesaurus/index.js';
import type { KnowledgeBase } from './catalog-knowledge.js';

/** What one language version's text gives, to compare with another's. */
export interface LanguageFacts {
  readonly language: Language;
  readonly references: readonly Reference[];
  readonly mechanisms: readonly MechanismMention[];
  /** Its key topics aligned with the Chinese ones (see `alignKeyTopics`). */
  readonly keyTopics: readonly AlignedKeyTopic[];
}

/**
 * What a warning is about:
 * - `reference-missing` / `reference-extra`: a provision the Chinese paragraph cites and this one
 *   does not, or the other way round;
 * - `mechanism-missing` / `mechanism-extra`: the same for the mention of a mechanism;
 * - `key-topic-new-label`: a key topic that is no label of its concept in its language (a new label
 *   for the thesaurus; the topic is linked to the concept by its place all the same);
 * - `key-topic-other-concept`: a key topic that is the label of another concept than the Chinese
 *   topic at its place;
 * - `key-topic-count`: a theme that lists another number of key topics than in Chinese.
 */
export type AgreementCode =
  | 'reference-missing'
  | 'reference-extra'
  | 'mechanism-missing'
  | 'mechanism-extra'
  | 'key-topic-new-label'
  | 'key-topic-other-concept'
  | 'key-topic-count';

/** One disagreement of a language version with the Chinese version. */
export interface AgreementWarning {
  readonly code: AgreementCode;
  /** The paragraph it is about (references and mechanisms). */
  readonly paragraph?: number;
  /** The theme (`theme-2`) and the key topic's place, from 1 (key topics). */
  readonly theme?: string;
  readonly position?: number;
  /** The concept (key topics). */
  readonly concept?: string;
  /** One line that says it all: `paragraph 12 cites protocol 3(a) in zh but not in en`. */
  readonly message: string;
}

/**
 * The facts of `catalog` as its language's text gives them: the references of its citation grammar,
 * the mechanisms named in its language, and its key topics aligned with those of `reference` (the
 * Chinese version; omitted for the Chinese version itself). Pure.
 */
export function languageFacts(catalog: Catalog, base: KnowledgeBase, reference?: Catalog): LanguageFacts {
  return {
    language: catalog.language,
    references: extractReferences(catalog).references,
    mechanisms: findMechanismMentions(base.mechanisms, catalog),
    keyTopics: alignKeyTopics(base.thesaurus, catalog, reference),
  };
}

/** A provision as the warnings name it: `protocol 3(a)`, `untoc 27(1)(e)`, `cop-resolution 6/3`. */
export function provisionKey(reference: Reference): string {
  if (reference.instrument === 'cop-resolution') return `cop-resolution ${reference.resolution ?? ''}`;
  return `${reference.instrument} ${reference.article ?? ''}${reference.clause ?? ''}`;
}

/** Paragraph number → the keys found in it, in first-found order. */
function byParagraph<T>(facts: readonly T[], paragraphOf: (fact: T) => number, keyOf: (fact: T) => string) {
  const found = new Map<number, Set<string>>();
  for (const fact of facts) {
    const paragraph = paragraphOf(fact);
    const keys = found.get(paragraph) ?? new Set<string>();
    keys.add(keyOf(fact));
    found.set(paragraph, keys);
  }
  return found;
}

/** The warnings of one kind of paragraph facts: what the reference has and the version lacks, and back. */
function compareParagraphs(
  version: ReadonlyMap<number, ReadonlySet<string>>,
  reference: ReadonlyMap<number, ReadonlySet<string>>,
  languages: { version: Language; reference: Language },
  kind: { missing: AgreementCode; extra: AgreementCode; verb: string },
): AgreementWarning[] {
  const paragraphs = [...new Set([...version.keys(), ...reference.keys()])].sort((a, b) => a - b);
  return paragraphs.flatMap((paragraph) => {
    const own = version.get(paragraph) ?? new Set<string>();
    const theirs = reference.get(paragraph) ?? new Set<string>();
    const missing = [...theirs].filter((key) => !own.has(key));
    const extra = [...own].filter((key) => !theirs.has(key));
    return [
      ...missing.map((key) => ({
        code: kind.missing,
        paragraph,
        message: `paragraph ${paragraph} ${kind.verb} ${key} in ${languages.reference} but not in ${languages.version}`,
      })),
      ...extra.map((key) => ({
        code: kind.extra,
        paragraph,
        message: `paragraph ${paragraph} ${kind.verb} ${key} in ${languages.version} but not in ${languages.reference}`,
      })),
    ];
  });
}

/** The warnings of the key topics: new labels, other concepts, other counts per theme. */
function compareKeyTopics(version: LanguageFacts, reference: LanguageFacts): AgreementWarning[] {
  const warnings: AgreementWarning[] = [];
  const countOf = (facts: LanguageFacts): Map<string, number> => {
    const counts = new Map<string, number>();
    for (const topic of facts.keyTopics) counts.set(topic.theme, (counts.get(topic.theme) ?? 0) + 1);
    return counts;
  };
  const own = countOf(version);
  const theirs = countOf(reference);
  for (const [theme, count] of theirs) {
    const ownCount = own.get(theme);
    if (ownCount !== undefined && ownCount !== count) {
      warnings.push({
        code: 'key-topic-count',
        theme,
        message: `${theme} lists ${count} key topics in ${reference.language} and ${ownCount} in ${version.language}`,
      });
    }
  }
  for (const topic of version.keyTopics) {
    const place = `key topic ${topic.position} of ${topic.theme}`;
    const chinese =
      topic.referenceTopic === undefined ? '' : ` (${reference.language} «${topic.referenceTopic}»)`;
    if (topic.concept !== undefined && topic.labelConcept !== undefined) {
      warnings.push({
        code: 'key-topic-other-concept',
        theme: topic.theme,
        position: topic.position,
        concept: topic.concept.id,
        message: `${place}: ${version.language} «${topic.topic}» is a label of concept ${topic.labelConcept.id}, but${chinese} stands for concept ${topic.concept.id}`,
      });
    } else if (topic.match === 'position' && topic.concept !== undefined) {
      warnings.push({
        code: 'key-topic-new-label',
        theme: topic.theme,
        position: topic.position,
        concept: topic.concept.id,
        message: `new label for the thesaurus: ${version.language} «${topic.topic}» for concept ${topic.concept.id}${chinese}, ${place}`,
      });
    }
  }
  return warnings;
}

/**
 * Every disagreement of a language version's facts with the reference (Chinese) version's: for each
 * paragraph, the provisions cited and the mechanisms named in one and not in the other (compared as
 * sets per paragraph, items included), then the key topics (see {@link AgreementCode}). Empty when
 * they agree. Pure.
 */
export function compareWithReference(version: LanguageFacts, reference: LanguageFacts): AgreementWarning[] {
  const languages = { version: version.language, reference: reference.language };
  const references = compareParagraphs(
    byParagraph(version.references, (fact) => fact.paragraph, provisionKey),
    byParagraph(reference.references, (fact) => fact.paragraph, provisionKey),
    languages,
    { missing: 'reference-missing', extra: 'reference-extra', verb: 'cites' },
  );
  const mechanisms = compareParagraphs(
    byParagraph(
      version.mechanisms,
      (fact) => fact.paragraph,
      (fact) => fact.mechanism,
    ),
    byParagraph(
      reference.mechanisms,
      (fact) => fact.paragraph,
      (fact) => fact.mechanism,
    ),
    languages,
    { missing: 'mechanism-missing', extra: 'mechanism-extra', verb: 'mentions' },
  );
  const paragraphWarnings = [...references, ...mechanisms].sort(
    (a, b) => (a.paragraph ?? 0) - (b.paragraph ?? 0),
  );
  return [...paragraphWarnings, ...compareKeyTopics(version, reference)];
}

/**
 * The disagreements of `catalog` (a language version) with `reference` (the Chinese version of the
 * same document): {@link compareWithReference} of their {@link languageFacts}. Empty for the Chinese
 * version itself. Pure.
 */
export function checkAgreement(
  catalog: Catalog,
  reference: Catalog,
  base: KnowledgeBase,
): AgreementWarning[] {
  if (catalog.language === reference.language) return [];
  return compareWithReference(languageFacts(catalog, base, reference), languageFacts(reference, base));
}
