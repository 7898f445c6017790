/**
 * Ranking metrics for the somkb search evaluation, over graded judgments.
 *
 * A judgment maps a paragraph number to its grade: 2 = the paragraph answers the query, 1 = relevant.
 * Unjudged paragraphs have grade 0. A ranking is the list of paragraph numbers a system returned, best
 * first; only its first `k` entries count, and a paragraph listed twice counts once (its first place).
 */

/** Paragraph number → grade (1 or 2). */
export type Judgments = ReadonlyMap<number, number>;

/** The metrics of one query, or their mean over a set of queries. */
export interface QueryMetrics {
  readonly ndcg: number;
  readonly mrr: number;
  readonly recall: number;
}

/** The first `k` distinct entries of a ranking. */
function topDistinct(ranking: readonly number[], k: number): number[] {
  const seen = new Set<number>();
  const top: number[] = [];
  for (const paragraph of ranking) {
    if (top.length >= k) break;
    if (seen.has(paragraph)) continue;
    seen.add(paragraph);
    top.push(paragraph);
  }
  return top;
}

/** Gain of a grade: 2^grade − 1 (0 for grade 0, 1 for grade 1, 3 for grade 2). */
export function gain(grade: number): number {
  return 2 ** grade - 1;
}

/** Discounted cumulative gain of a list of grades, best first: Σ gain(grade_i) / log2(i + 1), i from 1. */
export function dcg(grades: readonly number[]): number {
  let sum = 0;
  grades.forEach((grade, index) => {
    sum += gain(grade) / Math.log2(index + 2);
  });
  return sum;
}

/**
 * nDCG@k: the DCG of the top `k` of the ranking over the DCG of the ideal ranking, which lists every
 * judged paragraph by grade (best first), cut at `k`. 0 when nothing is judged relevant.
 */
export function ndcgAt(ranking: readonly number[], judgments: Judgments, k: number): number {
  const grades = topDistinct(ranking, k).map((paragraph) => judgments.get(paragraph) ?? 0);
  const ideal = [...judgments.values()]
    .filter((grade) => grade > 0)
    .sort((a, b) => b - a)
    .slice(0, k);
  const idealDcg = dcg(ideal);
  return idealDcg === 0 ? 0 : dcg(grades) / idealDcg;
}

/** Reciprocal rank of the first paragraph of any positive grade within the top `k`; 0 when none. */
export function reciprocalRankAt(ranking: readonly number[], judgments: Judgments, k: number): number {
  const top = topDistinct(ranking, k);
  const index = top.findIndex((paragraph) => (judgments.get(paragraph) ?? 0) > 0);
  return index === -1 ? 0 : 1 / (index + 1);
}

/** Share of the judged relevant paragraphs (any positive grade) found in the top `k`; 0 when none judged. */
export function recallAt(ranking: readonly number[], judgments: Judgments, k: number): number {
  const relevant = [...judgments.entries()].filter(([, grade]) => grade > 0).map(([paragraph]) => paragraph);
  if (relevant.length === 0) return 0;
  const top = new Set(topDistinct(ranking, k));
  return relevant.filter((paragraph) => top.has(paragraph)).length / relevant.length;
}

/** nDCG@k, MRR@k (reciprocal rank) and recall@k of one query. */
export function queryMetrics(ranking: readonly number[], judgments: Judgments, k = 10): QueryMetrics {
  return {
    ndcg: ndcgAt(ranking, judgments, k),
    mrr: reciprocalRankAt(ranking, judgments, k),
    recall: recallAt(ranking, judgments, k),
  };
}

/** The mean of each metric over queries; all zero for no query. */
export function meanMetrics(perQuery: readonly QueryMetrics[]): QueryMetrics {
  if (perQuery.length === 0) return { ndcg: 0, mrr: 0, recall: 0 };
  const sum = (pick: (metrics: QueryMetrics) => number): number =>
    perQuery.reduce((total, metrics) => total + pick(metrics), 0) / perQuery.length;
  return { ndcg: sum((m) => m.ndcg), mrr: sum((m) => m.mrr), recall: sum((m) => m.recall) };
}

/** Judgments from the JSON form `{ "18": 2, "61": 1 }`; throws on a key or grade that is not valid. */
export function judgmentsFromJson(relevant: Readonly<Record<string, unknown>>): Map<number, number> {
  const judgments = new Map<number, number>();
  for (const [key, grade] of Object.entries(relevant)) {
    const paragraph = Number(key);
    if (!Number.isInteger(paragraph) || paragraph < 1)
      throw new Error(`judgment key is not a paragraph number: ${key}`);
    if (grade !== 1 && grade !== 2)
      throw new Error(`grade of paragraph ${key} is not 1 or 2: ${String(grade)}`);
    judgments.set(paragraph, grade);
  }
  return judgments;
}
