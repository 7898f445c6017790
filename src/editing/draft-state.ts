import type { Catalog, Language } from '../domain/index.js';

/**
 * The knowledge base as its files write it: `thesaurus` is the JSON of `knowledge/thesaurus.json`
 * (`{ version, concepts }`), `mechanisms` the JSON of `knowledge/mechanisms.json`
 * (`{ version, regions, mechanisms }`). A draft changes entries of it; it is validated whole
 * (`parseThesaurus`, `parseMechanisms`), as when somkb loads it.
 */
export interface KnowledgeFiles {
  readonly thesaurus: unknown;
  readonly mechanisms: unknown;
}

/**
 * What a draft is applied to, or what applying it gives: every published language version of one
 * document (aligned on paragraph numbers, paper symbols and item letters) and the knowledge base.
 */
export interface DraftState {
  /** One catalog per published language of the document, in any order. */
  readonly catalogs: readonly Catalog[];
  readonly knowledge: KnowledgeFiles;
}

/** The languages of a state's catalogs, in the order given. */
export function stateLanguages(state: DraftState): Language[] {
  return state.catalogs.map((catalog) => catalog.language);
}

/** The catalog of `language` in a state, or `undefined` when that language version is not published. */
export function catalogIn(state: DraftState, language: Language): Catalog | undefined {
  return state.catalogs.find((catalog) => catalog.language === language);
}

/**
 * The reference catalog of a state: the Chinese version (the reference version of every document)
 * when published, else the first. `undefined` when the state holds no catalog.
 */
export function referenceCatalog(state: DraftState): Catalog | undefined {
  return catalogIn(state, 'zh') ?? state.catalogs[0];
}

/** The value of a JSON object's field, or `undefined` when `value` is no object. */
export function fieldOf(value: unknown, field: string): unknown {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
    ? (value as Record<string, unknown>)[field]
    : undefined;
}

/** The entries of a knowledge file's list (`concepts`, `mechanisms`); empty when it has none. */
export function entriesOf(file: unknown, list: 'concepts' | 'mechanisms'): readonly unknown[] {
  const entries = fieldOf(file, list);
  return Array.isArray(entries) ? entries : [];
}

/** The entry of a knowledge file's list whose `id` is `id`, or `undefined`. */
export function entryWithId(file: unknown, list: 'concepts' | 'mechanisms', id: string): unknown {
  return entriesOf(file, list).find((entry) => fieldOf(entry, 'id') === id);
}
