import type { Language } from '../domain/index.js';
import { SomkbError } from '../errors/index.js';
import { cleanQuery } from './query-parser.js';
import { entryOf, remember } from './bounded-memo.js';

/**
 * What a search is narrowed to, as typed fields: the portal's facets and the query language's
 * `theme:`, `topic:`, `paper:`, `year:` and `meeting:` filters (and `lang:`, the language the hits
 * are shown in) are both read into this one structure. Several values of one filter are alternatives (any of them); different filters must all
 * hold. A list left out, or empty, does not narrow.
 */
export interface SearchFilters {
  /**
   * Themes: an id (`theme-3`, or `3`), a part of a theme's name as printed (`技术`), or, with a
   * {@link FilterVocabulary}, a label of the theme in any language (`technology`).
   */
  readonly theme?: readonly string[];
  /**
   * Key topics: a part of a key topic's label, white space ignored, or, with a
   * {@link FilterVocabulary}, its concept's id (`money-laundering`) or a label in any language
   * (`money laundering`, `blanqueo de dinero`).
   */
  readonly topic?: readonly string[];
  /** Papers: a full symbol (`CTOC/COP/WG.7/2013/4`) or its end after a slash (`2013/4`), any case, or as a slug (`CTOC-COP-WG.7-2013-4`). */
  readonly paper?: readonly string[];
  /** Years of the meeting a paper was written for, e.g. 2015. */
  readonly year?: readonly number[];
  /** Meeting numbers, from 1. */
  readonly meeting?: readonly number[];
  /**
   * The language to show the hits in (the query's `lang:`): not a filter, since every paragraph is in
   * every language version published; a paragraph without a version in it is shown in Chinese.
   */
  readonly catalogLanguage?: Language;
}

/** {@link SearchFilters} with every list present (possibly empty): what a parsed query carries. */
export interface QueryFilters {
  readonly theme: readonly string[];
  readonly topic: readonly string[];
  readonly paper: readonly string[];
  readonly year: readonly number[];
  readonly meeting: readonly number[];
  readonly catalogLanguage: Language | undefined;
}

/**
 * The names a theme or key topic filter value may take besides the catalog's own (a theme's id or a
 * part of its name as printed, a part of a key topic as printed): those of the thesaurus, in any of
 * the six languages. Built per catalog from the knowledge and kept with its search index.
 */
export interface FilterVocabulary {
  /** Per theme id: its printed name and the labels of the concept it is, in every language. */
  readonly themes: ReadonlyMap<string, readonly string[]>;
  /** Per key topic as printed: the topic, its concept's id and the concept's labels in every language. */
  readonly topics: ReadonlyMap<string, readonly string[]>;
}

const HAN = /\p{Script=Han}/u;

/**
 * A name as filter values are compared with it: NFKD without combining marks (é is e, Arabic
 * vowel marks dropped), lower case, every run of what is neither letter nor digit one space
 * (money-laundering is money laundering, d’argent is d argent), trimmed.
 */
