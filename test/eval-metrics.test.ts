import { describe, expect, it } from 'vitest';
import {
  dcg,
  gain,
  judgmentsFromJson,
  meanMetrics,
  ndcgAt,
  queryMetrics,
  recallAt,
  reciprocalRankAt,
} from '../eval/metrics.js';

const judged = (entries: readonly (readonly [number, number])[]): Map<number, number> => new Map(entries);

describe('gain and dcg', () => {
  it('uses the graded gain 2^rel − 1', () => {
    expect([0, 1, 2].map(gain)).toEqual([0, 1, 3]);
  });

  it('discounts by log2(rank + 1)', () => {
    expect(dcg([2, 1, 0, 1])).toBeCloseTo(3 / 1 + 1 / Math.log2(3) + 0 + 1 / Math.log2(5), 12);
    expect(dcg([])).toBe(0);
  });
});

describe('nDCG@k', () => {
  it('is 1 for the ideal ranking and 0 when nothing relevant is returned', () => {
    const judgments = judged([
      [18, 2],
      [19, 1],
    ]);
    expect(ndcgAt([18, 19, 5], judgments, 10)).toBeCloseTo(1, 12);
    expect(ndcgAt([1, 2, 3], judgments, 10)).toBe(0);
    expect(ndcgAt([], judgments, 10)).toBe(0);
  });

  it('matches a hand computation for a swapped ranking', () => {
    const judgments = judged([
      [18, 2],
      [19, 1],
    ]);
    const ideal = 3 + 1 / Math.log2(3);
    const actual = 1 + 3 / Math.log2(3);
    expect(ndcgAt([19, 18], judgments, 10)).toBeCloseTo(actual / ideal, 12);
  });

  it('takes the ideal from all judged paragraphs, even those not returned', () => {
    const judgments = judged([
      [1, 2],
      [2, 2],
      [3, 1],
    ]);
    const ideal = 3 + 3 / Math.log2(3) + 1 / 2;
    expect(ndcgAt([1], judgments, 10)).toBeCloseTo(3 / ideal, 12);
  });

  it('cuts both the ranking and the ideal at k', () => {
    const judgments = judged([
      [1, 2],
      [2, 2],
      [3, 2],
    ]);
    expect(ndcgAt([9, 1, 2, 3], judgments, 1)).toBe(0);
    expect(ndcgAt([1, 9], judgments, 1)).toBeCloseTo(1, 12);
  });

  it('counts a paragraph listed twice once', () => {
    const judgments = judged([[7, 2]]);
    expect(ndcgAt([7, 7, 7], judgments, 10)).toBeCloseTo(1, 12);
  });

  it('is 0 for a query with no judged paragraph', () => {
    expect(ndcgAt([1, 2], judged([]), 10)).toBe(0);
  });
});

describe('MRR@k', () => {
  it('is the reciprocal rank of the first paragraph of any positive grade', () => {
    const judgments = judged([
      [5, 1],
      [6, 2],
    ]);
    expect(reciprocalRankAt([9, 5, 6], judgments, 10)).toBeCloseTo(1 / 2, 12);
    expect(reciprocalRankAt([6], judgments, 10)).toBe(1);
  });

  it('is 0 when the first relevant paragraph is below k', () => {
    const judgments = judged([[5, 2]]);
    const ranking = [1, 2, 3, 4, 6, 7, 8, 9, 10, 11, 5];
    expect(reciprocalRankAt(ranking, judgments, 10)).toBe(0);
    expect(reciprocalRankAt(ranking, judgments, 11)).toBeCloseTo(1 / 11, 12);
  });
});

describe('recall@k', () => {
  it('is the share of judged relevant paragraphs found in the top k', () => {
    const judgments = judged([
      [1, 2],
      [2, 1],
      [3, 1],
      [4, 2],
    ]);
    expect(recallAt([1, 3, 9], judgments, 10)).toBe(0.5);
    expect(recallAt([9, 1, 2, 3, 4], judgments, 2)).toBe(0.25);
    expect(recallAt([], judged([]), 10)).toBe(0);
  });
});

describe('queryMetrics and meanMetrics', () => {
  it('computes all three at k = 10 by default', () => {
    const judgments = judged([[3, 2]]);
    const ranking = [1, 2, 4, 5, 6, 7, 8, 9, 10, 11, 3];
    expect(queryMetrics(ranking, judgments)).toEqual({ ndcg: 0, mrr: 0, recall: 0 });
    const found = queryMetrics([1, 3], judgments);
    expect(found.mrr).toBe(0.5);
    expect(found.recall).toBe(1);
    expect(found.ndcg).toBeCloseTo(1 / Math.log2(3), 12);
  });

  it('averages per metric, and gives zeros for no query', () => {
    expect(
      meanMetrics([
        { ndcg: 1, mrr: 1, recall: 1 },
        { ndcg: 0, mrr: 0.5, recall: 0.25 },
      ]),
    ).toEqual({ ndcg: 0.5, mrr: 0.75, recall: 0.625 });
    expect(meanMetrics([])).toEqual({ ndcg: 0, mrr: 0, recall: 0 });
  });
});

describe('judgmentsFromJson', () => {
  it('reads paragraph numbers and grades', () => {
    expect([...judgmentsFromJson({ '18': 2, '61': 1 })]).toEqual([
      [18, 2],
      [61, 1],
    ]);
  });

  it('refuses a bad key or grade', () => {
    expect(() => judgmentsFromJson({ x: 2 })).toThrow(/paragraph number/);
    expect(() => judgmentsFromJson({ '3': 3 })).toThrow(/not 1 or 2/);
    expect(() => judgmentsFromJson({ '3': '2' })).toThrow(/not 1 or 2/);
  });
});
