import type { Analyzer } from '../analysis/index.js';
import { characterCount, containsHan } from '../analysis/index.js';
import type { Language } from '../domain/index.js';
import { entryOf, remember } from './bounded-memo.js';
import type {
  ConceptExpander,
  ConceptMatch,
  Expansion,
  RelatedConcept,
  WordMatch,
} from './concept-expander.js';
import type { PartOfTerm, QuestionIntent, QuestionReading } from './question-frames.js';
import { intentCues, readQuestion } from './question-frames.js';
import type { ParsedQuery } from './query-parser.js';
import { parseQuery } from './query-parser.js';
import { coverCompound } from './compound-cover.js';
import { compactText } from './search-document.js';
import type { QueryFilters, SearchFilters } from './search-filters.js';
import { combineFilters, hasAnyFilter, translateFilters } from './search-filters.js';
import type { SearchIndex } from './search-index.js';

/** Most query terms used; further terms are ignored with a warning. */
export const MAX_TERMS = 30;
/** Most weight of a related concept's labels when a query names a concept (its own labels weigh 1). */
const RELATED_WEIGHT = 0.3;
/**
 * The weight a concept's related concepts share (as RM3 normalises its expansion mass): each weighs
 * `min(RELATED_WEIGHT, RELATED_MASS / n)` for n related concepts, so that a paragraph naming many of a
 * concept's neighbours gains no more than a fixed share (under a third) of what one naming the concept
 * itself gains.
 */
const RELATED_MASS = 0.3;
/**
 * Most weight of the labels of a concept a query word is one word of (in another language than the
 * text's), times the word's specificity (0–1): always below a whole label's 1.
 */
const WORD_WEIGHT = 0.5;
/**
 * Most weight of the labels a Chinese query word the index does not hold reaches as a part of them
 * (判 of 判刑), times the word's specificity among the labels (0–1): as a word of labels in another
 * language ({@link WORD_WEIGHT}), always below a whole label's 1.
 */
const BACK_OFF_WEIGHT = 0.5;
/**
 * The factor on the inverse document frequency of a clause reached only by that back-off, before the
 * clauses' shares of the query's specificity are taken: a paragraph that misses it loses little of its
 * coverage. Tuning nDCG@10 was flat from 0.1 to 0.5 (0.9171–0.9179 for the Chinese queries).
 */
const BACK_OFF_SPECIFICITY = 0.25;

/**
 * A clause made of labels (a concept's, or those a word backs off to): its alternatives with their
 * weights and origins, and the terms its labels add per language (in the order of the plan's
 * languages), for the snippets. Read-only: it is kept and given to every plan that asks for the same.
 */
interface LabelClause {
  readonly alternatives: readonly (readonly string[])[];
  readonly weights: readonly number[];
  readonly origins: readonly AlternativeOrigin[];
  readonly terms: readonly (readonly string[])[];
}

/** One alternative of a label clause: its tokens, its weight and where it comes from. */
interface WeightedAlternative {
  readonly alternative: readonly string[];
  readonly weight: number;
  readonly origin: AlternativeOrigin;
}

/**
 * A label clause of the alternatives kept by their joined tokens (where two labels give the same
 * tokens, the one set last counts), with the terms its labels add per language for the snippets.
 */
function labelClauseOf(
  byKey: ReadonlyMap<string, WeightedAlternative>,
  terms: LabelClause['terms'],
): LabelClause {
  const entries = [...byKey.values()];
  return {
    alternatives: entries.map((entry) => entry.alternative),
    weights: entries.map((entry) => entry.weight),
    origins: entries.map((entry) => entry.origin),
    terms,
  };
}

/** Back-off clauses by index, then by word and concepts reached: made once, as concept clauses are. */
const backOffClauses = new WeakMap<SearchIndex, Map<string, LabelClause>>();

/**
 * The clause of a query word met by the labels, in each language indexed, of the concepts it reaches
 * (`word.concepts`, the first the likeliest), each weighted `weight`, and by its own alternatives
 * `typed` at full weight; with the labels' terms per language for the snippets. The one shape of the
 * three ways a word reaches labels: as a word of them in another language, as a Chinese word of
 * them, and backed off as a part of them.
 */
