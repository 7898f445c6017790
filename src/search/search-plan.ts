import { characterCount, containsHan } from '../analysis/index.js';
import { remember } from './bounded-memo.js';
import type { ConceptMatch, WordMatch } from './concept-expander.js';
import type { ParsedQuery } from './query-parser.js';
import { parseQuery } from './query-parser.js';
import { compactText } from './search-document.js';
import type { QueryFilters, SearchFilters } from './search-filters.js';
import { combineFilters, hasAnyFilter, translateFilters } from './search-filters.js';
import type { SearchIndex } from './search-index.js';

/** Most query terms used; further terms are ignored with a warning. */
export const MAX_TERMS = 30;
/** Weight of a related concept's labels when a query names a concept (its own labels weigh 1). */
const RELATED_WEIGHT = 0.3;
/**
 * Most weight of the labels of a concept a query word is one word of (in another language than the
 * text's), times the word's specificity (0–1): always below a whole label's 1.
 */
const WORD_WEIGHT = 0.5;

/**
 * What the filters select, resolved against the index: facet ids, years, meetings and a language.
 * `undefined` does not narrow; an empty set selects nothing.
 */
export interface ResolvedFilters {
  readonly catalogLanguage: string | undefined;
  readonly themeIds: ReadonlySet<number> | undefined;
  readonly paperIds: ReadonlySet<number> | undefined;
  readonly topicIds: ReadonlySet<number> | undefined;
  readonly years: ReadonlySet<number> | undefined;
  readonly meetings: ReadonlySet<number> | undefined;
}

/**
 * Where an alternative of a clause comes from: a word of the query searched as typed (`typed`), a
 * label of a concept the query names (`label`), a label of a concept a query word is one word of
 * (`word`), or a label of a concept related to one the query names (`related`), which ranks a
 * paragraph but does not make it a match of the query.
 */
export interface AlternativeOrigin {
  readonly via: 'typed' | 'label' | 'word' | 'related';
  /** The concept whose label it is, for `label` and `related`. */
  readonly concept: string | undefined;
  /** That concept's name in the indexed language. */
  readonly name: string;
}

const TYPED: AlternativeOrigin = { via: 'typed', concept: undefined, name: '' };

/**
 * A query analysed against an index: what {@link planSearch} hands to matching, ranking and
 * presenting. A clause is one query word or concept, met by any of its alternatives (each a list of
 * index tokens that must all occur); a paragraph matches the query fully when it meets every clause.
 */
export interface SearchPlan {
  readonly query: ParsedQuery;
  /** The query's filters and those given as fields, together. */
  readonly filters: QueryFilters;
  /** At most {@link MAX_TERMS} clauses (at most 31, one bit each in a match mask). */
  readonly clauses: readonly (readonly (readonly string[])[])[];
  /** The weight of each alternative of each clause: 1, or less for the labels of related concepts. */
  readonly weights: readonly (readonly number[])[];
  /** Where each alternative of each clause comes from. */
  readonly origins: readonly (readonly AlternativeOrigin[])[];
  /** The concept each clause stands for, when it came from the thesaurus. */
  readonly clauseConcepts: readonly (ConceptMatch | undefined)[];
  /** The word of labels each clause stands for, when a query word reached concepts as one. */
  readonly clauseWords: readonly (WordMatch | undefined)[];
  /** The analyzed terms searched for (what the snippets mark). */
  readonly terms: readonly string[];
  /** What snippets mark: the terms, then the phrases as typed, normalized. */
  readonly highlight: readonly string[];
  /** Phrases that must occur as written, and words that must not, as compact text. */
  readonly phrases: readonly string[];
  readonly exclusions: readonly string[];
  /** The query's words of two characters or more, and each concept clause's labels, as compact text: the exact-word bonus. */
  readonly exactWords: readonly string[];
  readonly conceptForms: readonly (readonly string[])[];
  /** The filters resolved; undefined when the plan is empty. */
  readonly resolved: ResolvedFilters | undefined;
  /** True when anything narrows the paragraphs beyond the clauses: a filter, a phrase, an exclusion. */
  readonly narrowed: boolean;
  /** True when there is nothing to search for: no clause, no filter, no phrase. */
  readonly empty: boolean;
  /** Parts of the query that were ignored, and why. */
  readonly warnings: readonly string[];
}

/**
 * What a word or a concept label is searched as, by index: the same labels come back in query after
 * query, and segmenting them again each time cost most of a search on a small catalog. Each table
 * holds at most {@link MEMO_ENTRIES}.
 */
interface PlanMemo {
  readonly tokens: Map<string, string[][]>;
  /** The same for a token of a concept's label, whose inside words must begin and end it. */
  readonly labelTokens: Map<string, string[][]>;
  readonly labels: Map<string, string[][]>;
  /** The query tokens of a word or phrase as typed. */
  readonly words: Map<string, string[]>;
}
const MEMO_ENTRIES = 20_000;
const memos = new WeakMap<SearchIndex, PlanMemo>();

