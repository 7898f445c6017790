import type { Language } from '../domain/index.js';
import { entryOf, remember } from './bounded-memo.js';
import type { ConceptMatch } from './concept-expander.js';
import type { ParsedQuery } from './query-parser.js';
import type { SearchIndex } from './search-index.js';
import type { SearchPlan } from './search-plan.js';
import type { FacetTally, Ranking } from './search-rank.js';
import { foldInPlace, makeSnippet } from './snippet.js';

/** One paragraph found. */
export interface SearchHit {
  readonly paragraph: number;
  readonly document: string;
  readonly paper: string | null;
  /** The theme's name as printed in the language of the snippet, or null. */
  readonly theme: string | null;
  readonly score: number;
  /** HTML-escaped text around the matches, with the matched terms in `<mark>`. */
  readonly snippet: string;
  /**
   * The language of the snippet (and of the theme's name): the language asked for when the paragraph
   * has a version in it, else the reference version's (Chinese).
   */
  readonly language: Language;
  /** Whether the paragraph matches every term of the query or only some. */
  readonly matched: 'all' | 'some';
  /**
   * True when the paragraph meets none of the query's own words and concepts, only concepts related
   * to them: such hits follow all the others and are not counted in `total` or the facets.
   */
  readonly related: boolean;
  /**
   * The thesaurus concepts this paragraph meets ("hawala" → 哈瓦拉): a concept the query names, when
   * the paragraph holds one of its labels; otherwise, for that query concept, the related concepts
   * whose labels it holds, each marked `via: 'related'`.
   */
  readonly concepts: readonly HitConcept[];
}

/** A concept met by a hit: its id, its name, the query words that led to it, and how. */
export interface HitConcept {
  readonly concept: string;
  readonly name: string;
  /** The query words that named it (or, for a related concept, named the concept it is related to). */
  readonly matched: string;
  /**
   * `label`: the query names this concept; `word`: a query word is one word of its labels (in another
   * language than the text's); `related`: it is related to the concept the query names.
   */
  readonly via: 'label' | 'word' | 'related';
  /** For `related`: the id of the concept the query names, which this one is related to. */
  readonly relatedTo?: string;
}

/** How many results carry one value of a facet. */
export interface FacetCount {
  readonly value: string;
  readonly count: number;
}

/**
 * Counts of the results by theme, paper, year and key topic: of the paragraphs that match every term,
 * or, when none does, of those that match some.
 */
export interface SearchFacets {
  readonly theme: readonly FacetCount[];
  readonly paper: readonly FacetCount[];
  readonly year: readonly FacetCount[];
  readonly topic: readonly FacetCount[];
}

/** The hits of a page that belong to one paper. */
export interface PaperGroup {
  readonly paper: string | null;
  readonly hits: readonly SearchHit[];
  /**
   * With paging by paper: how many of the results are in this paper (its best are `hits`); absent
   * when the page is grouped within a page of hits.
   */
  readonly total?: number;
}

/** The answer to a {@link SearchRequest}. */
export interface SearchResult {
  /** The page of hits, best first. */
  readonly hits: readonly SearchHit[];
  /** All results, across pages. */
  readonly total: number;
  /** How many of them match every term; the rest match some (ranked by how specific those are). */
  readonly matchedAll: number;
  /**
   * How many paragraphs are listed after the `total` results, reached only through concepts related
   * to the query's (hits with `related: true`); not counted in `total` or the facets.
   */
  readonly related: number;
  readonly offset: number;
  readonly limit: number;
  readonly facets: SearchFacets;
  readonly groups: readonly PaperGroup[] | undefined;
  /**
   * With `groupByPaper`: how many papers the results are in (the introduction's paragraphs, in none,
   * count as one); `offset` and `limit` then count papers. Absent otherwise.
   */
  readonly groupCount?: number;
  /** True when no paragraph matched every term, so paragraphs matching some of them are shown. */
  readonly relaxed: boolean;
  /** The analyzed terms searched for (what the snippets mark), in the language the hits are shown in. */
  readonly terms: readonly string[];
  /**
   * The language the hits are shown in: the one asked for (`lang:`, the request's `language`) when a
   * version in it is indexed, else the reference version's (Chinese when published).
   */
  readonly language: Language;
  readonly query: ParsedQuery;
  /** The thesaurus concepts the query named, and the labels each was searched as. */
  readonly concepts: readonly ConceptMatch[];
  /** Parts of the query that were ignored, and why. */
  readonly warnings: readonly string[];
}

