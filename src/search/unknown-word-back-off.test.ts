import { describe, expect, it } from 'vitest';
import { createAnalyzer } from '../analysis/index.js';
import { fixtureDocuments } from '../../test/support/fixture-documents.js';
import type { ExpansionConcept } from './index.js';
import { buildSearchIndex, createConceptExpander, search } from './index.js';
import { planSearch } from './search-plan.js';

// Fixture concepts and texts, written for these tests (not the summary's).
const CONCEPTS: readonly ExpansionConcept[] = [
  { id: 'sanctions', name: '制裁', labels: { zh: ['制裁', '判刑', '判处'], en: ['sanctions'] } },
  { id: 'adjudication', name: '审判', labels: { zh: ['审判', '判决'] } },
  { id: 'smuggler', name: '偷运者', labels: { zh: ['偷运者', '蛇头'] } },
  { id: 'documents', name: '欺诈性证件', labels: { zh: ['欺诈性证件', '假证件'] } },
];
const USER_WORDS = ['制裁', '判刑', '判处', '审判', '判决', '偷运者', '蛇头', '欺诈性证件', '假证件'];
const analyzer = createAnalyzer('zh', { userWords: USER_WORDS });
const expander = createConceptExpander(CONCEPTS, analyzer);

describe('ConceptExpander.partOfLabels', () => {
  it('reaches the concepts whose Chinese labels hold the word, those with the shortest such label first', () => {
    const reached = expander.partOfLabels('判');
    expect(reached?.concepts.map((concept) => concept.concept)).toEqual(['sanctions', 'adjudication']);
    expect(reached?.concepts.every((concept) => concept.via === 'word')).toBe(true);
    expect(reached?.specificity).toBeGreaterThan(0);
    expect(reached?.specificity).toBeLessThan(1);
    expect(expander.partOfLabels('假证')?.specificity).toBe(1);
  });

  it('reaches nothing for a word no label holds, for a word in another script, or over a text not in Chinese', () => {
    expect(expander.partOfLabels('几年')).toBeUndefined();
    expect(expander.partOfLabels('sanction')).toBeUndefined();
    const english = createConceptExpander(CONCEPTS, createAnalyzer('en'));
    expect(english.partOfLabels('判')).toBeUndefined();
  });
});

describe('a Chinese query word the index does not hold (fixture documents)', () => {
  const texts = [
    '偷运者通过海路运送移民。',
    '对偷运犯罪的制裁应当与罪行的严重性相称。',
    '法院的判决应当公开。',
    '偷运者在边境被捕。',
    '文件讨论了假证件。',
  ];
  const index = buildSearchIndex(fixtureDocuments(texts), analyzer, { concepts: CONCEPTS });

  it('backs off to the labels it is part of, so that the paragraphs of those concepts are found', () => {
    const plan = planSearch(index, '蛇头判几年');
    const backedOff = plan.clauseWords.findIndex((word) => word?.matched === '判');
    expect(backedOff).toBeGreaterThan(-1);
    expect(plan.clauses[backedOff]?.length).toBeGreaterThan(0);
    expect(Math.max(...(plan.weights[backedOff] ?? [1]))).toBeLessThan(1);
    const found = search(index, { query: '蛇头判几年' }).hits.map((hit) => hit.paragraph);
    expect(found).toEqual(expect.arrayContaining([1, 2, 3, 4]));
    expect(found).not.toContain(5);
  });

  it('counts the back-off for less than a word the index holds, in the weights and in the specificity', () => {
    const plan = planSearch(index, '蛇头判几年');
    const backedOff = plan.clauseWords.findIndex((word) => word?.matched === '判');
    const own = plan.clauseConcepts.findIndex((concept) => concept?.concept === 'smuggler');
    expect(plan.specificity[backedOff]).toBeLessThan(plan.specificity[own] ?? 0);
  });

  it('leaves alone a word the index holds and the concepts the query names itself', () => {
    expect(planSearch(index, '偷运者 判决').clauseWords.every((word) => word === undefined)).toBe(true);
    const named = planSearch(index, '制裁 判');
    const backedOff = named.clauseWords.find((word) => word?.matched === '判');
    expect(backedOff?.concepts.map((concept) => concept.concept)).toEqual(['adjudication']);
  });
});
