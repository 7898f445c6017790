import type { Language } from '../domain/index.js';

/** `topic`: a key topic of the summary (its label equals the key topic as printed); `term`: added vocabulary. */
export type ConceptKind = 'topic' | 'term';

/** One label per language, for the languages that have one. */
export type LabelMap = Readonly<Partial<Record<Language, string>>>;

/** Any number of labels per language, for the languages that have some. */
export type LabelListMap = Readonly<Partial<Record<Language, readonly string[]>>>;

/**
 * A concept of the thesaurus (SKOS-like): one idea, whatever the wording or the language. Key topics,
 * their variants and the words users search for meet here, so that search and browsing go through
 * concept ids instead of strings.
 */
export interface Concept {
  /** Stable id, lowercase ASCII kebab-case from the English label; never reused. */
  readonly id: string;
  readonly kind: ConceptKind;
  /** The name shown for it, per language; `zh` and `en` are always present. */
  readonly prefLabel: LabelMap;
  /**
   * The languages whose preferred label is the team's own rendering, not official terminology (the
   * official texts of the Protocol and the Convention, or the UN's own terms): shown with a marker
   * and exported as an editorial note. Absent when every preferred label is official. In file order.
   */
  readonly ownRendering?: readonly Language[];
  /** Other names of the same idea (variants, official and short forms), shown and searched. */
  readonly altLabel: LabelListMap;
  /** Everyday or misspelt words users type for it: searched, never shown as a name. */
  readonly hiddenLabel: LabelListMap;
  /** Ids of broader concepts (偷运路线 → 路线). */
  readonly broader: readonly string[];
  /** Ids of related concepts, symmetric: stated on either side in the file, present on both here. */
  readonly related: readonly string[];
  /** A note on its scope or source (treaty article), in English; undefined when none. */
  readonly scopeNote: string | undefined;
}

/** The validated thesaurus: its concepts in file order and an index by id. */
export interface Thesaurus {
  /** The version of the data file (its date, YYYY-MM-DD by convention). */
  readonly version: string;
  readonly concepts: readonly Concept[];
  readonly byId: ReadonlyMap<string, Concept>;
}

/** Where a catalog treats a concept. */
export interface ConceptLink {
  /** The concept id. */
  readonly concept: string;
  /**
   * Numbers of the paragraphs that name it (`linkConcepts`: their text or items contain one of its
   * labels) or treat it (`linkTreatedConcepts`), ascending, unique.
   */
  readonly paragraphs: readonly number[];
  /** Ids of the themes that list it as a key topic, in catalog order. */
  readonly themes: readonly string[];
}