/** The page asked for, as presenting needs it. */
export interface PageRequest {
  readonly offset: number;
  readonly limit: number;
  readonly groupByPaper: boolean;
  /** The language to show the hits in (one of the index's languages). */
  readonly language: Language;
}

/**
 * The text of a document folded for marking snippets, by language and document number, per index:
 * the same paragraphs come back in result after result. At most {@link MEMO_ENTRIES} per index and
 * language.
 */
const folded = new WeakMap<SearchIndex, Map<Language, Map<number, string>>>();
const MEMO_ENTRIES = 20_000;

function foldedOf(index: SearchIndex, language: Language): Map<number, string> {
  const byLanguage = entryOf(folded, index, () => new Map<Language, Map<number, string>>());
  return entryOf(byLanguage, language, () => new Map<number, string>());
}

/**
 * `text` folded character by character as the analyzer of `language` folds it (accents, ё, Arabic
 * alef forms), where that keeps a character's length, so that offsets found in it are offsets in
 * `text` and a stem (cooper, from coopération) is found in the text as printed.
 */
function foldLike(index: SearchIndex, language: Language, text: string): string {
  const analyzer = index.analyzers.get(language);
  if (analyzer === undefined) return foldInPlace(text);
  let folded = '';
  for (const char of text) {
    const normal = analyzer.normalize(char);
    folded += normal.length === char.length ? normal : char;
  }
  return folded;
}

/**
 * The language hits are shown in: `asked` when the index holds a version in it, else the reference
 * version's language (the index's first).
 */
export function displayLanguage(index: SearchIndex, asked: Language | undefined): Language {
  return asked !== undefined && index.languages.includes(asked)
    ? asked
    : (index.languages[0] ?? index.analyzer.language);
}

/** A concept's name in the language shown: its preferred label there, else the name it came with. */
function conceptName(index: SearchIndex, concept: string, name: string, language: Language): string {
  if (language === index.languages[0]) return name;
  return index.conceptNames.get(concept)?.[language] ?? name;
}

/**
 * The facet values with a count, from the counts per value id: the `most` largest counts, ties in
 * catalog order, for `order = 'count'`; or the values in ascending order for `order = 'value'`. One
 * pass over the counts, so that a facet with many values (papers) costs no sort of them all.
 */
function facetCounts(
  names: readonly string[],
  counts: Int32Array,
  order: 'count' | 'value',
  most: number,
): FacetCount[] {
  const kept: FacetCount[] = [];
  if (order === 'value') {
    counts.forEach((count, id) => {
      if (count > 0) kept.push({ value: names[id] ?? '', count });
    });
    return kept.sort((a, b) => (a.value < b.value ? -1 : a.value > b.value ? 1 : 0)).slice(0, most);
  }
  for (let id = 0; id < counts.length; id++) {
    const count = counts[id] as number;
    if (count === 0 || (kept.length === most && count <= (kept[most - 1] as FacetCount).count)) continue;
    let at = kept.length;
    while (at > 0 && count > (kept[at - 1] as FacetCount).count) at--;
    kept.splice(at, 0, { value: names[id] ?? '', count });
    if (kept.length > most) kept.pop();
  }
  return kept;
}

/** The facet counts, themes and key topics named in `language`. */
function facetsOf(index: SearchIndex, tally: FacetTally, language: Language): SearchFacets {
  return {
    theme: facetCounts(index.themeNamesIn.get(language) ?? index.themes.values, tally.theme, 'count', 50),
    paper: facetCounts(index.papers.values, tally.paper, 'count', 20),
    year: facetCounts(index.yearFacet.values, tally.year, 'value', 50),
    topic: facetCounts(index.topicNamesIn.get(language) ?? index.topicNames, tally.topic, 'count', 20),
  };
}

