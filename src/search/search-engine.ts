import { characterCount, containsHan } from '../analysis/index.js';
import type { Language } from '../domain/index.js';
import { SomkbError } from '../errors/index.js';
import type { ConceptMatch } from './concept-expander.js';
import type { ParsedQuery } from './query-parser.js';
import { parseQuery } from './query-parser.js';
import { compactText } from './search-document.js';
import type { Postings, SearchIndex } from './search-index.js';
import { foldInPlace, makeSnippet } from './snippet.js';
import { remember } from './bounded-memo.js';

/** Default and largest number of hits per page. */
export const DEFAULT_LIMIT = 10;
export const MAX_LIMIT = 100;
/** Deepest offset a search pages to. */
export const MAX_OFFSET = 10_000;
/** Most query terms used; further terms are ignored with a warning. */
export const MAX_TERMS = 30;
/** How many of the best hits are re-ranked with the exact-word bonus. */
const RERANK_WINDOW = 50;
/** Weight of a related concept's labels when a query names a concept (its own labels weigh 1). */
const RELATED_WEIGHT = 0.3;
/** Score multiplier for each query word found as written (contiguously) in a paragraph. */
const EXACT_WORD_BONUS = 0.5;

/** A search: the query in the query language, the page wanted, and options. */
export interface SearchRequest {
  readonly query: string;
  /** Hits per page, 1–100; default 10. */
  readonly limit?: number;
  /** Hits to skip, 0–10,000; default 0. */
  readonly offset?: number;
  /** Only paragraphs in this language (the query's `lang:` filter does the same). */
  readonly language?: Language;
  /** Also return the page's hits grouped by paper. */
  readonly groupByPaper?: boolean;
}

/** One paragraph found. */
export interface SearchHit {
  readonly paragraph: number;
  readonly document: string;
  readonly paper: string | null;
  /** The theme's name as printed, or null. */
  readonly theme: string | null;
  readonly score: number;
  /** HTML-escaped text around the matches, with the matched terms in `<mark>`. */
  readonly snippet: string;
  /** Whether the paragraph matches every term of the query or only some. */
  readonly matched: 'all' | 'some';
  /** The thesaurus concepts of the query that this paragraph meets ("hawala" → 哈瓦拉). */
  readonly concepts: readonly HitConcept[];
}

/** A concept named by the query and met by a hit: its id, its name, and the query words that named it. */
export interface HitConcept {
  readonly concept: string;
  readonly name: string;
  readonly matched: string;
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
}

/** The answer to a {@link SearchRequest}. */
export interface SearchResult {
  /** The page of hits, best first. */
  readonly hits: readonly SearchHit[];
  /** All results, across pages. */
  readonly total: number;
  /** How many of them match every term (they come first); the rest match some. */
  readonly matchedAll: number;
  readonly offset: number;
  readonly limit: number;
  readonly facets: SearchFacets;
  readonly groups: readonly PaperGroup[] | undefined;
  /** True when no paragraph matched every term, so paragraphs matching some of them are shown. */
  readonly relaxed: boolean;
  /** The analyzed terms searched for (what the snippets mark). */
  readonly terms: readonly string[];
  readonly query: ParsedQuery;
  /** The thesaurus concepts the query named, and the labels each was searched as. */
  readonly concepts: readonly ConceptMatch[];
  /** Parts of the query that were ignored, and why. */
  readonly warnings: readonly string[];
}

/**
 * Per-index buffers reused by every search (searches are synchronous, so one set suffices): a
 * document's score and clause mask are valid when its stamp equals the current search's epoch.
 */
interface Scratch {
  readonly score: Float64Array;
  readonly mask: Int32Array;
  readonly stamp: Int32Array;
  readonly touched: Int32Array;
  /** The results that match some terms but not all. */
  readonly partial: Int32Array;
  /** Facet counters, zeroed by each search. */
  readonly themeCounts: Int32Array;
  readonly paperCounts: Int32Array;
  readonly yearCounts: Int32Array;
  readonly topicCounts: Int32Array;
  epoch: number;
}

const scratchByIndex = new WeakMap<SearchIndex, Scratch>();