function wordLabelsClause(
  languages: readonly LanguageSearch[],
  word: WordMatch,
  weight: number,
  typed: readonly (readonly string[])[] = [],
): LabelClause {
  const byKey = new Map<string, WeightedAlternative>();
  for (const search of languages) {
    // The likeliest concept last, so that a label two concepts share counts as the likeliest's.
    for (const concept of [...word.concepts].reverse()) {
      const origin: AlternativeOrigin = { via: 'word', concept: concept.concept, name: concept.name };
      for (const label of concept.labelsIn.get(search.language) ?? [])
        for (const alternative of search.alternativesOfLabel(label))
          byKey.set(alternative.join(' '), { alternative, weight, origin });
    }
  }
  for (const alternative of typed)
    byKey.set(alternative.join(' '), { alternative, weight: 1, origin: TYPED });
  return labelClauseOf(
    byKey,
    languages.map((search) =>
      word.concepts.flatMap((concept) =>
        (concept.labelsIn.get(search.language) ?? []).map((label) => search.analyzer.normalize(label)),
      ),
    ),
  );
}

/**
 * The clause of a query word no paragraph holds, made of the labels of the concepts it is a part of
 * (see `ConceptExpander.partOfLabels`), each weighted {@link BACK_OFF_WEIGHT} times the word's
 * specificity (see {@link wordLabelsClause}). Made once per index, word and concepts, and kept (at
 * most {@link MEMO_ENTRIES}).
 */
function backOffClause(
  index: SearchIndex,
  languages: readonly LanguageSearch[],
  word: WordMatch,
): LabelClause {
  let byWord = backOffClauses.get(index);
  if (byWord === undefined) {
    byWord = new Map();
    backOffClauses.set(index, byWord);
  }
  const key = [word.matched, ...word.concepts.map((concept) => concept.concept)].join('\u0000');
  return remember(byWord, key, MEMO_ENTRIES, () =>
    wordLabelsClause(languages, word, BACK_OFF_WEIGHT * word.specificity),
  );
}

/**
 * What the filters select, resolved against the index: facet ids, years and meetings. `undefined`
 * does not narrow; an empty set selects nothing. (A language is not a filter: every paragraph is in
 * every language published, and `lang:` chooses the language its hits are shown in.)
 */
