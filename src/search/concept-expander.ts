import type { Analyzer } from '../analysis/index.js';
import { containsHan, createAnalyzer } from '../analysis/index.js';
import type { Language } from '../domain/index.js';
import { UN_LANGUAGES } from '../domain/index.js';
import { remember } from './bounded-memo.js';

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
  /** The query words matched, as typed. */
  readonly matched: string;
  /** The language of the label they matched. */
  readonly language: Language;
  /** The concept's labels in the language of the indexed text. */
  readonly labels: readonly string[];
  /** The labels of its related concepts in the language of the indexed text (not its own). */
  readonly relatedLabels: readonly string[];
  /** Its related concepts, each with those of its labels. */
  readonly related: readonly RelatedConcept[];
}

/** The query words split into those that name concepts and the rest, each in query order. */
export interface Expansion {
  readonly matches: readonly ConceptMatch[];
  readonly rest: readonly string[];
}

/** Finds the concepts named in a query, in any of the six languages. */
export interface ConceptExpander {
  /** Splits the words of a query (as the user typed them, in order) into concept names and the rest. */
  expand(words: readonly string[]): Expansion;
}

/** Longest label, in tokens, that a query is matched against. */
const MAX_LABEL_TOKENS = 8;

/** Most expansions an expander keeps. */
const MAX_EXPANSIONS = 10_000;

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
  /** Label tokens joined by a space → concepts with that label. */
  readonly concepts: ReadonlyMap<string, readonly ExpansionConcept[]>;
}

/**
 * Builds the expander over the thesaurus concepts for an index whose text is in `indexAnalyzer`'s
 * language. A label is matched by its analyzed tokens (so "smugglers" meets the label "smuggler",
 * and in Chinese the segmenter's words, whose dictionary holds the labels): exact, stemmed or
 * alternative labels alike. Longest labels win; a run of words may match in only one language.
 */
export function createConceptExpander(
  concepts: readonly ExpansionConcept[],
  indexAnalyzer: Analyzer,
): ConceptExpander {
  const indexLanguage = indexAnalyzer.language;
  const byId = new Map(concepts.map((concept) => [concept.id, concept]));
  const relatedOf = new Map(
    concepts.map((concept): [string, RelatedConcept[]] => {
      const own = new Set(concept.labels[indexLanguage] ?? []);
      const seen = new Set<string>();
      const related = (concept.related ?? []).flatMap((id): RelatedConcept[] => {
        const other = byId.get(id);
        if (other === undefined) return [];
        const labels = (other.labels[indexLanguage] ?? []).filter(
          (label) => !own.has(label) && !seen.has(label),
        );
        for (const label of labels) seen.add(label);
        return labels.length === 0 ? [] : [{ concept: other.id, name: other.name, labels }];
      });
      return [concept.id, related];
    }),
  );
  const tables = new Map<Language, LabelTable>();
  for (const language of UN_LANGUAGES) {
    const analyzer = language === indexLanguage ? indexAnalyzer : createAnalyzer(language);
    const byKey = new Map<string, ExpansionConcept[]>();
    for (const concept of concepts) {
      for (const label of concept.labels[language] ?? []) {
        const key = analyzer.queryTokens(label).join(' ');
        if (key === '') continue;
        const list = byKey.get(key) ?? [];
        if (!list.includes(concept)) list.push(concept);
        byKey.set(key, list);
      }
    }
    tables.set(language, { analyzer, concepts: byKey });
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
    run.forEach((word, index) => {
      for (const token of table.analyzer.queryTokens(word))
        tokens.push({ token, word: index, matched: false });
    });
    const matches: ConceptMatch[] = [];
    for (let start = 0; start < tokens.length;) {
      let length = Math.min(MAX_LABEL_TOKENS, tokens.length - start);
      for (; length > 0; length--) {
        const slice = tokens.slice(start, start + length);
        const found = table.concepts.get(slice.map((entry) => entry.token).join(' '));
        if (found === undefined) continue;
        const words = [...new Set(slice.map((entry) => entry.word))].map((word) => run[word] ?? '');
        const matched = language === 'zh' ? slice.map((entry) => entry.token).join('') : words.join(' ');
        for (const concept of found) {
          matches.push({
            concept: concept.id,
            name: concept.name,
            matched,
            language,
            labels: concept.labels[indexLanguage] ?? [],
            relatedLabels: (relatedOf.get(concept.id) ?? []).flatMap((related) => related.labels),
            related: relatedOf.get(concept.id) ?? [],
          });
        }
        for (const entry of slice) entry.matched = true;
        break;
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

  const expandWords = (words: readonly string[]): Expansion => {
    const matches: ConceptMatch[] = [];
    const rest: string[] = [];
    // Runs of consecutive words in one script: "modus operandi" is matched across its two words.
    let run: string[] = [];
    let runScript = '';
    const flush = (): void => {
      if (run.length === 0) return;
      const found = languagesOfScript(run.join(' '), indexLanguage)
        .map((language) => matchRun(run, language))
        .filter((result) => result !== undefined)
        .sort((a, b) => a.rest.length - b.rest.length)[0];
      if (found === undefined) rest.push(...run);
      else {
        matches.push(...found.matches);
        rest.push(...found.rest);
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
    return { matches, rest };
  };

  const expansions = new Map<string, Expansion>();
  return {
    expand(words) {
      // The same words come back query after query; matching them segments and stems every run again.
      return remember(expansions, words.join('\u0000'), MAX_EXPANSIONS, () => expandWords(words));
    },
  };
}
