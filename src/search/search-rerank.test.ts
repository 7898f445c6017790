import { describe, expect, it } from 'vitest';
import { createAnalyzer } from '../analysis/index.js';
import { fixtureDocuments } from '../../test/support/fixture-documents.js';
import type { ExpansionConcept } from './index.js';
import { buildSearchIndex, search, searchCandidates } from './index.js';
import { matchPlan } from './search-match.js';
import { planSearch } from './search-plan.js';
import { topicsOfConcepts } from './search-rank.js';
import {
  FEATURE_COUNT,
  FIRST_STAGE_WEIGHTS,
  RERANK_FEATURES,
  rerankFeatures,
  rerankScore,
} from './search-rerank.js';
import { RERANK_WEIGHTS } from './search-rerank-weights.js';

const at = (feature: (typeof RERANK_FEATURES)[number]): number => RERANK_FEATURES.indexOf(feature);

describe('rerankScore', () => {
  it('is e to the weighted sum of the features', () => {
    const rows = Float64Array.from({ length: 2 * FEATURE_COUNT }, (_, i) => (i % 5) / 10);
    const weights = RERANK_FEATURES.map((_, f) => (f % 3) - 1);
    const sum = weights.reduce((total, weight, f) => total + weight * (rows[FEATURE_COUNT + f] ?? 0), 0);
    expect(rerankScore(rows, 1, weights)).toBeCloseTo(Math.exp(sum), 12);
  });

  it('with the first stage’s own weights, is its score × coverage² × its bonuses', () => {
    const weights = FIRST_STAGE_WEIGHTS;
    const row = new Float64Array(FEATURE_COUNT).fill(0.7);
    row[at('score')] = Math.log(3.5);
    row[at('coverage')] = Math.log(0.6);
    row[at('exact')] = Math.log(1 + 0.5 * 2);
    row[at('intent')] = 1;
    row[at('topic')] = Math.log(1 + 0.25 * 1);
    expect(rerankScore(row, 0, weights)).toBeCloseTo(3.5 * 0.6 ** 2 * 2 * 2 * 1.25, 9);
  });
});

describe('the fitted weights', () => {
  it('are one finite number per feature', () => {
    expect(RERANK_WEIGHTS).toHaveLength(FEATURE_COUNT);
    for (const weight of RERANK_WEIGHTS) expect(Number.isFinite(weight)).toBe(true);
  });
});

describe('rerankFeatures and the engine’s order (fixture documents)', () => {
  const concepts: ExpansionConcept[] = [
    {
      id: 'hawala',
      name: '哈瓦拉',
      labels: { zh: ['哈瓦拉'], en: ['hawala'] },
      related: ['money-laundering'],
    },
    { id: 'money-laundering', name: '洗钱', labels: { zh: ['洗钱'], en: ['money laundering'] } },
  ];
  // Fixture texts written for this test: the first names hawala, the second only money laundering
  // (a concept related to hawala), the third both, the fourth neither.
  const texts = [
    '文件述及哈瓦拉被用于支付偷运费用。',
    '文件述及洗钱和转移犯罪所得的方式。',
    '文件述及哈瓦拉和洗钱，以及相关对策。',
    '文件述及边境管制。',
  ];
  const documents = fixtureDocuments(texts).map((document, i) => ({
    ...document,
    subject: i === 3 ? '哈瓦拉问题' : '',
    topics: i === 2 ? ['哈瓦拉'] : [],
  }));
  const analyzer = createAnalyzer('zh', { userWords: ['哈瓦拉', '洗钱'] });
  const index = buildSearchIndex(documents, analyzer, { concepts });
  const rowsOf = (query: string, all: boolean, weights?: readonly number[]) => {
    const plan = planSearch(index, query);
    const facts = matchPlan(index, plan);
    const candidates = [0, 1, 2, 3];
    const context = { conceptTopics: topicsOfConcepts(index, plan) };
    const rows = rerankFeatures(index, plan, facts, candidates, context, all, weights);
    return (d: number, feature: (typeof RERANK_FEATURES)[number]): number =>
      rows[d * FEATURE_COUNT + at(feature)] ?? Number.NaN;
  };

  it('say how much of the score related concepts gave, and whether every clause is met', () => {
    const feature = rowsOf('hawala', true);
    expect(feature(0, 'relatedShare')).toBe(0);
    expect(feature(1, 'relatedShare')).toBe(1);
    expect(feature(2, 'relatedShare')).toBeGreaterThan(0);
    expect(feature(2, 'relatedShare')).toBeLessThan(1);
    expect(feature(0, 'allClauses')).toBe(1);
    expect(feature(1, 'allClauses')).toBe(0);
  });

  it('weigh the related share by the share of the query the paragraph meets itself', () => {
    const single = rowsOf('hawala', true);
    // Names only the related concept, so meets nothing itself: 0 whatever its related share.
    expect(single(1, 'relatedShare')).toBe(1);
    expect(single(1, 'relatedOwn')).toBe(0);
    // Meets the one clause itself: the whole related share.
    expect(single(2, 'relatedOwn')).toBeCloseTo(single(2, 'relatedShare'), 12);
    // Meets 转移 itself and hawala through money laundering: a part of it.
    const pair = rowsOf('哈瓦拉 转移', true);
    const ownShare = Math.exp(pair(1, 'ownCoverage'));
    expect(ownShare).toBeGreaterThan(0.01);
    expect(ownShare).toBeLessThan(1);
    expect(pair(1, 'relatedShare')).toBeGreaterThan(0);
    expect(pair(1, 'relatedOwn')).toBeCloseTo(pair(1, 'relatedShare') * ownShare, 12);
  });

  it('count the concepts found as written and those that are the paragraph’s key topics', () => {
    const feature = rowsOf('哈瓦拉', true);
    // The word as typed and the concept's label: two, each adding half.
    expect(feature(0, 'exact')).toBeCloseTo(Math.log(1 + 0.5 * 2), 12);
    expect(feature(0, 'exactShare')).toBe(1);
    expect(feature(1, 'exact')).toBe(0);
    expect(feature(2, 'topic')).toBeCloseTo(Math.log(1.25), 12);
    expect(feature(0, 'topic')).toBe(0);
  });

  it('leave a feature whose weight is 0 at 0, unless every feature is asked for', () => {
    const noHeading = RERANK_FEATURES.map((feature) => (feature === 'heading' ? 0 : 1));
    expect(rowsOf('哈瓦拉', true)(3, 'heading')).toBe(1);
    expect(rowsOf('哈瓦拉', false, noHeading)(3, 'heading')).toBe(0);
  });

  it('order the hits as the candidates by tier, then re-ranked score, then document number', () => {
    for (const query of ['哈瓦拉', 'hawala', '洗钱', '哈瓦拉 洗钱', '文件 对策']) {
      const expected = searchCandidates(index, { query })
        .map((candidate) => ({ ...candidate, value: rerankScore(candidate.features, 0) }))
        .sort((a, b) => b.tier - a.tier || b.value - a.value || a.d - b.d)
        .map((candidate) => index.documents[candidate.d]?.paragraph ?? 0);
      expect(search(index, { query }).hits.map((hit) => hit.paragraph)).toEqual(expected);
    }
  });

  it('rank a paragraph that names the concept above one that names only a related concept', () => {
    const hits = search(index, { query: '哈瓦拉' }).hits.map((hit) => hit.paragraph);
    expect(hits.indexOf(1)).toBeLessThan(hits.indexOf(2));
  });
});