/** True when document `d` is in the postings of `token`. */
function holds(index: SearchIndex, token: string, d: number): boolean {
  const list = index.postings.get(token);
  if (list === undefined) return false;
  if (list.dense !== undefined) return list.dense[d] !== 0;
  const ids = list.documents;
  let low = 0;
  let high = ids.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if ((ids[middle] as number) < d) low = middle + 1;
    else high = middle;
  }
  return ids[low] === d;
}

/**
 * What a hit met of the plan: the concepts (those the query names where the paragraph meets them;
 * else the related concepts it reaches), and what its snippet marks: the plan's terms and phrases and
 * the tokens of every alternative the paragraph meets (the words inside a label, a related label).
 */
function metOf(
  index: SearchIndex,
  plan: SearchPlan,
  d: number,
  mask: number,
  language: Language,
): { concepts: HitConcept[]; highlight: readonly string[] } {
  const prefix = index.tokenPrefix.get(language) ?? '';
  // A token of the language shown, as its snippet marks it: keys of the other languages are not.
  const ownToken = (token: string): string | undefined => {
    if (prefix !== '') return token.startsWith(prefix) ? token.slice(prefix.length) : undefined;
    return token.includes('\u0001') ? undefined : token;
  };
  const name = (concept: string, given: string): string => conceptName(index, concept, given, language);
  const concepts: HitConcept[] = [];
  const extra = new Set<string>();
  plan.clauses.forEach((alternatives, clause) => {
    const direct = (mask & (1 << clause)) !== 0;
    const match = plan.clauseConcepts[clause];
    if (direct && match !== undefined) {
      concepts.push({
        concept: match.concept,
        name: name(match.concept, match.name),
        matched: match.matched,
        via: 'label',
      });
    }
    const origins = plan.origins[clause] ?? [];
    const word = plan.clauseWords[clause];
    const reached = new Set<string>();
    alternatives.forEach((alternative, at) => {
      const origin = origins[at];
      if (origin === undefined || (direct && origin.via === 'related')) return;
      if (!alternative.every((token) => holds(index, token, d))) return;
      for (const token of alternative) {
        const own = ownToken(token);
        if (own !== undefined) extra.add(own);
      }
      if (origin.concept === undefined || reached.has(origin.concept)) return;
      if (origin.via === 'word' && word !== undefined) {
        reached.add(origin.concept);
        concepts.push({
          concept: origin.concept,
          name: name(origin.concept, origin.name),
          matched: word.matched,
          via: 'word',
        });
      } else if (origin.via === 'related' && match !== undefined) {
        reached.add(origin.concept);
        concepts.push({
          concept: origin.concept,
          name: name(origin.concept, origin.name),
          matched: match.matched,
          via: 'related',
          relatedTo: match.concept,
        });
      }
    });
  });
  const highlight = plan.highlightIn.get(language) ?? plan.highlight;
  for (const term of highlight) extra.delete(term);
  return { concepts, highlight: extra.size === 0 ? highlight : [...highlight, ...extra] };
}

/**
 * The concepts the query named, then those its words of labels reached, in clause order, named in
 * the language shown.
 */
function conceptsOf(index: SearchIndex, plan: SearchPlan, language: Language): ConceptMatch[] {
  const concepts = [
    ...plan.clauseConcepts.filter((match) => match !== undefined),
    ...plan.clauseWords.flatMap((word) => word?.concepts ?? []),
  ];
  if (language === index.languages[0]) return concepts;
  return concepts.map((match) => ({
    ...match,
    name: conceptName(index, match.concept, match.name, language),
  }));
}

