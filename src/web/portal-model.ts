import type { Catalog, Paper, Paragraph, Theme } from '../domain/index.js';
import { paperSlug, papersByMeeting } from '../domain/index.js';
import type { CatalogKnowledge, ConceptEntry, MechanismEntry } from '../knowledge/index.js';
import { keyTopicConceptResolver } from '../knowledge/index.js';
import type { InstrumentMention, Reference } from '../references/index.js';

/**
 * What the pages read from one published catalog and its knowledge, indexed once: lookups by id,
 * symbol, URL slug and paragraph number, and what each paragraph cites, names and treats.
 */
export interface PortalModel {
  readonly catalog: Catalog;
  /** The knowledge of the catalog, or `undefined` when none is loaded (topics, provisions and mechanisms are then empty). */
  readonly knowledge: CatalogKnowledge | undefined;
  readonly themeById: ReadonlyMap<string, Theme>;
  readonly themeByName: ReadonlyMap<string, Theme>;
  readonly paperBySymbol: ReadonlyMap<string, Paper>;
  /** Papers by their URL slug in lower case. */
  readonly paperBySlug: ReadonlyMap<string, Paper>;
  readonly paragraphByNumber: ReadonlyMap<number, Paragraph>;
  readonly conceptById: ReadonlyMap<string, ConceptEntry>;
  /** The concept of a key topic as printed, when the thesaurus has one (see `keyTopicConceptResolver`). */
  readonly conceptOfKeyTopic: (topic: string) => ConceptEntry | undefined;
  /** Concepts treated by each paragraph, in thesaurus order. */
  readonly conceptsByParagraph: ReadonlyMap<number, readonly ConceptEntry[]>;
  readonly referencesByParagraph: ReadonlyMap<number, readonly Reference[]>;
  readonly mentionsByParagraph: ReadonlyMap<number, readonly InstrumentMention[]>;
  readonly mechanismsByParagraph: ReadonlyMap<number, readonly MechanismEntry[]>;
  readonly mechanismById: ReadonlyMap<string, MechanismEntry>;
  /** Papers of each meeting, in symbol order (see `papersByMeeting`). */
  readonly papersByMeeting: ReadonlyMap<number, readonly Paper[]>;
  /**
   * The paragraphs whose text or items differ from the document's first version (or that it did
   * not have), each with the URL of its change on the history's diff page; empty when the history
   * is not known or this is the first version.
   */
  readonly paragraphChanges: ParagraphChanges;
}

/** Paragraph numbers → the URL of their change since the first version (see `paragraphChangesOf`). */
export type ParagraphChanges = ReadonlyMap<number, string>;

/** No paragraph changed (the first version, or no history known). */
export const NO_PARAGRAPH_CHANGES: ParagraphChanges = new Map();

function groupInto<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list === undefined) map.set(key, [value]);
  else if (!list.includes(value)) list.push(value);
}

/**
 * Indexes a catalog and its knowledge for the pages, with the paragraphs changed since the first
 * version when known. Pure; a few milliseconds for the bundled summary, so callers cache it per
 * published catalog.
 */
export function buildPortalModel(
  catalog: Catalog,
  knowledge: CatalogKnowledge | undefined,
  paragraphChanges: ParagraphChanges = NO_PARAGRAPH_CHANGES,
): PortalModel {
  const concepts = knowledge?.concepts ?? [];
  const conceptOfKeyTopic =
    knowledge === undefined ? () => undefined : keyTopicConceptResolver(knowledge, catalog.language);
  const conceptsByParagraph = new Map<number, ConceptEntry[]>();
  for (const entry of concepts)
    for (const number of entry.paragraphs) groupInto(conceptsByParagraph, number, entry);
  const referencesByParagraph = new Map<number, Reference[]>();
  for (const reference of knowledge?.references ?? [])
    groupInto(referencesByParagraph, reference.paragraph, reference);
  const mentionsByParagraph = new Map<number, InstrumentMention[]>();
  for (const mention of knowledge?.instrumentMentions ?? [])
    groupInto(mentionsByParagraph, mention.paragraph, mention);
  const mechanismsByParagraph = new Map<number, MechanismEntry[]>();
  for (const entry of knowledge?.mechanisms ?? []) {
    for (const number of entry.paragraphs) groupInto(mechanismsByParagraph, number, entry);
  }
  return {
    catalog,
    knowledge,
    themeById: new Map(catalog.themes.map((theme) => [theme.id, theme])),
    themeByName: new Map(catalog.themes.map((theme) => [theme.name, theme])),
    paperBySymbol: new Map(catalog.papers.map((paper) => [paper.symbol, paper])),
    paperBySlug: new Map(catalog.papers.map((paper) => [paperSlug(paper.symbol).toLowerCase(), paper])),
    paragraphByNumber: new Map(catalog.paragraphs.map((paragraph) => [paragraph.number, paragraph])),
    conceptById: new Map(concepts.map((entry) => [entry.concept.id, entry])),
    conceptOfKeyTopic,
    conceptsByParagraph,
    referencesByParagraph,
    mentionsByParagraph,
    mechanismsByParagraph,
    mechanismById: new Map((knowledge?.mechanisms ?? []).map((entry) => [entry.mechanism.id, entry])),
    papersByMeeting: papersByMeeting(catalog.papers),
    paragraphChanges,
  };
}