export interface ResolvedFilters {
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
  /**
   * How specific each clause is, as its share of the query's: the inverse document frequency of the
   * paragraphs its own alternatives (not a related concept's) meet, divided by the sum over the
   * clauses, so that the shares add up to 1. Ranking weighs the clauses a paragraph meets by it: a
   * word found in most paragraphs counts for little beside a rare one.
   */
  readonly specificity: readonly number[];
  /** The concept each clause stands for, when it came from the thesaurus. */
  readonly clauseConcepts: readonly (ConceptMatch | undefined)[];
  /**
   * The word of labels each clause stands for, when a query word reached concepts as one (a word of
   * another language, or a Chinese word no paragraph holds backing off to the labels it is part of).
   */
  readonly clauseWords: readonly (WordMatch | undefined)[];
  /** The analyzed terms searched for in the reference version (what its snippets mark). */
  readonly terms: readonly string[];
  /** What snippets of the reference version mark: the terms, then the phrases as typed, normalized. */
  readonly highlight: readonly string[];
  /** The same per language indexed: the terms searched for in its version, and what its snippets mark. */
  readonly termsIn: ReadonlyMap<Language, readonly string[]>;
  readonly highlightIn: ReadonlyMap<Language, readonly string[]>;
  /** Phrases that must occur as written, and words that must not, as compact text. */
  readonly phrases: readonly string[];
  readonly exclusions: readonly string[];
  /** The query's words of two characters or more, and each concept clause's labels, as compact text: the exact-word bonus. */
  readonly exactWords: readonly string[];
  readonly conceptForms: readonly (readonly string[])[];
  /**
   * What a paragraph answering the question's intent says, in the languages indexed, as compact text
   * (the words that distinguish, for a comparison); a paragraph with one gains the exact-word bonus
   * once. Empty for most queries.
   */
  readonly intentCues: readonly string[];
  /** What the query's question frame asks (a comparison, a definition …); undefined for no question. */
  readonly intent: QuestionIntent | undefined;
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
 * What a word or a concept label is searched as, by index and language: the same labels come back in
 * query after query, and segmenting them again each time cost most of a search on a small catalog.
 * Each table holds at most {@link MEMO_ENTRIES}.
 */
interface PlanMemo {
  readonly tokens: Map<string, string[][]>;
  /** The same for a token of a concept's label, whose inside words must begin and end it. */
  readonly labelTokens: Map<string, string[][]>;
  readonly labels: Map<string, string[][]>;
  /** The query tokens of a word or phrase as typed. */
  readonly words: Map<string, string[]>;
  /** The words searched for a query token (see `LanguageSearch.partsOfUnknown`). */
  readonly parts: Map<string, string[]>;
}
const MEMO_ENTRIES = 20_000;
const memos = new WeakMap<SearchIndex, Map<Language, PlanMemo>>();

function memoOf(index: SearchIndex, language: Language): PlanMemo {
  const byLanguage = entryOf(memos, index, () => new Map<Language, PlanMemo>());
  return entryOf(byLanguage, language, () => ({
    tokens: new Map(),
    labelTokens: new Map(),
    labels: new Map(),
    words: new Map(),
    parts: new Map(),
  }));
}

/**
 * How the words and labels of one language indexed are searched: its analyzer's tokens, keyed as the
 * index keys that language's tokens (see `SearchIndex.tokenPrefix`).
 */
interface LanguageSearch {
  readonly language: Language;
  readonly analyzer: Analyzer;
  /** Alternatives met by a word: the word itself, or all the words inside it. */
  readonly alternativesOfToken: (token: string, whole: boolean) => string[][];
  readonly alternativesOfLabel: (label: string) => string[][];
  /** The query tokens of a word or phrase as typed (not yet keyed). */
  readonly queryTokens: (text: string) => string[];
  /**
   * A query token as the words searched for it: the token itself, or, when the index does not hold
   * it, the words inside it if they make it up end to end and the index holds any of them.
   */
  readonly partsOfUnknown: (token: string) => string[];
  /** The key of a token of this language in the postings. */
  readonly key: (token: string) => string;
  /** What snippets in this language mark: the terms searched for, as the analyzer folds them. */
  readonly terms: string[];
}

/** How each language of an index reads words and labels, made once per index and language. */
const readers = new WeakMap<SearchIndex, Map<Language, Omit<LanguageSearch, 'terms'>>>();

/** The {@link LanguageSearch} of `language` for one plan: the language's reader, and no terms yet. */
function languageSearch(index: SearchIndex, language: Language, analyzer: Analyzer): LanguageSearch {
  let byLanguage = readers.get(index);
  if (byLanguage === undefined) {
    byLanguage = new Map();
    readers.set(index, byLanguage);
  }
  let reader = byLanguage.get(language);
  if (reader === undefined) {
    reader = languageReader(index, language, analyzer);
    byLanguage.set(language, reader);
  }
  return { ...reader, terms: [] };
}

function languageReader(
  index: SearchIndex,
  language: Language,
  analyzer: Analyzer,
): Omit<LanguageSearch, 'terms'> {
  const { postings } = index;
  const prefix = index.tokenPrefix.get(language) ?? '';
  const key = (token: string): string => (prefix === '' ? token : prefix + token);
  const memo = memoOf(index, language);
  // Alternatives met by a word: the word itself, or all the words inside it (非正式合作 is also met by
  // 非正式跨境合作); for a label of several words, all of them. A concept's label is met by the words
  // inside it only when one of them ends it (a Chinese compound's head is its last part): 偷运者
  // (smuggler) is not met by 偷运 (smuggling), which loses 者; a word typed may be met by any.
  const alternativesOfToken = (token: string, whole: boolean): string[][] =>
    remember(whole ? memo.labelTokens : memo.tokens, token, MEMO_ENTRIES, () => {
      const alternatives = postings.has(key(token)) ? [[key(token)]] : [];
      const parts = [...new Set(analyzer.indexTokens(token))].filter((part) => part !== token);
      const covered = !whole || parts.some((part) => token.endsWith(part));
      if (parts.length > 0 && covered && parts.every((part) => postings.has(key(part))))
        alternatives.push(parts.map(key));
      return alternatives;
    });
  const alternativesOfLabel = (label: string): string[][] =>
    remember(memo.labels, label, MEMO_ENTRIES, () => {
      const tokens = analyzer.queryTokens(label);
      if (tokens.length === 1) return alternativesOfToken(tokens[0] as string, true);
      return tokens.length > 1 && tokens.every((part) => postings.has(key(part))) ? [tokens.map(key)] : [];
    });
  const queryTokens = (text: string): string[] =>
    remember(memo.words, text, MEMO_ENTRIES, () => analyzer.queryTokens(text));
  // Only a compound the words inside it cover end to end, without overlap (保障人权 = 保障 + 人权):
  // 无人机 holds 无人 ("nobody", as in 无人陪伴) but is not made of it, and stays whole.
  const partsOfUnknown = (token: string): string[] =>
    remember(memo.parts, token, MEMO_ENTRIES, () => {
      if (postings.has(key(token))) return [token];
      const parts = [...new Set(analyzer.indexTokens(token))].filter((part) => part !== token);
      const cover = coverCompound(token, parts);
      return cover !== undefined && cover.length > 1 && cover.some((part) => postings.has(key(part)))
        ? cover
        : [token];
    });
  return { language, analyzer, alternativesOfToken, alternativesOfLabel, queryTokens, partsOfUnknown, key };
}

/**
 * Whether characters of a query are part of a longer term: of a word the reference analyzer cuts the
 * query into (its dictionary holds the thesaurus labels), or of a concept's label the query names.
 */
function partOfTermIn(reference: LanguageSearch, expander: ConceptExpander | undefined): PartOfTerm {
  return (text, start, end) => {
    const normalized = reference.analyzer.normalize(text);
    let from = 0;
    for (const token of reference.queryTokens(text)) {
      const at = normalized.indexOf(token, from);
      if (at === -1) continue;
      from = at + token.length;
      if (at < end && from > start && (at < start || from > end)) return true;
    }
    const frame = normalized.slice(start, end);
    const before = new Set(normalized.slice(0, start).split(/\s+/u));
    const after = new Set(normalized.slice(end).split(/\s+/u));
    return (expander?.expand(text.split(/\s+/u)).matches ?? []).some((match) => {
      const named = reference.analyzer.normalize(match.matched);
      if (named.length > frame.length && named.includes(frame)) return true;
      // A label met by words on both sides of the frame, the frame dropped as a stopword
      // (capacity-building and training as 培训和能力建设, matched as "capacity-building training").
      const words = named.split(/\s+/u);
      return (
        words.some((word) => before.has(word) && !after.has(word)) &&
        words.some((word) => after.has(word) && !before.has(word))
      );
    });
  };
}

/**
 * The concepts a question names and the rest of its words: each side of a comparison on its own, so
 * that a side is never read as one label with the other (培训 和 能力建设 as 培训和能力建设).
 */
function expandQuestion(expander: ConceptExpander | undefined, question: QuestionReading): Expansion {
  if (expander === undefined) return { matches: [], rest: question.words };
  if (question.sides === undefined) return expander.expand(question.words);
  const parts = question.sides.map((side) => expander.expand(side));
  const words = parts.flatMap((part) => part.words ?? []);
  const joined = { matches: parts.flatMap((part) => part.matches), rest: parts.flatMap((part) => part.rest) };
  return words.length > 0 ? { ...joined, words } : joined;
}

/**
 * Each clause's share of the query's specificity (see {@link SearchPlan.specificity}). A clause's
 * document frequency is that of its broadest own alternative (an alternative of several tokens meets
 * at most as many paragraphs as its rarest token), a bound on the paragraphs that meet it, read from
 * the postings without walking them; its inverse document frequency is BM25's, which stays above 0,
 * times {@link BACK_OFF_SPECIFICITY} for a clause in `backedOff`. A clause no paragraph meets is the
 * most specific.
 */
function specificityOf(
  index: SearchIndex,
  clauses: readonly (readonly (readonly string[])[])[],
  origins: readonly (readonly AlternativeOrigin[])[],
  backedOff: ReadonlySet<number>,
): number[] {
  const count = index.documents.length;
  const idf = clauses.map((alternatives, clause) => {
    let frequency = 0;
    alternatives.forEach((alternative, at) => {
      if (origins[clause]?.[at]?.via === 'related') return;
      let rarest = count;
      for (const token of alternative)
        rarest = Math.min(rarest, index.postings.get(token)?.documents.length ?? 0);
      frequency = Math.max(frequency, rarest);
    });
    const idf = Math.log(1 + (count - frequency + 0.5) / (frequency + 0.5));
    return backedOff.has(clause) ? BACK_OFF_SPECIFICITY * idf : idf;
  });
  const sum = idf.reduce((total, value) => total + value, 0);
  return idf.map((value) => (sum > 0 ? value / sum : 1 / idf.length));
}

/** Resolves filter values to the facet ids they select; names a value that selects nothing. */
function resolveFilter(
  values: readonly string[],
  names: readonly string[],
  matches: (value: string, name: string, id: number) => boolean,
  label: string,
  warnings: string[],
): Set<number> | undefined {
  if (values.length === 0) return undefined;
  const selected = new Set<number>();
  for (const value of values) {
    const before = selected.size;
    names.forEach((name, id) => {
      if (matches(value, name, id)) selected.add(id);
    });
    if (selected.size === before && !names.some((name, id) => matches(value, name, id))) {
      warnings.push(`no ${label} matches '${value}'`);
    }
  }
  return selected;
}

/** The names a facet value has in the other language versions of the index (none with one version). */
function otherNames(namesIn: ReadonlyMap<Language, readonly string[]>, id: number): string[] {
  if (namesIn.size < 2) return [];
  return [...namesIn.values()].flatMap((names) => (names[id] === undefined ? [] : [names[id]]));
}

function resolveFilters(index: SearchIndex, filters: QueryFilters, warnings: string[]): ResolvedFilters {
  return {
    themeIds: resolveFilter(
      filters.theme,
      index.themes.values,
      (value, name, at) => {
        const id = index.themeIdOf.get(name) ?? '';
        return (
          name.includes(value) ||
          id === value ||
          id === `theme-${value}` ||
          otherNames(index.themeNamesIn, at).some((other) => other.includes(value))
        );
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
      (value, topic, at) =>
        [topic, ...otherNames(index.topicNamesIn, at)].some((name) =>
          compactText(name).includes(compactText(value)),
        ),
      'key topic',
      warnings,
    ),
    years: filters.year.length > 0 ? new Set(filters.year) : undefined,
    meetings: filters.meeting.length > 0 ? new Set(filters.meeting) : undefined,
  };
}

/** Most clauses kept per concept: one per set of its related concepts a query also names. */
const CLAUSES_PER_CONCEPT = 64;

/**
 * Concept clauses by index, then by the concept's labels (`ConceptMatch.labelsIn`, one object per
 * concept of an expander), then by the related concepts left out: a concept comes back in query
 * after query, and making its clause (its labels and its neighbours' in six languages, each read by
 * the analyzer) was most of planning a search that names one.
 */
const conceptClauses = new WeakMap<
  SearchIndex,
  WeakMap<ReadonlyMap<Language, readonly string[]>, Map<string, LabelClause>>
>();

/**
 * The clause of a concept a query names ({@link LabelClause}): its labels and those of its related
 * concepts the query does not name itself (`named`), in every language indexed; made once and kept.
 */
function conceptClause(
  index: SearchIndex,
  languages: readonly LanguageSearch[],
  match: ConceptMatch,
  named: ReadonlySet<string>,
): LabelClause {
  let byLabels = conceptClauses.get(index);
  if (byLabels === undefined) {
    byLabels = new WeakMap();
    conceptClauses.set(index, byLabels);
  }
  let byLeftOut = byLabels.get(match.labelsIn);
  if (byLeftOut === undefined) {
    byLeftOut = new Map();
    byLabels.set(match.labelsIn, byLeftOut);
  }
  const leftOut = new Set<string>();
  for (const related of match.relatedIn.values())
    for (const { concept } of related) if (named.has(concept)) leftOut.add(concept);
  // The concept itself too: equal labels with another name or neighbours are another clause.
  const key = [match.concept, match.name, ...leftOut].join('\u0000');
  return remember(byLeftOut, key, CLAUSES_PER_CONCEPT, () => makeConceptClause(languages, match, leftOut));
}

function makeConceptClause(
  languages: readonly LanguageSearch[],
  match: ConceptMatch,
  leftOut: ReadonlySet<string>,
): LabelClause {
  const byKey = new Map<string, WeightedAlternative>();
  const relatedOf = (language: Language): readonly RelatedConcept[] =>
    (match.relatedIn.get(language) ?? []).filter((related) => !leftOut.has(related.concept));
  const neighbours = new Set(
    languages.flatMap((search) => relatedOf(search.language).map((related) => related.concept)),
  );
  const relatedWeight = Math.min(RELATED_WEIGHT, RELATED_MASS / Math.max(1, neighbours.size));
  for (const search of languages) {
    // A related concept's labels first, so that a label the concept shares with it counts as its own.
    const sources = [
      ...relatedOf(search.language).map((related) => ({
        labels: related.labels,
        weight: relatedWeight,
        origin: { via: 'related', concept: related.concept, name: related.name } as const,
      })),
      {
        labels: match.labelsIn.get(search.language) ?? [],
        weight: 1,
        origin: { via: 'label', concept: match.concept, name: match.name } as const,
      },
    ];
    for (const { labels, weight, origin } of sources) {
      for (const alternative of labels.flatMap(search.alternativesOfLabel)) {
        byKey.set(alternative.join(' '), { alternative, weight, origin });
      }
    }
  }
  return labelClauseOf(
    byKey,
    languages.map((search) =>
      (match.labelsIn.get(search.language) ?? []).map((label) => search.analyzer.normalize(label)),
    ),
  );
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

  const clauses: (readonly (readonly string[])[])[] = [];
  const weights: (readonly number[])[] = [];
  const origins: (readonly AlternativeOrigin[])[] = [];
  const clauseConcepts: (ConceptMatch | undefined)[] = [];
  const clauseWords: (WordMatch | undefined)[] = [];
  const tooMany = `only the first ${MAX_TERMS} terms of the query were used`;
  const full = (): boolean => {
    if (clauses.length < MAX_TERMS) return false;
    if (!warnings.includes(tooMany)) warnings.push(tooMany);
    return true;
  };
  // Each language indexed, the reference first: the query is read by each language's analyzer for
  // that language's fields, never guessed.
  const languages = index.languages.map((language) =>
    languageSearch(index, language, index.analyzers.get(language) ?? index.analyzer),
  );
  const reference = languages[0] as LanguageSearch;
  const addTerm = (search: LanguageSearch, term: string): void => {
    if (!search.terms.includes(term)) search.terms.push(term);
  };
  /**
   * Adds one clause: its alternatives with their weights and origins, the terms it adds to each
   * language's (`terms`, in the order of `languages`), and the concept or word of labels it stands for.
   */
  const addClause = (
    clause: Omit<LabelClause, 'terms'> & { readonly terms?: LabelClause['terms'] },
    standsFor: { readonly concept?: ConceptMatch; readonly word?: WordMatch } = {},
  ): void => {
    languages.forEach((search, at) => {
      for (const term of clause.terms?.[at] ?? []) addTerm(search, term);
    });
    clauses.push(clause.alternatives);
    weights.push(clause.weights);
    origins.push(clause.origins);
    clauseConcepts.push(standsFor.concept);
    clauseWords.push(standsFor.word);
  };
  const expander = index.expander;
  // A quoted phrase in another language than the text's that names a concept is searched as the
  // concept; other phrases must occur as written.
  const conceptPhrases = new Set<string>();
  const question = readQuestion(query.words, partOfTermIn(reference, expander));
  const expansion = expandQuestion(expander, question);
  const matches = [...expansion.matches];
  for (const phrase of query.phrases) {
    if (expander === undefined || containsHan(phrase)) continue;
    const named = expander.expand([phrase]);
    if (named.matches.length > 0 && named.rest.length === 0) {
      matches.push(...named.matches);
      conceptPhrases.add(phrase);
    }
  }
  // A concept the query names is its own clause, never another's neighbour.
  const named = new Set(matches.map((match) => match.concept));
  for (const match of matches) {
    if (clauseConcepts.some((known) => known?.concept === match.concept) || full()) continue;
    addClause(conceptClause(index, languages, match, named), { concept: match });
  }
  // A word of labels: one clause met by the word as typed or by a label of a concept it reaches,
  // weighted by how specific the word is.
  for (const word of expansion.words ?? []) {
    if (full()) break;
    const typed: (readonly string[])[] = [];
    for (const search of languages) {
      for (const token of search.queryTokens(word.matched)) {
        addTerm(search, token);
        typed.push(...search.alternativesOfToken(token, false));
      }
    }
    addClause(wordLabelsClause(languages, word, WORD_WEIGHT * word.specificity, typed), { word });
  }
  const plainPhrases = query.phrases.filter((phrase) => !conceptPhrases.has(phrase));
  const backedOff = new Set<number>();
  // The rest, as typed: one clause per token of the first language (the reference's, unless it finds
  // no token in the word) met by that token in its language or by the word in any other language
  // (token by token where the languages cut it into as many tokens, else all its tokens there). A
  // compound the index does not hold is searched as the words inside it, each its own clause (保障人权
  // as 保障 and 人权), so that a paragraph with only its specific word still ranks by it.
  outer: for (const text of [...expansion.rest, ...plainPhrases]) {
    const cuts = languages.map((search) => ({ search, tokens: search.queryTokens(text) }));
    const found = cuts.find((cut) => cut.tokens.length > 0);
    if (found === undefined) continue;
    const lead = { ...found, tokens: [...new Set(found.tokens.flatMap(found.search.partsOfUnknown))] };
    const others = cuts.filter((cut) => cut !== found && cut.tokens.length > 0);
    for (const [at, token] of lead.tokens.entries()) {
      if (lead.search.terms.includes(token)) continue;
      if (full()) break outer;
      lead.search.terms.push(token);
      const alternatives = [...lead.search.alternativesOfToken(token, false)];
      for (const { search, tokens } of others) {
        if (tokens.length === lead.tokens.length) {
          const own = tokens[at] as string;
          addTerm(search, own);
          alternatives.push(...search.alternativesOfToken(own, false));
        } else {
          for (const own of tokens) addTerm(search, own);
          if (tokens.every((own) => index.postings.has(search.key(own))))
            alternatives.push(tokens.map(search.key));
        }
      }
      // A Chinese word that nothing meets (判 in 蛇头判几年) backs off to the concepts whose labels hold
      // it (判刑, 判处: sanctions), a clause that counts for less in the coverage.
      const found = alternatives.length === 0 ? expander?.partOfLabels(token) : undefined;
      const unnamed = found?.concepts.filter((concept) => !named.has(concept.concept)) ?? [];
      const backOff =
        found === undefined || unnamed.length === 0 ? undefined : { ...found, concepts: unnamed };
      if (backOff !== undefined) {
        addClause(backOffClause(index, languages, backOff), { word: backOff });
        backedOff.add(clauses.length - 1);
        continue;
      }
      // A Chinese word the index holds that names no concept but is a word of one or two concepts'
      // labels (危险 of 生命危险) is also met by their labels, as a word of labels in another language is.
      const reached = alternatives.length > 0 ? expander?.wordOfLabels(token) : undefined;
      const unnamedReached = reached?.concepts.filter((concept) => !named.has(concept.concept)) ?? [];
      if (reached !== undefined && unnamedReached.length > 0) {
        const word = { ...reached, concepts: unnamedReached };
        addClause(wordLabelsClause(languages, word, WORD_WEIGHT * word.specificity, alternatives), { word });
        continue;
      }
      addClause({ alternatives, weights: alternatives.map(() => 1), origins: alternatives.map(() => TYPED) });
    }
  }
  const highlightOf = (search: LanguageSearch): string[] => [
    ...search.terms,
    ...query.phrases.map((phrase) => search.analyzer.normalize(phrase)),
  ];
  const phrases = plainPhrases.map(compactText).filter((phrase) => phrase !== '');
  const exclusions = query.exclusions.map(compactText).filter((word) => word !== '');

  const empty = clauses.length === 0 && !hasAnyFilter(filters) && phrases.length === 0;
  if (empty && query.words.length + query.exclusions.length === 0) warnings.push('the query is empty');
  const resolved = empty ? undefined : resolveFilters(index, filters, warnings);
  const narrowed =
    resolved !== undefined &&
    (resolved.themeIds !== undefined ||
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
    specificity: specificityOf(index, clauses, origins, backedOff),
    clauseConcepts,
    clauseWords,
    terms: reference.terms,
    highlight: highlightOf(reference),
    termsIn: new Map(languages.map((search) => [search.language, search.terms])),
    highlightIn: new Map(languages.map((search) => [search.language, highlightOf(search)])),
    phrases,
    exclusions,
    intentCues: [
      ...new Set(
        languages.flatMap((search) => intentCues(question.intent, search.language).map(compactText)),
      ),
    ],
    intent: question.intent,
    exactWords: question.words.map(compactText).filter((word) => characterCount(word) >= 2),
    // A concept counts as found as written when one of its labels is, not only the words inside one.
    conceptForms: clauseConcepts.flatMap((match) =>
      match === undefined
        ? []
        : [
            languages
              .flatMap((search) => match.labelsIn.get(search.language) ?? [])
              .map(compactText)
              .filter((label) => label !== ''),
          ],
    ),
    resolved,
    narrowed,
    empty,
    warnings,
  };
}