/** The result of a search that found nothing, or had nothing to search for. */
export function presentEmpty(index: SearchIndex, plan: SearchPlan, page: PageRequest): SearchResult {
  return {
    hits: [],
    total: 0,
    matchedAll: 0,
    related: 0,
    offset: page.offset,
    limit: page.limit,
    facets: { theme: [], paper: [], year: [], topic: [] },
    groups: page.groupByPaper ? [] : undefined,
    relaxed: false,
    terms: plan.termsIn.get(page.language) ?? plan.terms,
    language: page.language,
    concepts: conceptsOf(index, plan, page.language),
    query: plan.query,
    warnings: plan.warnings,
  };
}

/**
 * The result of a search from its ranking: each hit of the page with its snippet (the plan's terms
 * and phrases marked) and the query's concepts it meets, the facet counts as the most frequent values
 * (themes 50, papers 20, key topics 20; years all, in order), and the hits grouped by paper when asked.
 */
export function presentResult(
  index: SearchIndex,
  plan: SearchPlan,
  ranking: Ranking,
  page: PageRequest,
): SearchResult {
  if (ranking.total + ranking.related === 0) return presentEmpty(index, plan, page);
  const { documents } = index;
  const shown = index.versions.get(page.language);
  const hits = ranking.page.map(({ d, mask, coordination, value }): SearchHit => {
    const document = documents[d] as SearchIndex['documents'][number];
    // The paragraph in the language asked for, else as the index holds it (the reference version).
    const version = shown?.[d] ?? document;
    const met = metOf(index, plan, d, mask, version.language);
    const foldedTexts = foldedOf(index, version.language);
    return {
      paragraph: document.paragraph,
      document: document.document,
      paper: document.paper,
      theme: version.themeName ?? document.themeName,
      score: Math.round(value * 1000) / 1000,
      snippet: makeSnippet(
        version.text,
        met.highlight,
        remember(foldedTexts, d, MEMO_ENTRIES, () =>
          version.language === 'zh'
            ? foldInPlace(version.text)
            : foldLike(index, version.language, version.text),
        ),
        // Other languages are searched as stems (smuggl): their snippets mark whole words.
        version.language !== 'zh',
      ),
      language: version.language,
      matched: coordination === plan.clauses.length ? 'all' : 'some',
      related: plan.clauses.length > 0 && mask === 0,
      concepts: met.concepts,
    };
  });

  let groups: PaperGroup[] | undefined;
  if (page.groupByPaper) {
    const byPaper = new Map<string | null, SearchHit[]>();
    for (const hit of hits) byPaper.set(hit.paper, [...(byPaper.get(hit.paper) ?? []), hit]);
    groups = [...byPaper].map(([paper, paperHits]) => ({ paper, hits: paperHits }));
  }

  return {
    hits,
    total: ranking.total,
    matchedAll: ranking.matchedAll,
    related: ranking.related,
    offset: page.offset,
    limit: page.limit,
    facets: facetsOf(index, ranking.facets, page.language),
    groups,
    relaxed: ranking.matchedAll === 0 && ranking.total > 0,
    terms: plan.termsIn.get(page.language) ?? plan.terms,
    language: page.language,
    concepts: conceptsOf(index, plan, page.language),
    query: plan.query,
    warnings: plan.warnings,
  };
}

/**
 * The JSON form of a search result shared by the CLI (`somkb search --json`) and the API
 * (`GET /api/v1/search`): the contract's `hits` and `total` first, then paging, facets and notes.
 */
export function toSearchJson(result: SearchResult): object {
  return {
    hits: result.hits,
    total: result.total,
    matchedAll: result.matchedAll,
    related: result.related,
    offset: result.offset,
    limit: result.limit,
    relaxed: result.relaxed,
    terms: result.terms,
    // The contract's fields of each concept, without what only ranking needs (its labels per language).
    concepts: result.concepts.map((match) => ({
      concept: match.concept,
      name: match.name,
      via: match.via,
      matched: match.matched,
      language: match.language,
      labels: match.labels,
      relatedLabels: match.relatedLabels,
      related: match.related,
    })),
    facets: result.facets,
    ...(result.groups === undefined ? {} : { groups: result.groups }),
    ...(result.groupCount === undefined ? {} : { groupCount: result.groupCount }),
    warnings: result.warnings,
  };
}
