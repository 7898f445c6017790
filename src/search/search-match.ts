import type { Postings, SearchIndex } from './search-index.js';
import type { SearchPlan } from './search-plan.js';

/**
 * What matching found, handed to ranking: the candidate paragraphs, split into those that meet every
 * clause and those that meet some, with their match facts (the clauses met and the BM25F score) in
 * per-document arrays. The arrays are the index's scratch buffers, valid until the next search of the
 * index (searches are synchronous): read them, never keep them.
 */
export interface MatchFacts {
  /** How many clauses the query has, and the mask of a paragraph that meets them all. */
  readonly clauseCount: number;
  readonly allBits: number;
  /**
   * Per document number: the bit of each clause it meets by the query's own words and concepts, the
   * bit of each clause it reaches only through a concept related to the query's, and its BM25F score
   * summed over both.
   */
  readonly mask: Int32Array;
  readonly reach: Int32Array;
  readonly score: Float64Array;
  /**
   * Per document number: the part of `score` that the labels of concepts related to the query's
   * gave (0 … score), so that ranking can tell a paragraph that names what was asked from one that
   * names its neighbours.
   */
  readonly relatedScore: Float64Array;
  /** `full[0 … fullCount - 1]`: the paragraphs that meet every clause and pass the filters, in document order. */
  readonly full: Int32Array;
  readonly fullCount: number;
  /** `partial[0 … partialCount - 1]`: those that meet some of the clauses and pass the filters. */
  readonly partial: Int32Array;
  readonly partialCount: number;
  /** `related[0 … relatedCount - 1]`: those that meet no clause but reach some through related concepts. */
  readonly related: Int32Array;
  readonly relatedCount: number;
}

/**
 * Per-index buffers reused by every search (searches are synchronous, so one set suffices): a
 * document's score and clause mask are valid when its stamp equals the current search's epoch.
 */
interface Scratch {
  readonly score: Float64Array;
  readonly relatedScore: Float64Array;
  readonly mask: Int32Array;
  readonly reach: Int32Array;
  readonly stamp: Int32Array;
  readonly touched: Int32Array;
  readonly full: Int32Array;
  readonly partial: Int32Array;
  readonly related: Int32Array;
  epoch: number;
}

const scratchByIndex = new WeakMap<SearchIndex, Scratch>();

