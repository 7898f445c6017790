import { describe, expect, it } from 'vitest';
import { createAnalyzer } from '../analysis/index.js';
import { fixtureDocuments } from '../../test/support/fixture-documents.js';
import type { ExpansionConcept } from './index.js';
import { buildSearchIndex, createConceptExpander, search } from './index.js';
import { planSearch } from './search-plan.js';

// Fixture concepts and texts, written for these tests (not the summary's).
const CONCEPTS: readonly ExpansionConcept[] = [
  { id: 'danger-to-life', name: '生命危险', labels: { zh: ['生命危险', '遇险'], en: ['danger to life'] } },
  { id: 'unsafe-transport', name: '危险船只', labels: { zh: ['危险船只', '超载'] } },
  { id: 'technology', name: '现代技术', labels: { zh: ['现代技术'] } },
  { id: 'technical-assistance', name: '技术援助', labels: { zh: ['技术援助'] } },
  { id: 'technical-cooperation', name: '技术合作', labels: { zh: ['技术合作'] } },
];
const USER_WORDS = ['生命危险', '遇险', '危险船只', '超载', '现代技术', '技术援助', '技术合作'];
const analyzer = createAnalyzer('zh', { userWords: USER_WORDS });
const expander = createConceptExpander(CONCEPTS, analyzer);

describe('ConceptExpander.wordOfLabels', () => {
  it('reaches the one or two concepts whose Chinese labels hold the word as a word of theirs', () => {
    const reached = expander.wordOfLabels('危险');
    expect(reached?.concepts.map((concept) => concept.concept).sort()).toEqual([
      'danger-to-life',
      'unsafe-transport',
    ]);
    expect(reached?.concepts.every((concept) => concept.via === 'word')).toBe(true);
    expect(reached?.specificity).toBeLessThan(1);
  });

  it('reaches nothing for a word of more concepts’ labels, a label itself, a word of no label or another script', () => {
    expect(expander.wordOfLabels('技术')).toBeUndefined();
    expect(expander.wordOfLabels('遇险')).toBeUndefined();
    expect(expander.wordOfLabels('移民')).toBeUndefined();
    expect(expander.wordOfLabels('danger')).toBeUndefined();
  });
});

describe('a Chinese query word that is a word of labels (fixture documents)', () => {
  const texts = [
    '移民在海上遇险，需要救援。',
    '海上行程十分危险。',
    '文件讨论了现代技术和技术援助。',
    '文件讨论了培训。',
  ];
  const index = buildSearchIndex(fixtureDocuments(texts), analyzer, { concepts: CONCEPTS });

  it('is met by the labels of the concepts it reaches, below the word as typed', () => {
    const plan = planSearch(index, '危险');
    const clause = plan.clauseWords.findIndex((word) => word?.matched === '危险');
    expect(clause).toBeGreaterThan(-1);
    const weights = plan.weights[clause] ?? [];
    expect(Math.max(...weights)).toBe(1);
    expect(Math.min(...weights)).toBeLessThan(1);
    const found = search(index, { query: '危险' }).hits.map((hit) => hit.paragraph);
    expect(found).toEqual([2, 1]);
  });

  it('leaves a general word as typed, and a concept the query names to its own clause', () => {
    expect(planSearch(index, '技术').clauseWords.every((word) => word === undefined)).toBe(true);
    expect(search(index, { query: '技术' }).hits.map((hit) => hit.paragraph)).toEqual([3]);
    const named = planSearch(index, '遇险 危险');
    const word = named.clauseWords.find((entry) => entry?.matched === '危险');
    expect(word?.concepts.map((concept) => concept.concept)).toEqual(['unsafe-transport']);
  });
});
