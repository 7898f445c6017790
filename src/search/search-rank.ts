import type { MatchFacts } from './search-match.js';
import type { SearchIndex } from './search-index.js';
import { compactText } from './search-document.js';
import type { SearchPlan } from './search-plan.js';
import {
  FEATURE_COUNT,
  RERANK_WINDOW,
  coverageOf,
  featureWriter,
  rerankFeatures,
  rerankScore,
} from './search-rerank.js';

/**
 * How many results carry each value of each facet, by value id in the index's facet tables (themes,
 * papers, years, key topics). The index's scratch buffers, valid until its next search.
 */
export interface FacetTally {
  readonly theme: Int32Array;
  readonly paper: Int32Array;
  readonly year: Int32Array;
  readonly topic: Int32Array;
}

/** A paragraph of the page: its document number, the clauses it meets, and its final score. */
export interface RankedDocument {
  readonly d: number;
  /** The bit of each clause it meets with the query's own words and concepts, and how many they are. */
  readonly mask: number;
  readonly coordination: number;
  /** What orders it: the clauses it meets or reaches through related concepts; 0 when it meets none. */
  readonly tier: number;
  readonly value: number;
}

/** What ranking hands to presenting: the page, best first, and the counts across all pages. */
export interface Ranking {
  /** The paragraphs of the page wanted, best first. */
  readonly page: readonly RankedDocument[];
  /** All results: those that meet every clause, then, when they are included, those meeting some. */
  readonly total: number;
  /** Results that meet every clause (their coverage is 1: with the same score, they come first). */
  readonly matchedAll: number;
  /**
   * Paragraphs listed after the results, not counted in `total` or the facets: they meet none of the
   * query's own words and concepts, only concepts related to them.
   */
  readonly related: number;
  /** Counts of the paragraphs that meet every clause, or, when none does, of those that meet some. */
  readonly facets: FacetTally;
}

const tallies = new WeakMap<SearchIndex, FacetTally>();

function tallyOf(index: SearchIndex): FacetTally {
  let tally = tallies.get(index);
  if (tally === undefined) {
    tally = {
      theme: new Int32Array(index.themes.values.length),
      paper: new Int32Array(index.papers.values.length),
      year: new Int32Array(index.yearFacet.values.length),
      topic: new Int32Array(index.topicNames.length),
    };
    tallies.set(index, tally);
  }
  return tally;
}

function popcount(value: number): number {
  let v = value - ((value >>> 1) & 0x55555555);
  v = (v & 0x33333333) + ((v >>> 2) & 0x33333333);
  return (((v + (v >>> 4)) & 0x0f0f0f0f) * 0x01010101) >>> 24;
}

/**
 * Keeps the `size` best documents offered, by key (score weighed by coverage) and then
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

/**
 * The key topics of each index by their names as compact text (in any language version, each topic
 * id once, ascending), made once per index.
 */
const topicsByName = new WeakMap<SearchIndex, ReadonlyMap<string, readonly number[]>>();

/**
 * The ids of an index's key topics by each of their names (`topicNames`, then `topicNamesIn`'s
 * lists) as compact text (a list without a name for a topic gives it `''`), ascending: made once per
 * index, so that a query that names a concept looks its forms up rather than comparing each with
 * every topic's names in every language.
 */
function topicIdsByName(index: SearchIndex): ReadonlyMap<string, readonly number[]> {
  let byName = topicsByName.get(index);
  if (byName === undefined) {
    const lists = [index.topicNames, ...index.topicNamesIn.values()].map((list) => list.map(compactText));
    const made = new Map<string, number[]>();
    index.topicNames.forEach((_, id) => {
      for (const list of lists) {
        const name = list[id] ?? '';
        const ids = made.get(name) ?? [];
        if (ids[ids.length - 1] !== id) ids.push(id);
        made.set(name, ids);
      }
    });
    byName = made;
    topicsByName.set(index, byName);
  }
  return byName;
}

/**
 * The key topics (ids into `SearchIndex.topicNames`) that each concept of a plan is, by one of its
 * labels in any language indexed: the concepts the query names, then, for each word of labels (a
 * word in another language that names no concept), the concept it reaches most closely. Those that
 * are no key topic are left out.
 */
export function topicsOfConcepts(index: SearchIndex, plan: SearchPlan): readonly (readonly number[])[] {
  const nearest = plan.clauseWords.flatMap((word) => {
    const concept = word?.concepts[0];
    return concept === undefined ? [] : [[...concept.labelsIn.values()].flat().map(compactText)];
  });
  if (plan.conceptForms.length + nearest.length === 0) return [];
  const byName = topicIdsByName(index);
  return [...plan.conceptForms, ...nearest]
    .map((forms) => {
      const ids = new Set<number>();
      for (const form of forms) for (const id of byName.get(form) ?? []) ids.add(id);
      return [...ids].sort((a, b) => a - b);
    })
    .filter((ids) => ids.length > 0);
}

/**
 * The first stage's best paragraphs, before re-ranking: up to `window` of them, by BM25F score times
 * the square of their coverage (see {@link rankMatches}); those that reach the query only through
 * related concepts after the others. Counts the facets of the results in the index's tally (see
 * {@link Ranking.facets}) as it goes.
 */
