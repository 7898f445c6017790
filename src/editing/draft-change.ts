import type { Item, Language } from '../domain/index.js';

/**
 * One change a draft makes, as an editor states it (a form or a `PUT` of the API). A draft holds at
 * most one change per target ({@link changeTarget}): a second change of the same target replaces the
 * first. Each change is checked by the rules of ingest (symbols, years and meetings, numbering,
 * alignment of the language versions) when it is made, and again when the draft is published.
 *
 * Every kind names the document it changes, except concepts and mechanisms, which belong to the
 * knowledge base shared by every document (the thesaurus and the mechanisms directory).
 */
export type DraftChange =
  ParagraphChange | PaperChange | NewPaperChange | KeyTopicsChange | ConceptChange | MechanismChange;

/** The kinds of {@link DraftChange}. */
export type DraftChangeKind = DraftChange['kind'];

/** A paragraph's text and lettered items, in one language version. */
export interface ParagraphChange {
  readonly kind: 'paragraph';
  readonly document: string;
  readonly number: number;
  readonly language: Language;
  readonly text: string;
  /** Its lettered items in order; `[]` for none. */
  readonly items: readonly Item[];
}

/**
 * A paper's entry: its subject (in one language version), theme, year and meeting. Omitted fields
 * keep their value.
 */
export interface PaperChange {
  readonly kind: 'paper';
  readonly document: string;
  /** The UN symbol of the paper (`CTOC/COP/WG.7/2018/2`). */
  readonly symbol: string;
  readonly language: Language;
  readonly subject?: string;
  /** The id of the theme it belongs to. */
  readonly theme?: string;
  readonly year?: number;
  readonly meeting?: number;
}

/**
 * A new paper (of a later meeting of the Working Group) under a theme, with its summary paragraphs.
 * `texts` gives each paragraph's text in the languages the editor wrote; every language version
 * published must get one before the draft can be published (alignment).
 */
export interface NewPaperChange {
  readonly kind: 'new-paper';
  readonly document: string;
  readonly symbol: string;
  readonly theme: string;
  readonly year: number;
  readonly meeting: number;
  /** The subject of the paper, per language. */
  readonly subject: Readonly<Partial<Record<Language, string>>>;
  /** Its paragraphs in order, the first one introducing the paper; each with its text per language. */
  readonly paragraphs: readonly Readonly<
    Partial<Record<Language, { readonly text: string; readonly items: readonly Item[] }>>
  >[];
}

/** The key topics of a theme, as printed in one language version, in order. */
export interface KeyTopicsChange {
  readonly kind: 'key-topics';
  readonly document: string;
  /** The id of the theme. */
  readonly theme: string;
  readonly language: Language;
  readonly keyTopics: readonly string[];
}

/**
 * A thesaurus concept, new or changed: `entry` is the concept as `knowledge/thesaurus.json` writes
 * it (id, kind, prefLabel per language, altLabel, hiddenLabel, broader, related, scopeNote); it is
 * validated with the whole thesaurus it would make.
 */
export interface ConceptChange {
  readonly kind: 'concept';
  readonly id: string;
  readonly entry: Readonly<Record<string, unknown>>;
}

/**
 * A mechanism entry, new or changed: `entry` as `knowledge/mechanisms.json` writes it; validated with
 * the whole directory it would make.
 */
export interface MechanismChange {
  readonly kind: 'mechanism';
  readonly id: string;
  readonly entry: Readonly<Record<string, unknown>>;
}

/**
 * What a change changes, as one string: two changes with the same target are the same change made
 * twice, and two drafts with a change of the same target conflict when both are published
 * (`paragraph:<document>:<number>:<language>`, `paper:<document>:<symbol>:<language>`,
 * `new-paper:<document>:<symbol>`, `key-topics:<document>:<theme>:<language>`, `concept:<id>`,
 * `mechanism:<id>`).
 */
export function changeTarget(change: DraftChange): string {
  switch (change.kind) {
    case 'paragraph':
      return `paragraph:${change.document}:${change.number}:${change.language}`;
    case 'paper':
      return `paper:${change.document}:${change.symbol}:${change.language}`;
    case 'new-paper':
      return `new-paper:${change.document}:${change.symbol}`;
    case 'key-topics':
      return `key-topics:${change.document}:${change.theme}:${change.language}`;
    case 'concept':
      return `concept:${change.id}`;
    case 'mechanism':
      return `mechanism:${change.id}`;
  }
}