function memoOf(index: SearchIndex): PlanMemo {
  let memo = memos.get(index);
  if (memo === undefined) {
    memo = { tokens: new Map(), labelTokens: new Map(), labels: new Map(), words: new Map() };
    memos.set(index, memo);
  }
  return memo;
}

/** Resolves filter values to the facet ids they select; names a value that selects nothing. */
function resolveFilter(
  values: readonly string[],
  names: readonly string[],
  matches: (value: string, name: string) => boolean,
  label: string,
  warnings: string[],
): Set<number> | undefined {
  if (values.length === 0) return undefined;
  const selected = new Set<number>();
  for (const value of values) {
    const before = selected.size;
    names.forEach((name, id) => {
      if (matches(value, name)) selected.add(id);
    });
    if (selected.size === before && !names.some((name) => matches(value, name))) {
      warnings.push(`no ${label} matches '${value}'`);
    }
  }
  return selected;
}

function resolveFilters(index: SearchIndex, filters: QueryFilters, warnings: string[]): ResolvedFilters {
  return {
    themeIds: resolveFilter(
      filters.theme,
      index.themes.values,
      (value, name) => {
        const id = index.themeIdOf.get(name) ?? '';
        return name.includes(value) || id === value || id === `theme-${value}`;
      },
      'theme',
      warnings,
    ),
    paperIds: resolveFilter(
      filters.paper,
      index.papers.values,
      (value, symbol) =>
        symbol.toLowerCase() === value.toLowerCase() ||
        symbol.toLowerCase().endsWith(`/${value.toLowerCase()}`),
      'paper',
      warnings,
    ),
    topicIds: resolveFilter(
      filters.topic,
      index.topicNames,
      (value, topic) => compactText(topic).includes(compactText(value)),
      'key topic',
      warnings,
    ),
    years: filters.year.length > 0 ? new Set(filters.year) : undefined,
    meetings: filters.meeting.length > 0 ? new Set(filters.meeting) : undefined,
    catalogLanguage: filters.catalogLanguage,
  };
}

/**
 * Plans a search: parses the query text (throws USAGE when it is too long), joins the filters given
 * as fields to the query's, names the thesaurus concepts the words and foreign phrases name, turns
 * the rest of the words into clauses of index tokens, and resolves the filters to facet ids. Pure;
 * what the index's analyzer makes of words and labels is remembered per index.
 */