function scratchOf(index: SearchIndex): Scratch {
  let scratch = scratchByIndex.get(index);
  if (scratch === undefined) {
    const count = index.documents.length;
    scratch = {
      score: new Float64Array(count),
      mask: new Int32Array(count),
      stamp: new Int32Array(count),
      touched: new Int32Array(count),
      partial: new Int32Array(count),
      themeCounts: new Int32Array(index.themes.values.length),
      paperCounts: new Int32Array(index.papers.values.length),
      yearCounts: new Int32Array(index.yearFacet.values.length),
      topicCounts: new Int32Array(index.topicNames.length),
      epoch: 0,
    };
    scratchByIndex.set(index, scratch);
  }
  return scratch;
}

function wholeNumber(
  value: number | undefined,
  fallback: number,
  min: number,
  max: number,
  name: string,
): number {
  if (value === undefined) return fallback;
  if (!Number.isInteger(value) || value < min || value > max) {
    throw new SomkbError(
      'USAGE',
      `${name} must be a whole number from ${min} to ${max} (got ${String(value)})`,
      {
        where: name,
      },
    );
  }
  return value;
}

/** The first index at or after `from` where `list[index] >= value` (galloping, then binary search). */
function seek(list: Int32Array, value: number, from: number): number {
  let low = from;
  let step = 1;
  let high = from;
  while (high < list.length && (list[high] as number) < value) {
    low = high + 1;
    high += step;
    step *= 2;
  }
  high = Math.min(high, list.length);
  while (low < high) {
    const middle = (low + high) >>> 1;
    if ((list[middle] as number) < value) low = middle + 1;
    else high = middle;
  }
  return low;
}

/**
 * Calls `visit(d, sum)` for each document found in every list, in increasing order, with `sum` the
 * sum of its scores in the lists whose `fresh` flag is set. Walks the shortest list; a common term
 * (with a dense score array) is tested in constant time, any other list is galloped through from a
 * cursor that only moves forward, so the cost follows the shortest list, not the longest.
 */
function intersectScored(
  lists: readonly Postings[],
  fresh: readonly boolean[],
  visit: (document: number, sum: number) => void,
): void {
  const order = lists
    .map((list, i) => ({ list, fresh: fresh[i] === true, at: 0 }))
    .sort((a, b) => a.list.documents.length - b.list.documents.length);
  const [lead, ...others] = order;
  if (lead === undefined) return;
  const { documents, scores } = lead.list;
  outer: for (let i = 0; i < documents.length; i++) {
    const d = documents[i] as number;
    let sum = lead.fresh ? (scores[i] as number) : 0;
    for (const other of others) {
      const { dense } = other.list;
      if (dense !== undefined) {
        const value = dense[d] as number;
        if (value === 0) continue outer;
        if (other.fresh) sum += value;
        continue;
      }
      const ids = other.list.documents;
      const at = seek(ids, d, other.at);
      other.at = at;
      if (at === ids.length) break outer;
      if (ids[at] !== d) continue outer;
      if (other.fresh) sum += other.list.scores[at] as number;
    }
    visit(d, sum);
  }
}

function popcount(value: number): number {
  let v = value - ((value >>> 1) & 0x55555555);
  v = (v & 0x33333333) + ((v >>> 2) & 0x33333333);
  return (((v + (v >>> 4)) & 0x0f0f0f0f) * 0x01010101) >>> 24;
}

/**
 * Keeps the `size` best documents offered, by key (most query clauses matched, then score) and then
 * lowest document number: a min-heap in typed arrays with its worst entry at the root. It sees every
 * result of a search, up to the whole index, so an offer below the root costs one comparison.
 */
class TopDocuments {
  private readonly keys: Float64Array;
  private readonly docs: Int32Array;
  private length = 0;

  constructor(private readonly size: number) {
    this.keys = new Float64Array(size);
    this.docs = new Int32Array(size);
  }