function scratchOf(index: SearchIndex): Scratch {
  let scratch = scratchByIndex.get(index);
  if (scratch === undefined) {
    const count = index.documents.length;
    scratch = {
      score: new Float64Array(count),
      relatedScore: new Float64Array(count),
      mask: new Int32Array(count),
      reach: new Int32Array(count),
      stamp: new Int32Array(count),
      touched: new Int32Array(count),
      full: new Int32Array(count),
      partial: new Int32Array(count),
      related: new Int32Array(count),
      epoch: 0,
    };
    scratchByIndex.set(index, scratch);
  }
  return scratch;
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

function hasTopic(index: SearchIndex, d: number, wanted: ReadonlySet<number>): boolean {
  for (let t = index.topicStart[d] as number, end = index.topicStart[d + 1] as number; t < end; t++) {
    if (wanted.has(index.topicIds[t] as number)) return true;
  }
  return false;
}

/**
 * Finds the candidate paragraphs of a plan, the hot part of a search, kept apart from query analysis,
 * ranking and rendering so that it stays optimized whatever shapes those handle: walks the postings
 * of the plan's clauses (each a list of alternatives, each a list of tokens that must all occur),
 * sums the BM25F scores of the clauses each paragraph meets, and keeps those the plan's filters,
 * phrases and exclusions accept, split into full and partial matches.
 */
export function matchPlan(index: SearchIndex, plan: SearchPlan): MatchFacts {
  return matchDocuments(
    index,
    plan.clauses,
    plan.weights,
    plan.origins.map((origins) => origins.map((origin) => origin.via === 'related')),
    plan.narrowed ? passesOf(index, plan) : undefined,
  );
}

/** The test a paragraph must pass besides its clauses: the filters, the phrases, the exclusions. */
function passesOf(index: SearchIndex, plan: SearchPlan): (document: number) => boolean {
  const { compact } = index;
  const { phrases, exclusions } = plan;
  const { themeIds, paperIds, years, meetings, topicIds } = plan.resolved ?? {};
  return (d: number): boolean => {
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
}

function matchDocuments(
  index: SearchIndex,
  clauses: readonly (readonly (readonly string[])[])[],
  weights: readonly (readonly number[])[],
  related: readonly (readonly boolean[])[],
  passes: ((document: number) => boolean) | undefined,
): MatchFacts {
  const { postings, documents } = index;
  const scratch = scratchOf(index);
  const { score, relatedScore, mask, reach, stamp, touched } = scratch;
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
    relatedScore.fill(0);
    mask.fill(0);
    reach.fill(0);
  }
  /**
   * Adds a posting list's scores (once per token) and marks its documents with `bit` in `marks`: the
   * mask of clauses met, or, for the labels of a related concept, the mask of clauses reached.
   */
  const accumulate = (
    list: Postings,
    addScores: boolean,
    bit: number,
    weight: number,
    marks: Int32Array,
  ): void => {
    const { documents: ids, scores } = list;
    // The labels of a related concept also add their score to `relatedScore`.
    const side = marks === reach && addScores ? relatedScore : undefined;
    if (whole) {
      for (let i = 0; i < ids.length; i++) {
        const d = ids[i] as number;
        if (addScores) score[d] = (score[d] as number) + weight * (scores[i] as number);
        if (side !== undefined) side[d] = (side[d] as number) + weight * (scores[i] as number);
        marks[d] = (marks[d] as number) | bit;
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
        relatedScore[d] = 0;
        mask[d] = 0;
        reach[d] = 0;
        touched[touchedCount++] = d;
      }
      if (addScores) score[d] = (score[d] as number) + weight * (scores[i] as number);
      if (side !== undefined) side[d] = (side[d] as number) + weight * (scores[i] as number);
      marks[d] = (marks[d] as number) | bit;
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
      const marks = related[clause]?.[at] === true ? reach : mask;
      accumulate(list, fresh, 1 << clause, weights[clause]?.[at] ?? 1, marks);
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
      const marks = related[clause]?.[at] === true ? reach : mask;
      const side = marks === reach ? relatedScore : undefined;
      const fresh = lists.map(({ token }) => !scored.has(token));
      for (const { token } of lists) scored.add(token);
      intersectScored(
        lists.map(({ list }) => list),
        fresh,
        whole
          ? (d, sum) => {
              marks[d] = (marks[d] as number) | bit;
              score[d] = (score[d] as number) + weight * sum;
              if (side !== undefined) side[d] = (side[d] as number) + weight * sum;
            }
          : (d, sum) => {
              if (stamp[d] !== epoch) {
                stamp[d] = epoch;
                score[d] = 0;
                relatedScore[d] = 0;
                mask[d] = 0;
                reach[d] = 0;
                touched[touchedCount++] = d;
              }
              marks[d] = (marks[d] as number) | bit;
              score[d] = (score[d] as number) + weight * sum;
              if (side !== undefined) side[d] = (side[d] as number) + weight * sum;
            },
      );
    });
  });
  if (whole) {
    for (let d = 0; d < documents.length; d++) {
      if (clauses.length === 0 || mask[d] !== 0 || reach[d] !== 0) touched[touchedCount++] = d;
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
  // One pass over the documents touched: those with every term, those with some, and those reached
  // only through related concepts, each in document order.
  const { full, partial } = scratch;
  const relatedOnly = scratch.related;
  let fullCount = 0;
  let partialCount = 0;
  let relatedCount = 0;
  for (let i = 0; i < touchedCount; i++) {
    const d = touched[i] as number;
    const bits = mask[d] as number;
    if (clauses.length > 0 && bits === 0 && reach[d] === 0) continue;
    if (passes !== undefined && !passes(d)) continue;
    if (bits === allBits) full[fullCount++] = d;
    else if (bits !== 0) partial[partialCount++] = d;
    else relatedOnly[relatedCount++] = d;
  }
  return {
    clauseCount: clauses.length,
    allBits,
    mask,
    reach,
    score,
    relatedScore,
    full,
    fullCount,
    partial,
    partialCount,
    related: relatedOnly,
    relatedCount,
  };
}
