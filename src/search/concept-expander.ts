import type { Analyzer } from '../analysis/index.js';
import { alternativeReadings, characterCount, containsHan, createAnalyzer } from '../analysis/index.js';
import type { Language } from '../domain/index.js';
import { UN_LANGUAGES } from '../domain/index.js';
import { remember } from './bounded-memo.js';
import { coverCompound } from './compound-cover.js';

/**
 * A concept of the thesaurus as search needs it: its id, the name shown for it, and all its labels
 * (preferred, alternative and hidden alike) per language.
 */
export interface ExpansionConcept {
  readonly id: string;
  /** Its preferred label in the language of the indexed text (shown as "hawala → 哈瓦拉"). */
  readonly name: string;
  readonly labels: Readonly<Partial<Record<Language, readonly string[]>>>;
  /** Ids of related concepts, whose labels also meet a query that names this one, at a lower weight. */
  readonly related?: readonly string[];
}

/** A concept related to one a query names: what its labels are searched as, and what a hit shows of it. */
export interface RelatedConcept {
  readonly concept: string;
  /** Its preferred label in the language of the indexed text. */
  readonly name: string;
  /** Its labels in the language of the indexed text that are not labels of the concept it is related to. */
  readonly labels: readonly string[];
}

/** Query words that name a concept, and the labels in the indexed language they are searched as. */
export interface ConceptMatch {
  readonly concept: string;
  readonly name: string;
  /**
   * `label`: the words are one of its labels (stemmed, in any language); `word`: a query word is one
   * word of one of its labels in another language than the text's ("border" of "border control").
   */
  readonly via: 'label' | 'word';
  /** The query words matched, as typed. */
  readonly matched: string;
  /** The language of the label they matched. */
  readonly language: Language;
  /** The concept's labels in the language of the indexed text (the reference version's). */
  readonly labels: readonly string[];
  /** The labels of its related concepts in the language of the indexed text (not its own). */
  readonly relatedLabels: readonly string[];
  /** Its related concepts, each with those of its labels. */
  readonly related: readonly RelatedConcept[];
  /**
   * In an index of several language versions: the labels it is searched as in each language indexed
   * (for a word of labels, every language but the word's own, where the word is searched as typed),
   * and its related concepts with their labels in each. The reference language's are `labels` and
   * `related`. For a concept named by its label, both are the same objects in every match of it
   * (made once per expander), so what is made of them can be kept by them.
   */
  readonly labelsIn: ReadonlyMap<Language, readonly string[]>;
  readonly relatedIn: ReadonlyMap<Language, readonly RelatedConcept[]>;
}

/**
 * A query word, in another language than the text's, that names no concept but is a word of the
 * labels of some: the concepts it reaches, the most closely labelled first, and how specific it is.
 */
export interface WordMatch {
  /** The word as typed. */
  readonly matched: string;
  readonly language: Language;
  /**
   * How specific the word is among the labels of its language, from 0 to 1: its inverse document
   * frequency over the concepts that have labels in that language, divided by the largest possible
   * (1 for a word of one concept's labels; "migrants", in dozens of labels, about a third).
   */
  readonly specificity: number;
  /** At most {@link MAX_WORD_CONCEPTS} concepts, those whose shortest label holding the word is shortest first. */
  readonly concepts: readonly ConceptMatch[];
}

/** The query words split into those that name concepts, those that are words of labels, and the rest, each in query order. */
export interface Expansion {
  readonly matches: readonly ConceptMatch[];
  /** The words of labels; absent when there is none. */
  readonly words?: readonly WordMatch[];
  readonly rest: readonly string[];
}