  offer(document: number, key: number): void {
    const { keys, docs, size } = this;
    if (this.length < size) {
      let i = this.length++;
      while (i > 0) {
        const parent = (i - 1) >> 1;
        const parentKey = keys[parent] as number;
        if (parentKey < key || (parentKey === key && (docs[parent] as number) > document)) break;
        keys[i] = parentKey;
        docs[i] = docs[parent] as number;
        i = parent;
      }
      keys[i] = key;
      docs[i] = document;
      return;
    }
    const root = keys[0] as number;
    if (size === 0 || key < root || (key === root && document > (docs[0] as number))) return;
    let i = 0;
    for (;;) {
      const left = 2 * i + 1;
      if (left >= size) break;
      const right = left + 1;
      let child = left;
      if (
        right < size &&
        ((keys[right] as number) < (keys[left] as number) ||
          ((keys[right] as number) === (keys[left] as number) &&
            (docs[right] as number) > (docs[left] as number)))
      )
        child = right;
      const childKey = keys[child] as number;
      if (key < childKey || (key === childKey && document > (docs[child] as number))) break;
      keys[i] = childKey;
      docs[i] = docs[child] as number;
      i = child;
    }
    keys[i] = key;
    docs[i] = document;
  }

  /** The documents kept, best first. */
  best(): number[] {
    const { keys, docs } = this;
    // Sorting positions, not {document, key} objects: a key that happens to be a whole number would
    // give such objects a second shape, and the search would lose its optimized code at each call.
    return Array.from({ length: this.length }, (_, i) => i)
      .sort((i, j) => (keys[j] as number) - (keys[i] as number) || (docs[i] as number) - (docs[j] as number))
      .map((i) => docs[i] as number);
  }
}