function firstStage(
  index: SearchIndex,
  plan: SearchPlan,
  facts: MatchFacts,
  window: number,
): { best: number[]; total: number; facets: FacetTally } {
  const { clauseCount, mask, reach, score, full, fullCount, partial, partialCount, related, relatedCount } =
    facts;
  const facets = tallyOf(index);
  const { theme: themeCounts, paper: paperCounts, year: yearCounts, topic: topicCounts } = facets;
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
  // Those with every term are counted in the facets and offered to the top of the ranking at once;
  // the others are needed only when too few have every term. A paragraph that meets some of the
  // clauses is keyed by its score times its coverage squared, which is 1 for one that meets them all;
  // one that only reaches them through related concepts by a key below 0, so that it is never kept
  // in place of one that meets a clause.
  const top = new TopDocuments(window);
  const { specificity } = plan;
  for (let i = 0; i < fullCount; i++) {
    const d = full[i] as number;
    countFacets(d);
    top.offer(d, score[d] as number);
  }
  const includePartial = partialCount > 0 && (fullCount === 0 || clauseCount > 1);
  const total = fullCount + (includePartial ? partialCount : 0);
  if (fullCount === 0) for (let i = 0; i < partialCount; i++) countFacets(partial[i] as number);
  if (includePartial) {
    for (let i = 0; i < partialCount; i++) {
      const d = partial[i] as number;
      top.offer(
        d,
        (score[d] as number) * coverageOf(specificity, (mask[d] as number) | (reach[d] as number)) ** 2,
      );
    }
  }
  if (total < window) {
    for (let i = 0; i < relatedCount; i++) {
      const d = related[i] as number;
      top.offer(d, -1 / (1 + (score[d] as number)));
    }
  }
  return { best: top.best(), total, facets };
}

/**
 * The tier of a paragraph by the bits of the clauses it meets itself: 1 when it meets one, else 0 (it
 * reaches the query only through related concepts), so that those come after all the others.
 */
function tierOf(mask: number): number {
  return mask === 0 ? 0 : 1;
}

/**
 * A candidate of the re-ranker: its document number, its tier (1 when it meets a clause itself, else
 * 0) and its features.
 */
export interface RerankCandidate {
  readonly d: number;
  readonly tier: number;
  /** Its row of features, in the order of `RERANK_FEATURES`. */
  readonly features: Float64Array;
}

/**
 * The paragraphs the re-ranker orders for a plan, with their features, in the first stage's order:
 * what a fitting of the re-ranker's weights reads (scripts/fit-reranker.ts). The engine orders them by
 * tier, then by `rerankScore` of their features, then by document number.
 */
export function rerankCandidates(index: SearchIndex, plan: SearchPlan, facts: MatchFacts): RerankCandidate[] {
  const { best } = firstStage(index, plan, facts, RERANK_WINDOW);
  const rows = rerankFeatures(
    index,
    plan,
    facts,
    best,
    { conceptTopics: topicsOfConcepts(index, plan) },
    true,
  );
  return best.map((d, at) => ({
    d,
    tier: tierOf(facts.mask[d] as number),
    features: rows.subarray(at * FEATURE_COUNT, (at + 1) * FEATURE_COUNT),
  }));
}

/**
 * Ranks the matches of a plan and counts their facets, in two stages. The first orders paragraphs by
 * BM25F score times the square of their coverage: the share of the query's specificity in the
 * clauses they meet (each clause weighs its inverse document frequency, see
 * `SearchPlan.specificity`), so that one meeting every clause keeps its whole score, and one that
 * misses only a generic word most of it, but one that has only the generic word little. Those that
 * meet only some clauses are included when none meets every clause or when the query has several
 * clauses. A clause counts as met only by the query's own words and concepts; a related concept's
 * labels add to the score and to the coverage. The best `max(offset + limit, RERANK_WINDOW)` are then
 * re-ranked by a linear model of their features (search-rerank.ts: score, coverage, words found as
 * written, key topics, …, with weights fitted on the tuning half of the judged set), and the page cut
 * from them. Paragraphs that reach the query only through related concepts come last and are not
 * counted. Ties go to the lower document number.
 */
export function rankMatches(
  index: SearchIndex,
  plan: SearchPlan,
  facts: MatchFacts,
  offset: number,
  limit: number,
): Ranking {
  const window = Math.max(offset + limit, RERANK_WINDOW);
  const { best, total, facets } = firstStage(index, plan, facts, window);
  const { fullCount, relatedCount, mask } = facts;
  if (best.length === 0) return { page: [], total, matchedAll: fullCount, related: 0, facets };
  const write = featureWriter(index, plan, facts, best, { conceptTopics: topicsOfConcepts(index, plan) });
  // One row, written again for each paragraph: a page by papers ranks every result.
  const row = new Float64Array(FEATURE_COUNT);
  // A paragraph that meets none of the clauses itself comes after all that do.
  const page = best
    .map((d) => {
      const bits = mask[d] as number;
      write(d, row, 0);
      return {
        d,
        mask: bits,
        coordination: popcount(bits),
        tier: tierOf(bits),
        value: rerankScore(row, 0),
      };
    })
    .sort((a, b) => b.tier - a.tier || b.value - a.value || a.d - b.d)
    .slice(offset, offset + limit);
  return { page, total, matchedAll: fullCount, related: relatedCount, facets };
}