/** Finds the concepts named in a query, in any of the six languages. */
export interface ConceptExpander {
  /** Splits the words of a query (as the user typed them, in order) into concept names and the rest. */
  expand(words: readonly string[]): Expansion;
  /**
   * The concepts a Chinese query word that the index does not hold reaches as a part of their labels
   * in the text's language (判, in no paragraph, is a part of 判刑 and 判处, labels of sanctions):
   * a back-off that gives such a word some reach instead of none. Undefined for a word that is no
   * Chinese, that the text's labels do not hold, or when the text is not in Chinese. See
   * {@link MAX_WORD_CONCEPTS} and `WordMatch.specificity`.
   */
  partOfLabels(word: string): WordMatch | undefined;
  /**
   * The concepts a Chinese query word that the index holds but that names none reaches as a whole
   * word of their labels in the text's language (危险 of 生命危险, danger to life), when they are at
   * most {@link MAX_OWN_WORD_CONCEPTS}: as a word of labels in another language reaches them, so that
   * a paragraph saying the concept in other words (生命受到威胁, 遇险) still meets the word. Undefined
   * for a word that is no Chinese, a label itself, in no label, or in the labels of more concepts.
   */
  wordOfLabels(word: string): WordMatch | undefined;
}

/** Longest label, in tokens, that a query is matched against. */
const MAX_LABEL_TOKENS = 8;

/** Most expansions an expander keeps. */
const MAX_EXPANSIONS = 10_000;

/** Most words whose tokens a label table keeps. */
const MAX_WORD_TOKENS = 20_000;

/** Most concepts a word of labels reaches: those whose labels holding it are shortest. */
export const MAX_WORD_CONCEPTS = 8;

/**
 * Most concepts whose labels a Chinese word of the text's language may be a word of to reach them
 * (see `ConceptExpander.wordOfLabels`): a word of more concepts' labels (技术, 海上, 合作) is too
 * general to stand for any of them, and searched as typed only. Tuning nDCG@10 was the same for 2
 * and 3, and lower with no bound (技术 reached every technology concept).
 */
export const MAX_OWN_WORD_CONCEPTS = 2;

/** The languages whose labels a run of words in some script may be in, most likely first. */
function languagesOfScript(text: string, indexLanguage: Language): readonly Language[] {
  if (containsHan(text)) return ['zh'];
  if (/\p{Script=Cyrillic}/u.test(text)) return ['ru'];
  if (/\p{Script=Arabic}/u.test(text)) return ['ar'];
  const latin: Language[] = ['en', 'fr', 'es'];
  return latin.includes(indexLanguage) ? [indexLanguage, ...latin.filter((l) => l !== indexLanguage)] : latin;
}

interface LabelTable {
  readonly analyzer: Analyzer;
  /** The analyzer's query tokens of a word, remembered: the same words come back in run after run. */
  readonly tokensOf: (word: string) => readonly string[];
  /** Label tokens joined by a space → concepts with that label. */
  readonly concepts: ReadonlyMap<string, readonly ExpansionConcept[]>;
  /**
   * Every beginning of a key of `concepts` that ends before one of its spaces: a run of query tokens
   * whose join is none of these and no key can grow into a label.
   */
  readonly prefixes: ReadonlySet<string>;
  /** A token of labels → the concepts whose labels hold it, with the fewest tokens of such a label. */
  readonly words: ReadonlyMap<string, Map<ExpansionConcept, number>>;
  /** The words of the labels as written (folded, not stemmed): which language a Latin word is in. */
  readonly surface: ReadonlySet<string>;
  /** How many concepts have labels in this language. */
  readonly labelled: number;
}

const SURFACE_WORD = /[\p{L}\p{M}\p{N}]+/gu;

/**
 * A query token as the tokens labels are matched against: the token itself, or, when it is no label
 * but a compound with a label inside it (保障人权, 打击偷运 …), the words inside it, in order and
 * without overlap (保障, 人权), so that the concept its part names is found.
 */
function labelParts(table: LabelTable, token: string): string[] {
  if (table.concepts.has(token)) return [token];
  const parts = table.analyzer.indexTokens(token).filter((part) => part !== token && part.length >= 2);
  if (!parts.some((part) => table.concepts.has(part))) return [token];
  // The longest part that starts at each place, a label first.
  const labelsFirst = (a: string, b: string): number =>
    Number(table.concepts.has(b)) - Number(table.concepts.has(a)) || b.length - a.length;
  return coverCompound(token, parts, labelsFirst) ?? [token];
}