function foldName(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/**
 * True when a filter value names `label`: a value with Chinese characters when it is a part of the
 * label, white space ignored (技术 names 利用技术…, as the printed names are read); any other value
 * when its words are whole words of the label, in order, accents, case and punctuation ignored
 * (`laundering`, `money-laundering` and `Money Laundering` name “money laundering”; `sea` does not
 * name “high seas”).
 */
export function valueNamesLabel(value: string, label: string): boolean {
  if (HAN.test(value)) return compactName(label).includes(compactName(value));
  const folded = foldName(value);
  return folded !== '' && ` ${foldName(label)} `.includes(` ${folded} `);
}

function compactName(text: string): string {
  return text.normalize('NFKC').toLowerCase().replace(/\s+/gu, '');
}

/** A label as filter values are compared with it: compact (for Chinese values) and folded, in spaces. */
interface FoldedLabel {
  readonly compact: string;
  readonly spaced: string;
}

/**
 * The labels of each key of a vocabulary, folded once per vocabulary (it is kept with its index and
 * compared with every filter value of every search).
 */
const foldedVocabularies = new WeakMap<
  ReadonlyMap<string, readonly string[]>,
  readonly (readonly [string, readonly FoldedLabel[]])[]
>();

function foldedNames(
  names: ReadonlyMap<string, readonly string[]>,
): readonly (readonly [string, readonly FoldedLabel[]])[] {
  let folded = foldedVocabularies.get(names);
  if (folded === undefined) {
    folded = [...names].map(
      ([key, labels]) =>
        [
          key,
          labels.map((label) => ({ compact: compactName(label), spaced: ` ${foldName(label)} ` })),
        ] as const,
    );
    foldedVocabularies.set(names, folded);
  }
  return folded;
}

/** Most filter values whose keys {@link namedKeys} keeps per vocabulary (values typed are unbounded). */
const KEPT_VALUES = 2_000;

/** The keys each filter value names, per vocabulary: a results page's facet links give the same few values again. */
const namedByValue = new WeakMap<ReadonlyMap<string, readonly string[]>, Map<string, readonly string[]>>();

/**
 * The names a vocabulary entry matches for `value`: every key whose names `value` names (as
 * {@link valueNamesLabel} says, with the value and the labels folded once). Kept per vocabulary and
 * value (a bounded memo: the same theme ids and key topics come back search after search).
 */
function namedKeys(value: string, names: ReadonlyMap<string, readonly string[]>): readonly string[] {
  const byValue = entryOf(namedByValue, names, () => new Map<string, readonly string[]>());
  return remember(byValue, value, KEPT_VALUES, () => {
    const keys: string[] = [];
    const han = HAN.test(value);
    const compact = han ? compactName(value) : '';
    const folded = han ? '' : foldName(value);
    if (!han && folded === '') return keys;
    const spaced = ` ${folded} `;
    for (const [key, labels] of foldedNames(names))
      if (labels.some((label) => (han ? label.compact.includes(compact) : label.spaced.includes(spaced))))
        keys.push(key);
    return keys;
  });
}

/** A paper value written as a slug (`CTOC-COP-WG.7-2015-4`, `2015-4`): the symbol it stands for. */
function paperValue(value: string): string {
  return value.includes('/') ? value : value.replaceAll('-', '/');
}

/**
 * The filters with each theme and key-topic value given in any language turned into what the
 * catalog's own names select: a theme value that names a theme in `vocabulary` (its printed name or
 * a label of its concept, in any language) becomes the ids of the themes it names; a key-topic value
 * that names a key topic (as printed, its concept's id or a label in any language) becomes the
 * topics as printed. A value that names none stays as given (then it is read as before, and a value
 * that selects nothing is named in a warning). A paper written as a slug becomes its symbol. Pure.
 */
export function translateFilters(
  filters: QueryFilters,
  vocabulary: FilterVocabulary | undefined,
): QueryFilters {
  const translate = (values: readonly string[], names: ReadonlyMap<string, readonly string[]> | undefined) =>
    values.flatMap((value) => {
      const keys = names === undefined ? [] : namedKeys(value, names);
      return keys.length > 0 ? keys : [value];
    });
  return {
    ...filters,
    theme: translate(filters.theme, vocabulary?.themes),
    topic: translate(filters.topic, vocabulary?.topics),
    paper: filters.paper.map(paperValue),
  };
}

/**
 * A filter value as the query language would read it: well-formed, NFKC (so `：` is `:`), control
 * characters as spaces, trimmed. The same cleaning the parser gives a query, so that a value passed
 * as a field and the same value typed after `theme:` select the same paragraphs.
 */
function cleanValue(value: string): string {
  return cleanQuery(value).trim();
}

function texts(values: readonly string[] | undefined): string[] {
  return (values ?? []).map(cleanValue).filter((value) => value !== '');
}

function wholeNumbers(
  values: readonly number[] | undefined,
  min: number,
  max: number,
  name: string,
): number[] {
  for (const value of values ?? []) {
    if (!Number.isInteger(value) || value < min || value > max) {
      throw new SomkbError(
        'USAGE',
        `filters.${name} must hold whole numbers from ${min} to ${max} (got ${String(value)})`,
        { where: `filters.${name}` },
      );
    }
  }
  return [...(values ?? [])];
}

/**
 * The filters of a search: those its query text carries, then those given as fields (values of one
 * filter joined as alternatives, the query's first). The catalog language given as a field wins over
 * the query's `lang:`. Throws USAGE for a year outside 1000–9999 or a meeting outside 0–99 (what the
 * query language accepts); string values are cleaned as the query language cleans them, empty ones dropped.
 */
export function combineFilters(query: QueryFilters, given: SearchFilters | undefined): QueryFilters {
  if (given === undefined) return query;
  return {
    theme: [...query.theme, ...texts(given.theme)],
    topic: [...query.topic, ...texts(given.topic)],
    paper: [...query.paper, ...texts(given.paper)],
    year: [...query.year, ...wholeNumbers(given.year, 1000, 9999, 'year')],
    meeting: [...query.meeting, ...wholeNumbers(given.meeting, 0, 99, 'meeting')],
    catalogLanguage: given.catalogLanguage ?? query.catalogLanguage,
  };
}

/** True when the filters narrow anything. */
export function hasAnyFilter(filters: QueryFilters): boolean {
  return (
    filters.theme.length +
      filters.topic.length +
      filters.paper.length +
      filters.year.length +
      filters.meeting.length >
      0 || filters.catalogLanguage !== undefined
  );
}