export function planSearch(index: SearchIndex, text: string, given?: SearchFilters): SearchPlan {
  const query = parseQuery(text);
  const filters = translateFilters(combineFilters(query.filters, given), index.filterVocabulary);
  const warnings = [...query.warnings];
  const { analyzer, postings } = index;

  const clauses: string[][][] = [];
  const weights: number[][] = [];
  const origins: AlternativeOrigin[][] = [];
  const terms: string[] = [];
  const clauseConcepts: (ConceptMatch | undefined)[] = [];
  const clauseWords: (WordMatch | undefined)[] = [];
  const tooMany = `only the first ${MAX_TERMS} terms of the query were used`;
  const full = (): boolean => {
    if (clauses.length < MAX_TERMS) return false;
    if (!warnings.includes(tooMany)) warnings.push(tooMany);
    return true;
  };
  // Alternatives met by a word: the word itself, or all the words inside it (非正式合作 is also met by
  // 非正式跨境合作); for a label of several words, all of them. A concept's label is met by the words
  // inside it only when one of them ends it (a Chinese compound's head is its last part): 偷运者
  // (smuggler) is not met by 偷运 (smuggling), which loses 者; a word typed may be met by any.
  const memo = memoOf(index);
  const alternativesOfToken = (token: string, whole: boolean): string[][] =>
    remember(whole ? memo.labelTokens : memo.tokens, token, MEMO_ENTRIES, () => {
      const alternatives = postings.has(token) ? [[token]] : [];
      const parts = [...new Set(analyzer.indexTokens(token))].filter((part) => part !== token);
      const covered = !whole || parts.some((part) => token.endsWith(part));
      if (parts.length > 0 && covered && parts.every((part) => postings.has(part))) alternatives.push(parts);
      return alternatives;
    });
  const alternativesOfLabel = (label: string): string[][] =>
    remember(memo.labels, label, MEMO_ENTRIES, () => {
      const tokens = analyzer.queryTokens(label);
      if (tokens.length === 1) return alternativesOfToken(tokens[0] as string, true);
      return tokens.length > 1 && tokens.every((part) => postings.has(part)) ? [tokens] : [];
    });
  const expander = index.expander;
  // A quoted phrase in another language than the text's that names a concept is searched as the
  // concept; other phrases must occur as written.
  const conceptPhrases = new Set<string>();
  const expansion = expander?.expand(query.words) ?? { matches: [], rest: query.words };
  const matches = [...expansion.matches];
  for (const phrase of query.phrases) {
    if (expander === undefined || containsHan(phrase)) continue;
    const named = expander.expand([phrase]);
    if (named.matches.length > 0 && named.rest.length === 0) {
      matches.push(...named.matches);
      conceptPhrases.add(phrase);
    }
  }
  for (const match of matches) {
    if (clauseConcepts.some((known) => known?.concept === match.concept) || full()) continue;
    const byKey = new Map<string, { alternative: string[]; weight: number; origin: AlternativeOrigin }>();
    // A related concept's labels first, so that a label the concept shares with it counts as its own.
    const sources = [
      ...match.related.map((related) => ({
        labels: related.labels,
        weight: RELATED_WEIGHT,
        origin: { via: 'related', concept: related.concept, name: related.name } as const,
      })),
      {
        labels: match.labels,
        weight: 1,
        origin: { via: 'label', concept: match.concept, name: match.name } as const,
      },
    ];
    for (const { labels, weight, origin } of sources) {
      for (const alternative of labels.flatMap(alternativesOfLabel)) {
        byKey.set(alternative.join(' '), { alternative, weight, origin });
      }
    }
    const alternatives = [...byKey.values()].map((entry) => entry.alternative);
    for (const label of match.labels) {
      const term = analyzer.normalize(label);
      if (!terms.includes(term)) terms.push(term);
    }
    clauses.push(alternatives);
    weights.push([...byKey.values()].map((entry) => entry.weight));
    origins.push([...byKey.values()].map((entry) => entry.origin));
    clauseConcepts.push(match);
    clauseWords.push(undefined);
  }
  // A word of labels: one clause met by the word as typed or by a label of a concept it reaches,
  // weighted by how specific the word is.
  for (const word of expansion.words ?? []) {
    if (full()) break;
    const byKey = new Map<string, { alternative: string[]; weight: number; origin: AlternativeOrigin }>();
    for (const concept of [...word.concepts].reverse()) {
      const origin: AlternativeOrigin = { via: 'word', concept: concept.concept, name: concept.name };
      for (const alternative of concept.labels.flatMap(alternativesOfLabel)) {
        byKey.set(alternative.join(' '), { alternative, weight: WORD_WEIGHT * word.specificity, origin });
      }
    }
    const typed = remember(memo.words, word.matched, MEMO_ENTRIES, () => analyzer.queryTokens(word.matched));
    for (const token of typed) {
      if (!terms.includes(token)) terms.push(token);
      for (const alternative of alternativesOfToken(token, false)) {
        byKey.set(alternative.join(' '), { alternative, weight: 1, origin: TYPED });
      }
    }
    for (const concept of word.concepts) {
      for (const label of concept.labels) {
        const term = analyzer.normalize(label);
        if (!terms.includes(term)) terms.push(term);
      }
    }
    clauses.push([...byKey.values()].map((entry) => entry.alternative));
    weights.push([...byKey.values()].map((entry) => entry.weight));
    origins.push([...byKey.values()].map((entry) => entry.origin));
    clauseConcepts.push(undefined);
    clauseWords.push(word);
  }
  const plainPhrases = query.phrases.filter((phrase) => !conceptPhrases.has(phrase));
  outer: for (const text of [...expansion.rest, ...plainPhrases]) {
    for (const token of remember(memo.words, text, MEMO_ENTRIES, () => analyzer.queryTokens(text))) {
      if (terms.includes(token)) continue;
      if (full()) break outer;
      terms.push(token);
      const alternatives = alternativesOfToken(token, false);
      clauses.push(alternatives);
      weights.push(alternatives.map(() => 1));
      origins.push(alternatives.map(() => TYPED));
      clauseConcepts.push(undefined);
      clauseWords.push(undefined);
    }
  }
  const phrases = plainPhrases.map(compactText).filter((phrase) => phrase !== '');
  const exclusions = query.exclusions.map(compactText).filter((word) => word !== '');

  const empty = clauses.length === 0 && !hasAnyFilter(filters) && phrases.length === 0;
  if (empty && query.words.length + query.exclusions.length === 0) warnings.push('the query is empty');
  const resolved = empty ? undefined : resolveFilters(index, filters, warnings);
  const narrowed =
    resolved !== undefined &&
    (resolved.catalogLanguage !== undefined ||
      resolved.themeIds !== undefined ||
      resolved.paperIds !== undefined ||
      resolved.years !== undefined ||
      resolved.meetings !== undefined ||
      resolved.topicIds !== undefined ||
      phrases.length > 0 ||
      exclusions.length > 0);
  return {
    query,
    filters,
    clauses,
    weights,
    origins,
    clauseConcepts,
    clauseWords,
    terms,
    highlight: [...terms, ...query.phrases.map((phrase) => analyzer.normalize(phrase))],
    phrases,
    exclusions,
    exactWords: query.words.map(compactText).filter((word) => characterCount(word) >= 2),
    // A concept counts as found as written when one of its labels is, not only the words inside one.
    conceptForms: clauseConcepts.flatMap((match) =>
      match === undefined ? [] : [match.labels.map(compactText).filter((label) => label !== '')],
    ),
    resolved,
    narrowed,
    empty,
    warnings,
  };
}
