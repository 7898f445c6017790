import { describe, expect, it } from 'vitest';
import { createAnalyzer } from '../analysis/index.js';
import { fixtureDocuments } from '../../test/support/fixture-documents.js';
import type { ExpansionConcept } from './index.js';
import { buildSearchIndex, search } from './index.js';
import { planSearch } from './search-plan.js';
import { topicsOfConcepts } from './search-rank.js';

describe('key topics of the concepts a query names (fixture documents)', () => {
  const concepts: ExpansionConcept[] = [
    {
      id: 'hawala',
      name: '哈瓦拉',
      labels: { zh: ['哈瓦拉', '地下钱庄'], en: ['hawala', 'underground banking'] },
    },
    { id: 'corruption', name: '腐败', labels: { zh: ['腐败'], en: ['corruption'] } },
  ];
  // Fixture texts written for this test: the first names hawala twice, the second once but is
  // tagged with it as a key topic.
  const texts = [
    '文件述及哈瓦拉，并指出哈瓦拉和其他非正式汇款系统被用于支付偷运费用以及转移犯罪所得的多种方式。',
    '文件述及哈瓦拉等非正式汇款系统被用于支付偷运费用以及转移犯罪所得的多种方式和相关对策。',
    '文件述及腐败问题。',
  ];
  const documents = fixtureDocuments(texts).map((document, i) => ({
    ...document,
    topics: i === 1 ? ['哈瓦拉'] : i === 2 ? ['腐败'] : [],
  }));
  const analyzer = createAnalyzer('zh', { userWords: ['哈瓦拉', '地下钱庄', '腐败'] });
  const index = buildSearchIndex(documents, analyzer, { concepts });
  const topicId = (name: string): number => index.topicNames.indexOf(name);

  it('are the key topics named by one of the concept’s labels, in any language', () => {
    expect(topicsOfConcepts(index, planSearch(index, 'hawala'))).toEqual([[topicId('哈瓦拉')]]);
    expect(topicsOfConcepts(index, planSearch(index, '地下钱庄 腐败'))).toEqual([
      [topicId('哈瓦拉')],
      [topicId('腐败')],
    ]);
    expect(topicsOfConcepts(index, planSearch(index, '汇款'))).toEqual([]);
  });

  it('are also those of the concept a word of labels in another language reaches most closely', () => {
    expect(planSearch(index, 'underground').clauseWords[0]?.concepts[0]?.concept).toBe('hawala');
    expect(topicsOfConcepts(index, planSearch(index, 'underground'))).toEqual([[topicId('哈瓦拉')]]);
  });

  it('rank a paragraph tagged with the concept above one that only names it more often', () => {
    expect(search(index, { query: '地下钱庄' }).hits.map((hit) => hit.paragraph)).toEqual([2, 1]);
  });
});