/**
 * Builds the expander over the thesaurus concepts for an index whose text is in `indexAnalyzer`'s
 * language, and in the languages of `otherAnalyzers` (the other language versions indexed with it):
 * a concept named is searched as its labels in each of them. A label is matched by its analyzed tokens (so "smugglers" meets the label "smuggler",
 * and in Chinese the segmenter's words, whose dictionary holds the labels): exact, stemmed or
 * alternative labels alike. Longest labels win; a run of words may match in only one language.
 */
export function createConceptExpander(
  concepts: readonly ExpansionConcept[],
  indexAnalyzer: Analyzer,
  otherAnalyzers: readonly Analyzer[] = [],
): ConceptExpander {
  const indexLanguage = indexAnalyzer.language;
  const indexed = [indexLanguage, ...otherAnalyzers.map((analyzer) => analyzer.language)];
  const byId = new Map(concepts.map((concept) => [concept.id, concept]));
  const relatedIn = (concept: ExpansionConcept, language: Language): RelatedConcept[] => {
    const own = new Set(concept.labels[language] ?? []);
    const seen = new Set<string>();
    return (concept.related ?? []).flatMap((id): RelatedConcept[] => {
      const other = byId.get(id);
      if (other === undefined) return [];
      const labels = (other.labels[language] ?? []).filter((label) => !own.has(label) && !seen.has(label));
      for (const label of labels) seen.add(label);
      return labels.length === 0 ? [] : [{ concept: other.id, name: other.name, labels }];
    });
  };
  const relatedOf = new Map(
    concepts.map((concept): [string, ReadonlyMap<Language, RelatedConcept[]>] => [
      concept.id,
      new Map(indexed.map((language) => [language, relatedIn(concept, language)])),
    ]),
  );
  const labelsOf = (
    concept: ExpansionConcept,
    languages: readonly Language[],
  ): Map<Language, readonly string[]> =>
    new Map(languages.map((language) => [language, concept.labels[language] ?? []]));
  // Each concept's labels in the languages indexed, made once: one map per concept, whatever query
  // names it, so that the planner can keep what it makes of them by it (see `ConceptMatch.labelsIn`).
  const indexedLabels = new Map(concepts.map((concept) => [concept, labelsOf(concept, indexed)]));
  const analyzers = new Map(
    [indexAnalyzer, ...otherAnalyzers].map((analyzer) => [analyzer.language, analyzer]),
  );
  // A concept's place in the thesaurus (the first of equal ids), to order the concepts a word reaches.
  const order = new Map<string, number>();
  concepts.forEach((concept, at) => {
    if (!order.has(concept.id)) order.set(concept.id, at);
  });
  const orderOf = (concept: ExpansionConcept): number => order.get(concept.id) ?? -1;
  const tables = new Map<Language, LabelTable>();
  /** Per language: the tokens of a word as labels are matched against (see `labelParts`), remembered. */
  const labelTokens = new Map<Language, (word: string) => readonly string[]>();
  for (const language of UN_LANGUAGES) {
    const analyzer = analyzers.get(language) ?? createAnalyzer(language);
    const byKey = new Map<string, ExpansionConcept[]>();
    const words = new Map<string, Map<ExpansionConcept, number>>();
    const surface = new Set<string>();
    let labelled = 0;
    for (const concept of concepts) {
      const labels = concept.labels[language] ?? [];
      if (labels.length > 0) labelled++;
      for (const label of labels) {
        const tokens = analyzer.queryTokens(label);
        const key = tokens.join(' ');
        if (key === '') continue;
        const list = byKey.get(key) ?? [];
        if (!list.includes(concept)) list.push(concept);
        byKey.set(key, list);
        for (const token of tokens) {
          const reach = words.get(token) ?? new Map<ExpansionConcept, number>();
          reach.set(concept, Math.min(reach.get(concept) ?? Infinity, tokens.length));
          words.set(token, reach);
        }
        for (const [word] of analyzer.normalize(label).matchAll(SURFACE_WORD)) surface.add(word);
      }
    }
    const tokens = new Map<string, readonly string[]>();
    const tokensOf = (word: string): readonly string[] =>
      remember(tokens, word, MAX_WORD_TOKENS, () => analyzer.queryTokens(word));
    const prefixes = new Set<string>();
    for (const key of byKey.keys())
      for (let at = key.indexOf(' '); at !== -1; at = key.indexOf(' ', at + 1))
        prefixes.add(key.slice(0, at));
    const table = { analyzer, tokensOf, concepts: byKey, prefixes, words, surface, labelled };
    tables.set(language, table);
    const parts = new Map<string, readonly string[]>();
    // A word none of whose tokens is a word of labels is read another way its language allows, when
    // that one's are ("وثائق" as the و of the word, not "and": see `alternativeReadings`).
    const known = (tokens: readonly string[]): boolean =>
      tokens.length > 0 && tokens.every((token) => words.has(token));
    const readingOf = (word: string): readonly string[] => {
      const own = tokensOf(word);
      if (known(own)) return own;
      for (const reading of alternativeReadings(word, language)) {
        const tokens = tokensOf(reading);
        if (known(tokens)) return tokens;
      }
      return own;
    };
    labelTokens.set(language, (word) =>
      remember(parts, word, MAX_WORD_TOKENS, () =>
        readingOf(word).flatMap((token) => labelParts(table, token)),
      ),
    );
  }

  /**
   * Concept matches in one run of words of one script, greedily longest first, and what is left for
   * plain search: the words none of whose tokens matched, as typed, and the unmatched tokens of words
   * that matched in part ("蛇头的作案手法" is one word of two labels). Undefined when nothing matched.
   */
  const matchRun = (
    run: readonly string[],
    language: Language,
  ): { matches: ConceptMatch[]; rest: string[] } | undefined => {
    const table = tables.get(language);
    if (table === undefined) return undefined;
    const tokens: { token: string; word: number; matched: boolean }[] = [];
    const tokensOf = labelTokens.get(language) ?? table.tokensOf;
    run.forEach((word, index) => {
      for (const token of tokensOf(word)) tokens.push({ token, word: index, matched: false });
    });
    const matches: ConceptMatch[] = [];
    for (let start = 0; start < tokens.length;) {
      // The longest run of tokens from here that is a label: grown a token at a time while some
      // label begins with it.
      const limit = Math.min(MAX_LABEL_TOKENS, tokens.length - start);
      let length = 0;
      let found: readonly ExpansionConcept[] | undefined;
      let key = '';
      for (let size = 1; size <= limit; size++) {
        const token = (tokens[start + size - 1] as { token: string }).token;
        key = size === 1 ? token : `${key} ${token}`;
        const here = table.concepts.get(key);
        if (here !== undefined) {
          found = here;
          length = size;
        }
        if (!table.prefixes.has(key)) break;
      }
      if (found !== undefined) {
        const slice = tokens.slice(start, start + length);
        const words = [...new Set(slice.map((entry) => entry.word))].map((word) => run[word] ?? '');
        const matched = language === 'zh' ? slice.map((entry) => entry.token).join('') : words.join(' ');
        for (const concept of found) {
          const related = relatedOf.get(concept.id) ?? new Map<Language, RelatedConcept[]>();
          const own = related.get(indexLanguage) ?? [];
          matches.push({
            concept: concept.id,
            name: concept.name,
            via: 'label',
            matched,
            language,
            labels: concept.labels[indexLanguage] ?? [],
            relatedLabels: own.flatMap((entry) => entry.labels),
            related: own,
            labelsIn: indexedLabels.get(concept) ?? labelsOf(concept, indexed),
            relatedIn: related,
          });
        }
        for (const entry of slice) entry.matched = true;
      }
      start += Math.max(length, 1);
    }
    if (matches.length === 0) return undefined;
    const rest: string[] = [];
    run.forEach((word, index) => {
      const own = tokens.filter((entry) => entry.word === index);
      if (own.length > 0 && own.every((entry) => !entry.matched)) rest.push(word);
      else rest.push(...own.filter((entry) => !entry.matched).map((entry) => entry.token));
    });
    return { matches, rest };
  };

  /**
   * `word` as a word of labels in `language`: the concepts of `reach` (each with the length of its
   * shortest label holding the word), the {@link MAX_WORD_CONCEPTS} most closely labelled first, and
   * the word's specificity among the `labelled` concepts of that language (0–1: 1 when it reaches
   * one). `labels` and `labelsIn` say which of a reached concept's labels are searched.
   */
  const wordMatchOf = (
    word: string,
    language: Language,
    reach: ReadonlyMap<ExpansionConcept, number>,
    labelled: number,
    searched: {
      readonly labels: (concept: ExpansionConcept) => readonly string[];
      readonly labelsIn: (concept: ExpansionConcept) => Map<Language, readonly string[]>;
    },
  ): WordMatch => {
    const specificity = Math.log((labelled + 1) / reach.size) / Math.log(labelled + 1);
    const nearest = [...reach]
      .sort(([a, aLength], [b, bLength]) => aLength - bLength || orderOf(a) - orderOf(b))
      .slice(0, MAX_WORD_CONCEPTS)
      .map(([concept]) => concept);
    return {
      matched: word,
      language,
      specificity,
      concepts: nearest.map((concept) => ({
        concept: concept.id,
        name: concept.name,
        via: 'word',
        matched: word,
        language,
        labels: searched.labels(concept),
        relatedLabels: [],
        related: [],
        labelsIn: searched.labelsIn(concept),
        relatedIn: new Map(),
      })),
    };
  };

  /**
   * The concepts a word of another language than the text's reaches as a word of their labels, in
   * the first of `languages` whose labels hold it as written, else the first whose labels hold its
   * stem; undefined when none does, or when that language is the text's (the word is searched as is).
   */
  const matchWord = (word: string, languages: readonly Language[]): WordMatch | undefined => {
    const candidates = languages.flatMap((language) => {
      const table = tables.get(language);
      if (table === undefined) return [];
      const tokens = table.tokensOf(word);
      const token = tokens.length === 1 ? tokens[0] : undefined;
      const reach = token === undefined ? undefined : table.words.get(token);
      if (reach === undefined) return [];
      const written = [...table.analyzer.normalize(word).matchAll(SURFACE_WORD)].every(([part]) =>
        table.surface.has(part),
      );
      return [{ language, table, reach, written }];
    });
    const chosen = candidates.find((candidate) => candidate.written) ?? candidates[0];
    // In its own language the word is searched as typed; it reaches concepts through the labels of
    // the other languages indexed, if any.
    const through = indexed.filter((language) => language !== chosen?.language);
    if (chosen === undefined || through.length === 0) return undefined;
    const { language, table, reach } = chosen;
    return wordMatchOf(word, language, reach, table.labelled, {
      labels: (concept) => (language === indexLanguage ? [] : (concept.labels[indexLanguage] ?? [])),
      labelsIn: (concept) => labelsOf(concept, through),
    });
  };

  const expandWords = (words: readonly string[]): Expansion => {
    const matches: ConceptMatch[] = [];
    const wordMatches: WordMatch[] = [];
    const rest: string[] = [];
    /** A word of the run that matched no whole label: a word of labels, or left for plain search. */
    const leave = (word: string, typed: boolean, languages: readonly Language[]): void => {
      const reached = typed ? matchWord(word, languages) : undefined;
      if (reached === undefined) rest.push(word);
      else wordMatches.push(reached);
    };
    // Runs of consecutive words in one script: "modus operandi" is matched across its two words.
    let run: string[] = [];
    let runScript = '';
    const flush = (): void => {
      if (run.length === 0) return;
      const languages = languagesOfScript(run.join(' '), indexLanguage);
      const found = languages
        .map((language) => matchRun(run, language))
        .filter((result) => result !== undefined)
        .sort((a, b) => a.rest.length - b.rest.length)[0];
      const typed = new Set(run);
      if (found === undefined) for (const word of run) leave(word, true, languages);
      else {
        matches.push(...found.matches);
        for (const word of found.rest) leave(word, typed.has(word), languages);
      }
      run = [];
    };
    for (const word of words) {
      const script = containsHan(word) ? 'han' : 'other';
      if (script !== runScript) flush();
      runScript = script;
      run.push(word);
    }
    flush();
    return wordMatches.length > 0 ? { matches, words: wordMatches, rest } : { matches, rest };
  };

  // The text's labels as written, folded, each with its concept: what a Chinese word is looked for in.
  const indexTable = tables.get(indexLanguage);
  const writtenLabels =
    indexLanguage !== 'zh' || indexTable === undefined
      ? []
      : concepts.flatMap((concept) =>
          (concept.labels[indexLanguage] ?? []).map((label) => ({
            concept,
            label: indexTable.analyzer.normalize(label),
          })),
        );
  const partOfLabels = (word: string): WordMatch | undefined => {
    if (indexTable === undefined || writtenLabels.length === 0 || !containsHan(word)) return undefined;
    const folded = indexTable.analyzer.normalize(word).trim();
    if (folded === '') return undefined;
    const reach = new Map<ExpansionConcept, number>();
    for (const { concept, label } of writtenLabels) {
      if (!label.includes(folded)) continue;
      reach.set(concept, Math.min(reach.get(concept) ?? Infinity, characterCount(label)));
    }
    if (reach.size === 0) return undefined;
    return wordMatchOf(word, indexLanguage, reach, indexTable.labelled, {
      labels: (concept) => concept.labels[indexLanguage] ?? [],
      labelsIn: (concept) => new Map([[indexLanguage, concept.labels[indexLanguage] ?? []]]),
    });
  };
  const parted = new Map<string, WordMatch | null>();
  // Each word of the text's labels (search-mode tokens of two characters or more) → the concepts
  // whose labels hold it, with the length of the shortest such label; made at the first word asked.
  let labelledBy: Map<string, Map<ExpansionConcept, number>> | undefined;
  const labelWordsOfText = (table: LabelTable): Map<string, Map<ExpansionConcept, number>> => {
    const made = new Map<string, Map<ExpansionConcept, number>>();
    for (const concept of concepts) {
      for (const label of concept.labels[indexLanguage] ?? []) {
        for (const token of new Set(table.analyzer.indexTokens(label))) {
          if (characterCount(token) < 2) continue;
          const reach = made.get(token) ?? new Map<ExpansionConcept, number>();
          reach.set(concept, Math.min(reach.get(concept) ?? Infinity, characterCount(label)));
          made.set(token, reach);
        }
      }
    }
    return made;
  };
  const wordOfLabels = (word: string): WordMatch | undefined => {
    if (indexTable === undefined || indexLanguage !== 'zh' || !containsHan(word)) return undefined;
    labelledBy ??= labelWordsOfText(indexTable);
    const folded = indexTable.analyzer.normalize(word).trim();
    const reach = labelledBy.get(folded);
    if (reach === undefined || reach.size > MAX_OWN_WORD_CONCEPTS || indexTable.concepts.has(folded))
      return undefined;
    return wordMatchOf(word, indexLanguage, reach, indexTable.labelled, {
      labels: (concept) => concept.labels[indexLanguage] ?? [],
      labelsIn: (concept) => new Map([[indexLanguage, concept.labels[indexLanguage] ?? []]]),
    });
  };
  const worded = new Map<string, WordMatch | null>();

  const expansions = new Map<string, Expansion>();
  return {
    expand(words) {
      // The same words come back query after query; matching them segments and stems every run again.
      return remember(expansions, words.join('\u0000'), MAX_EXPANSIONS, () => expandWords(words));
    },
    wordOfLabels(word) {
      return remember(worded, word, MAX_WORD_TOKENS, () => wordOfLabels(word) ?? null) ?? undefined;
    },
    partOfLabels(word) {
      return remember(parted, word, MAX_WORD_TOKENS, () => partOfLabels(word) ?? null) ?? undefined;
    },
  };
}
