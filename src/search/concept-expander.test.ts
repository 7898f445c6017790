import { describe, expect, it } from 'vitest';
import { createAnalyzer } from '../analysis/index.js';
import type { ExpansionConcept, SearchDocument } from './index.js';
import { buildSearchIndex, createConceptExpander, search } from './index.js';

const CONCEPTS: readonly ExpansionConcept[] = [
  {
    id: 'hawala',
    name: '哈瓦拉',
    labels: { zh: ['哈瓦拉'], en: ['hawala', 'informal value transfer'], fr: ['hawala'] },
  },
  {
    id: 'smuggler',
    name: '偷运者',
    labels: { zh: ['偷运者', '蛇头'], en: ['smuggler', 'snakehead'] },
  },
  {
    id: 'controlled-delivery',
    name: '控制下交付',
    labels: { zh: ['控制下交付'], en: ['controlled delivery'] },
    related: ['special-investigative-techniques'],
  },
  {
    id: 'modus-operandi',
    name: '作案手法',
    labels: { zh: ['作案手法'], en: ['modus operandi'], es: ['modus operandi'] },
  },
  {
    id: 'special-investigative-techniques',
    name: '特别调查手段',
    labels: {
      zh: ['特别调查手段', '特殊侦查手段'],
      en: ['special investigative techniques'],
      ru: ['специальные методы расследования'],
    },
    related: ['controlled-delivery'],
  },
];

const zh = createAnalyzer('zh', {
  userWords: ['哈瓦拉', '偷运者', '蛇头', '作案手法', '特别调查手段', '特殊侦查手段'],
});
const expander = createConceptExpander(CONCEPTS, zh);

describe('createConceptExpander', () => {
  it('matches a label of several words, stemmed, and leaves the other words for plain search', () => {
    const expansion = expander.expand(['Modus', 'operandi', 'of', 'smugglers', 'at', 'sea']);
    expect(expansion.matches.map((match) => [match.concept, match.matched, match.language])).toEqual([
      ['modus-operandi', 'Modus operandi', 'en'],
      ['smuggler', 'smugglers', 'en'],
    ]);
    expect(expansion.matches[1]?.labels).toEqual(['偷运者', '蛇头']);
    expect(expansion.rest).toEqual(['sea']);
  });

  it('finds everyday Chinese words inside one typed word, and leaves what no label covers', () => {
    const expansion = expander.expand(['蛇头的作案手法', '海上']);
    expect(expansion.matches.map((match) => match.concept)).toEqual(['smuggler', 'modus-operandi']);
    expect(expansion.rest).toEqual(['海上']);
  });

  it('matches labels in Cyrillic and leaves a query that names no concept as it was', () => {
    expect(expander.expand(['Специальные', 'методы', 'расследования']).matches[0]?.concept).toBe(
      'special-investigative-techniques',
    );
    expect(expander.expand(['border', 'control'])).toEqual({ matches: [], rest: ['border', 'control'] });
    expect(expander.expand([])).toEqual({ matches: [], rest: [] });
  });

  it('gives the labels of related concepts, and the same expansion again for the same words', () => {
    const expansion = expander.expand(['controlled', 'delivery']);
    expect(expansion.matches[0]?.relatedLabels).toEqual(['特别调查手段', '特殊侦查手段']);
    expect(expander.expand(['controlled', 'delivery'])).toBe(expansion);
    expect(expander.expand(['controlled delivery'])).not.toBe(expansion);
    expect(expander.expand(['controlled delivery']).matches[0]?.concept).toBe('controlled-delivery');
  });
});

describe('search with concepts', () => {
  const documents: SearchDocument[] = [
    '在一些国家，偷运者利用哈瓦拉系统转移非法收益。',
    '特殊侦查手段包括控制下交付和电子监视。',
    '海上救援行动应当尊重人权。',
    '一些国家通过控制下交付查明了偷运网络。',
  ].map((text, i) => ({
    key: `doc#${i + 1}`,
    document: 'doc',
    language: 'zh',
    paragraph: i + 1,
    text,
    subject: '',
    themeName: null,
    theme: null,
    paper: null,
    year: null,
    meeting: null,
    topics: [],
  }));
  const index = buildSearchIndex(documents, zh, { concepts: CONCEPTS });

  it('finds Chinese paragraphs for an English query and says which concept matched', () => {
    const result = search(index, { query: 'hawala smugglers' });
    expect(result.matchedAll).toBe(1);
    expect(result.hits[0]?.paragraph).toBe(1);
    expect(result.hits[0]?.matched).toBe('all');
    expect(result.hits[0]?.concepts.map((concept) => `${concept.matched} → ${concept.name}`)).toEqual([
      'hawala → 哈瓦拉',
      'smugglers → 偷运者',
    ]);
    expect(result.hits[0]?.snippet).toContain('<mark>哈瓦拉</mark>');
    expect(result.concepts.map((concept) => concept.concept)).toEqual(['hawala', 'smuggler']);
  });

  it('searches a concept by all its Chinese labels, then by its related concepts at a lower weight', () => {
    const hits = search(index, { query: '特别调查手段' }).hits;
    expect(hits.map((hit) => hit.paragraph)).toEqual([2, 4]);
    expect(hits[0]?.score).toBeGreaterThan((hits[1]?.score ?? 0) * 2);
  });

  it('searches a quoted English label as the concept', () => {
    expect(search(index, { query: '"special investigative techniques"' }).hits[0]?.paragraph).toBe(2);
  });

  it('still searches the words that name no concept', () => {
    const result = search(index, { query: 'hawala 人权' });
    expect(result.matchedAll).toBe(0);
    expect(result.relaxed).toBe(true);
    expect(result.hits.map((hit) => hit.paragraph).sort()).toEqual([1, 3]);
    expect(expander.expand(['controlled', 'delivery']).matches[0]?.relatedLabels).toEqual([
      '特别调查手段',
      '特殊侦查手段',
    ]);
  });
});