function hasTopic(index: SearchIndex, d: number, wanted: ReadonlySet<number>): boolean {
  for (let t = index.topicStart[d] as number, end = index.topicStart[d + 1] as number; t < end; t++) {
    if (wanted.has(index.topicIds[t] as number)) return true;
  }
  return false;
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

/** What {@link matchDocuments} found; the facet counts are left in the index's scratch buffers. */
interface Matches {
  /** Results that match every clause. */
  readonly fullCount: number;
  /** All results: those that match every clause, then, when they are included, those matching some. */
  readonly total: number;
  /** The best results, best first, by clauses matched and then BM25F score (at most the window). */
  readonly best: readonly number[];
}

/**
 * The hot part of a search, kept apart from query analysis and rendering so that it stays optimized
 * whatever shapes those handle: walks the postings of the query's clauses (each a list of
 * alternatives, each a list of tokens that must all occur), keeps the documents that `passes` accepts,
 * counts their facets into the scratch buffers and keeps the best `window` of them.
 */
function matchDocuments(
  index: SearchIndex,
  clauses: readonly (readonly (readonly string[])[])[],
  weights: readonly (readonly number[])[],
  passes: ((document: number) => boolean) | undefined,
  window: number,
): Matches {
  const { postings, documents } = index;
  const scratch = scratchOf(index);
  const { score, mask, stamp, touched } = scratch;
  const epoch = ++scratch.epoch;
  let touchedCount = 0;
  const scored = new Set<string>();
  // A clause of one common term is not walked when a more selective clause exists: the candidates
  // come from the selective clauses, and the common term is tested and scored on each of them.
  const commonOf = (alternatives: readonly (readonly string[])[]): Float32Array | undefined => {
    const only = alternatives.length === 1 ? alternatives[0] : undefined;
    return only?.length === 1 ? postings.get(only[0] as string)?.dense : undefined;
  };
  const common = clauses.map(commonOf);
  const selective = common.some((dense) => dense === undefined);
  const walked = clauses.filter((_, clause) => !selective || common[clause] === undefined);
  // When the walk touches more than a sixteenth of the index, the per-document buffers are cleared whole and
  // the touched documents found by one scan in document order afterwards: cheaper than a first-visit
  // test per posting, and the later passes then read the per-document arrays in order.
  const postingsWalked = walked
    .flat()
    .reduce(
      (sum, alternative) =>
        sum + Math.min(...alternative.map((token) => postings.get(token)?.documents.length ?? 0)),
      0,
    );
  const whole = clauses.length === 0 || postingsWalked * 16 > documents.length;
  if (whole) {
    score.fill(0);
    mask.fill(0);
  }
  /** Adds a posting list's scores (once per token) and, when `bit` is set, marks its documents. */
  const accumulate = (list: Postings, addScores: boolean, bit: number, weight: number): void => {
    const { documents: ids, scores } = list;
    if (whole) {
      for (let i = 0; i < ids.length; i++) {
        const d = ids[i] as number;
        if (addScores) score[d] = (score[d] as number) + weight * (scores[i] as number);
        mask[d] = (mask[d] as number) | bit;
      }
      return;
    }
    for (let i = 0; i < ids.length; i++) {
      const d = ids[i] as number;
      // Written out here and below rather than as a helper: this is the hottest loop of a search,
      // and a call per posting measured about a third slower.
      if (stamp[d] !== epoch) {
        stamp[d] = epoch;
        score[d] = 0;
        mask[d] = 0;
        touched[touchedCount++] = d;
      }
      if (addScores) score[d] = (score[d] as number) + weight * (scores[i] as number);
      mask[d] = (mask[d] as number) | bit;
    }
  };
  // Single terms first: their postings are walked whole, scoring every paragraph that has them.
  clauses.forEach((alternatives, clause) => {
    if (selective && common[clause] !== undefined) return;
    alternatives.forEach((alternative, at) => {
      const token = alternative[0];
      const list = token === undefined ? undefined : postings.get(token);
      if (alternative.length !== 1 || token === undefined || list === undefined) return;
      const fresh = !scored.has(token);
      scored.add(token);
      accumulate(list, fresh, 1 << clause, weights[clause]?.[at] ?? 1);
    });
  });
  // Then the words inside compound terms: only where all of them occur, found by intersection.
  clauses.forEach((alternatives, clause) => {
    if (selective && common[clause] !== undefined) return;
    const bit = 1 << clause;
    alternatives.forEach((alternative, at) => {
      if (alternative.length < 2) return;
      const lists = alternative.flatMap((token) => {
        const list = postings.get(token);
        return list === undefined ? [] : [{ token, list }];
      });
      if (lists.length !== alternative.length) return;
      const weight = weights[clause]?.[at] ?? 1;
      const fresh = lists.map(({ token }) => !scored.has(token));
      for (const { token } of lists) scored.add(token);
      intersectScored(
        lists.map(({ list }) => list),
        fresh,
        whole
          ? (d, sum) => {
              mask[d] = (mask[d] as number) | bit;
              score[d] = (score[d] as number) + weight * sum;
            }
          : (d, sum) => {
              if (stamp[d] !== epoch) {
                stamp[d] = epoch;
                score[d] = 0;
                mask[d] = 0;
                touched[touchedCount++] = d;
              }
              mask[d] = (mask[d] as number) | bit;
              score[d] = (score[d] as number) + weight * sum;
            },
      );
    });
  });
  if (whole) {
    for (let d = 0; d < documents.length; d++) {
      if (clauses.length === 0 || mask[d] !== 0) touched[touchedCount++] = d;
    }
  }
  if (selective) {
    common.forEach((dense, clause) => {
      if (dense === undefined) return;
      const bit = 1 << clause;
      const token = clauses[clause]?.[0]?.[0] ?? '';
      const fresh = !scored.has(token);
      scored.add(token);
      for (let i = 0; i < touchedCount; i++) {
        const d = touched[i] as number;
        const value = dense[d] as number;
        if (value === 0) continue;
        mask[d] = (mask[d] as number) | bit;
        if (fresh) score[d] = (score[d] as number) + value;
      }
    });
  }

  const allBits = clauses.length === 0 ? 0 : clauses.length === 31 ? -1 >>> 1 : (1 << clauses.length) - 1;
  const { themeCounts, paperCounts, topicCounts, yearCounts, partial } = scratch;
  themeCounts.fill(0);
  paperCounts.fill(0);
  topicCounts.fill(0);
  yearCounts.fill(0);
  const { facetRecords, topicIds } = index;
  const countFacets = (d: number): void => {
    const at = 4 * d;
    const theme = facetRecords[at] as number;
    if (theme !== -1) themeCounts[theme] = (themeCounts[theme] as number) + 1;
    const paper = facetRecords[at + 1] as number;
    if (paper !== -1) paperCounts[paper] = (paperCounts[paper] as number) + 1;
    const year = facetRecords[at + 2] as number;
    if (year !== -1) yearCounts[year] = (yearCounts[year] as number) + 1;
    for (let t = facetRecords[at + 3] as number, end = facetRecords[at + 7] as number; t < end; t++) {
      const topic = topicIds[t] as number;
      topicCounts[topic] = (topicCounts[topic] as number) + 1;
    }
  };
  // One pass over the documents touched: those with every term are counted in the facets and offered
  // to the top of the ranking at once; the others are set aside, needed only when too few have every term.
  const top = new TopDocuments(window);
  const fullKey = clauses.length * 1e4;
  let fullCount = 0;
  let partialCount = 0;
  for (let i = 0; i < touchedCount; i++) {
    const d = touched[i] as number;
    const bits = mask[d] as number;
    if (clauses.length > 0 && bits === 0) continue;
    if (passes !== undefined && !passes(d)) continue;
    if (bits === allBits) {
      fullCount++;
      countFacets(d);
      top.offer(d, fullKey + (score[d] as number));
    } else partial[partialCount++] = d;
  }
  const includePartial = partialCount > 0 && (fullCount === 0 || clauses.length > 1);
  const total = fullCount + (includePartial ? partialCount : 0);
  if (fullCount === 0) for (let i = 0; i < partialCount; i++) countFacets(partial[i] as number);
  // Paragraphs with every term rank above the rest: the others are ranked only to fill the window.
  if (includePartial && fullCount < window) {
    for (let i = 0; i < partialCount; i++) {
      const d = partial[i] as number;
      top.offer(d, popcount(mask[d] as number) * 1e4 + (score[d] as number));
    }
  }
  return { fullCount, total, best: top.best() };
}

/**
 * What a word or a concept label is searched as, and the folded text of documents shown in results,
 * by index: the same labels and paragraphs come back in query after query, and segmenting or folding
 * them again each time cost most of a search on a small catalog. Each table holds at most
 * {@link MEMO_ENTRIES}.
 */
interface SearchMemo {
  readonly tokens: Map<string, string[][]>;
  readonly labels: Map<string, string[][]>;
  /** The query tokens of a word or phrase as typed. */
  readonly words: Map<string, string[]>;
  /** The text of a document folded for marking snippets, by document number. */
  readonly folded: Map<number, string>;
}
const MEMO_ENTRIES = 20_000;
const memos = new WeakMap<SearchIndex, SearchMemo>();

function memoOf(index: SearchIndex): SearchMemo {
  let memo = memos.get(index);
  if (memo === undefined) {
    memo = { tokens: new Map(), labels: new Map(), words: new Map(), folded: new Map() };
    memos.set(index, memo);
  }
  return memo;
}

/**
 * Searches the index: every word of the query matters. Paragraphs with every word come first, best
 * first; after them, those with some of the words, the most first (`relaxed` when none has them all).
 * A word found in more than an eighth of a large index is common: it ranks, but a paragraph that has
 * only common words of the query is not listed when the query has a more selective word. Ranking is BM25F over paragraph
 * text, paper subject, theme and key topics, then a bonus for words found as written; filters, phrases and
 * exclusions narrow the results. Pure and synchronous; throws USAGE only for a request out of bounds
 * (query too long, limit or offset out of range).
 */
export function search(index: SearchIndex, request: SearchRequest): SearchResult {
  const limit = wholeNumber(request.limit, DEFAULT_LIMIT, 1, MAX_LIMIT, 'limit');
  const offset = wholeNumber(request.offset, 0, 0, MAX_OFFSET, 'offset');
  const query = parseQuery(request.query);
  const warnings = [...query.warnings];
  const { analyzer, postings, documents, compact } = index;

  const clauses: string[][][] = [];
  /** The weight of each alternative of each clause: 1, or less for the labels of related concepts. */
  const weights: number[][] = [];
  const terms: string[] = [];
  /** The concept each clause stands for, when it came from the thesaurus. */
  const clauseConcepts: (ConceptMatch | undefined)[] = [];
  const tooMany = `only the first ${MAX_TERMS} terms of the query were used`;
  const full = (): boolean => {
    if (clauses.length < MAX_TERMS) return false;
    if (!warnings.includes(tooMany)) warnings.push(tooMany);
    return true;
  };
  // Alternatives met by a word: the word itself, or all the words inside it (非正式合作 is also met by
  // 非正式跨境合作); for a label of several words, all of them.
  const memo = memoOf(index);
  const alternativesOfToken = (token: string): string[][] =>
    remember(memo.tokens, token, MEMO_ENTRIES, () => {
      const alternatives = postings.has(token) ? [[token]] : [];
      const parts = [...new Set(analyzer.indexTokens(token))].filter((part) => part !== token);
      if (parts.length > 0 && parts.every((part) => postings.has(part))) alternatives.push(parts);
      return alternatives;
    });
  const alternativesOfLabel = (label: string): string[][] =>
    remember(memo.labels, label, MEMO_ENTRIES, () => {
      const tokens = analyzer.queryTokens(label);
      if (tokens.length === 1) return alternativesOfToken(tokens[0] as string);
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
    const byKey = new Map<string, { alternative: string[]; weight: number }>();
    for (const [labels, weight] of [
      [match.relatedLabels, RELATED_WEIGHT],
      [match.labels, 1],
    ] as const) {
      for (const alternative of labels.flatMap(alternativesOfLabel)) {
        byKey.set(alternative.join(' '), { alternative, weight });
      }
    }
    const alternatives = [...byKey.values()].map((entry) => entry.alternative);
    for (const label of match.labels) {
      const term = analyzer.normalize(label);
      if (!terms.includes(term)) terms.push(term);
    }
    clauses.push(alternatives);
    weights.push([...byKey.values()].map((entry) => entry.weight));
    clauseConcepts.push(match);
  }
  const plainPhrases = query.phrases.filter((phrase) => !conceptPhrases.has(phrase));
  outer: for (const text of [...expansion.rest, ...plainPhrases]) {
    for (const token of remember(memo.words, text, MEMO_ENTRIES, () => analyzer.queryTokens(text))) {
      if (terms.includes(token)) continue;
      if (full()) break outer;
      terms.push(token);
      const alternatives = alternativesOfToken(token);
      clauses.push(alternatives);
      weights.push(alternatives.map(() => 1));
      clauseConcepts.push(undefined);
    }
  }
  const phrases = plainPhrases.map(compactText).filter((phrase) => phrase !== '');
  const exclusions = query.exclusions.map(compactText).filter((word) => word !== '');
  const filters = query.filters;
  const hasFilters =
    filters.theme.length +
      filters.topic.length +
      filters.paper.length +
      filters.year.length +
      filters.meeting.length >
      0 ||
    filters.language !== undefined ||
    request.language !== undefined;

  const empty = (): SearchResult => ({
    hits: [],
    total: 0,
    matchedAll: 0,
    offset,
    limit,
    facets: { theme: [], paper: [], year: [], topic: [] },
    groups: request.groupByPaper === true ? [] : undefined,
    relaxed: false,
    terms,
    concepts: clauseConcepts.filter((match) => match !== undefined),
    query,
    warnings,
  });
  if (clauses.length === 0 && !hasFilters && phrases.length === 0) {
    if (query.words.length + query.exclusions.length === 0) warnings.push('the query is empty');
    return empty();
  }

  const themeIds = resolveFilter(
    filters.theme,
    index.themes.values,
    (value, name) => {
      const id = index.themeIdOf.get(name) ?? '';
      return name.includes(value) || id === value || id === `theme-${value}`;
    },
    'theme',
    warnings,
  );
  const paperIds = resolveFilter(
    filters.paper,
    index.papers.values,
    (value, symbol) =>
      symbol.toLowerCase() === value.toLowerCase() ||
      symbol.toLowerCase().endsWith(`/${value.toLowerCase()}`),
    'paper',
    warnings,
  );
  const topicIds = resolveFilter(
    filters.topic,
    index.topicNames,
    (value, topic) => compactText(topic).includes(compactText(value)),
    'key topic',
    warnings,
  );
  const years = filters.year.length > 0 ? new Set(filters.year) : undefined;
  const meetings = filters.meeting.length > 0 ? new Set(filters.meeting) : undefined;
  const language = request.language ?? filters.language;

  const narrowed =
    language !== undefined ||
    themeIds !== undefined ||
    paperIds !== undefined ||
    years !== undefined ||
    meetings !== undefined ||
    topicIds !== undefined ||
    phrases.length > 0 ||
    exclusions.length > 0;
  const passes = (d: number): boolean => {
    const document = documents[d] as SearchDocumentLike;
    if (language !== undefined && document.language !== language) return false;
    if (themeIds !== undefined && !themeIds.has(index.themes.ofDocument[d] ?? -1)) return false;
    if (paperIds !== undefined && !paperIds.has(index.papers.ofDocument[d] ?? -1)) return false;
    if (years !== undefined && !years.has(index.years[d] ?? -1)) return false;
    if (meetings !== undefined && !meetings.has(index.meetings[d] ?? -1)) return false;
    if (topicIds !== undefined && !hasTopic(index, d, topicIds)) return false;
    const text = compact[d] ?? '';
    for (const phrase of phrases) if (!text.includes(phrase)) return false;
    for (const word of exclusions) if (text.includes(word)) return false;
    return true;
  };

  const window = Math.max(offset + limit, RERANK_WINDOW);
  const { fullCount, total, best } = matchDocuments(
    index,
    clauses,
    weights,
    narrowed ? passes : undefined,
    window,
  );
  if (total === 0) return empty();
  const { mask, score, themeCounts, paperCounts, yearCounts, topicCounts } = scratchOf(index);
  const allBits = clauses.length === 0 ? 0 : clauses.length === 31 ? -1 >>> 1 : (1 << clauses.length) - 1;
  const words = query.words.map(compactText).filter((word) => characterCount(word) >= 2);
  // A concept counts as found as written when one of its labels is, not only the words inside one.
  const conceptForms = clauseConcepts.flatMap((match) =>
    match === undefined ? [] : [match.labels.map(compactText).filter((label) => label !== '')],
  );
  const adjusted = new Map<number, number>();
  for (const d of best) {
    const text = compact[d] ?? '';
    const exact =
      words.filter((word) => text.includes(word)).length +
      conceptForms.filter((forms) => forms.some((form) => text.includes(form))).length;
    adjusted.set(d, (score[d] as number) * (1 + EXACT_WORD_BONUS * exact));
  }
  const ranked = best
    .map((d) => ({ d, coordination: popcount(mask[d] as number), value: adjusted.get(d) ?? 0 }))
    .sort((a, b) => b.coordination - a.coordination || b.value - a.value || a.d - b.d)
    .slice(offset, offset + limit);

  const highlight = [...terms, ...query.phrases.map((phrase) => analyzer.normalize(phrase))];
  const hits = ranked.map(({ d, value }): SearchHit => {
    const document = documents[d] as SearchDocumentLike;
    return {
      paragraph: document.paragraph,
      document: document.document,
      paper: document.paper,
      theme: document.themeName,
      score: Math.round(value * 1000) / 1000,
      snippet: makeSnippet(
        document.text,
        highlight,
        remember(memo.folded, d, MEMO_ENTRIES, () => foldInPlace(document.text)),
      ),
      matched: mask[d] === allBits ? 'all' : 'some',
      concepts: clauseConcepts.flatMap((match, clause) =>
        match !== undefined && ((mask[d] as number) & (1 << clause)) !== 0
          ? [{ concept: match.concept, name: match.name, matched: match.matched }]
          : [],
      ),
    };
  });

  let groups: PaperGroup[] | undefined;
  if (request.groupByPaper === true) {
    const byPaper = new Map<string | null, SearchHit[]>();
    for (const hit of hits) byPaper.set(hit.paper, [...(byPaper.get(hit.paper) ?? []), hit]);
    groups = [...byPaper].map(([paper, paperHits]) => ({ paper, hits: paperHits }));
  }

  return {
    hits,
    total,
    matchedAll: fullCount,
    offset,
    limit,
    facets: {
      theme: facetCounts(index.themes.values, themeCounts, 'count', 50),
      paper: facetCounts(index.papers.values, paperCounts, 'count', 20),
      year: facetCounts(index.yearFacet.values, yearCounts, 'value', 50),
      topic: facetCounts(index.topicNames, topicCounts, 'count', 20),
    },
    groups,
    relaxed: fullCount === 0,
    terms,
    concepts: clauseConcepts.filter((match) => match !== undefined),
    query,
    warnings,
  };
}

type SearchDocumentLike = SearchIndex['documents'][number];

/**
 * The JSON form of a search result shared by the CLI (`somkb search --json`) and the API
 * (`GET /api/v1/search`): the contract's `hits` and `total` first, then paging, facets and notes.
 */
export function toSearchJson(result: SearchResult): object {
  return {
    hits: result.hits,
    total: result.total,
    matchedAll: result.matchedAll,
    offset: result.offset,
    limit: result.limit,
    relaxed: result.relaxed,
    terms: result.terms,
    concepts: result.concepts,
    facets: result.facets,
    ...(result.groups === undefined ? {} : { groups: result.groups }),
    warnings: result.warnings,
  };
}
