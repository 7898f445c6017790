import { describe, expect, it } from 'vitest';
import { createAnalyzer } from '../analysis/index.js';
import { fixtureDocuments } from '../../test/support/fixture-documents.js';
import type { ExpansionConcept } from './index.js';
import { buildSearchIndex, createConceptExpander, search } from './index.js';
import type { AlternativeOrigin, SearchPlan } from './search-plan.js';
import { planSearch } from './search-plan.js';

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

  it('finds a label inside a compound the segmenter keeps whole, and leaves its other words', () => {
    const rights = createConceptExpander(
      [{ id: 'human-rights', name: '人权', labels: { zh: ['人权'], en: ['human rights'] } }],
      createAnalyzer('zh', { userWords: ['人权'] }),
    );
    expect(createAnalyzer('zh').queryTokens('保障人权')).toEqual(['保障人权']);
    const expansion = rights.expand(['保障人权']);
    expect(expansion.matches.map((match) => [match.concept, match.matched])).toEqual([
      ['human-rights', '人权'],
    ]);
    expect(expansion.rest).toEqual(['保障']);
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
    expect(expander.expand(['border', 'management'])).toEqual({
      matches: [],
      rest: ['border', 'management'],
    });
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
  const documents = fixtureDocuments([
    '在一些国家，偷运者利用哈瓦拉系统转移非法收益。',
    '特殊侦查手段包括控制下交付和电子监视。',
    '海上救援行动应当尊重人权。',
    '一些国家通过控制下交付查明了偷运网络。',
  ]);
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

describe('related concepts rank but do not count (issue 12.4, 12.5; a fixture thesaurus)', () => {
  // Fixture: money laundering, related to three neighbours that one paragraph names again and again.
  const FIXTURE: readonly ExpansionConcept[] = [
    ...CONCEPTS,
    {
      id: 'money-laundering',
      name: '洗钱',
      labels: { zh: ['洗钱'], en: ['money laundering'] },
      related: ['hawala', 'financial-investigation', 'proceeds'],
    },
    {
      id: 'financial-investigation',
      name: '金融调查',
      labels: { zh: ['金融调查'], en: ['financial investigation'] },
    },
    { id: 'proceeds', name: '犯罪所得', labels: { zh: ['犯罪所得'], en: ['proceeds of crime'] } },
  ];
  const analyzer = createAnalyzer('zh', {
    userWords: [
      '哈瓦拉',
      '偷运者',
      '蛇头',
      '特别调查手段',
      '特殊侦查手段',
      '控制下交付',
      '金融调查',
      '犯罪所得',
    ],
  });
  const texts = [
    '一些国家通过控制下交付查明了偷运网络。',
    '特别调查手段需要明确的法律依据。',
    '金融调查追踪哈瓦拉转账和犯罪所得；金融调查还查明哈瓦拉经营者隐匿的犯罪所得，以及犯罪所得的去向。',
    '文件列举了多种罪行，其中包括洗钱。',
    '偷运活动日益增加。',
    '偷运者利用社交媒体招揽移民。',
  ];
  const documents = fixtureDocuments(texts);
  const index = buildSearchIndex(documents, analyzer, { concepts: FIXTURE });

  it('counts only the paragraphs that meet the query’s own concepts; the related ones follow, marked', () => {
    const result = search(index, { query: 'money laundering' });
    expect(result.total).toBe(1);
    expect(result.related).toBe(1);
    expect(result.hits.map((hit) => [hit.paragraph, hit.related])).toEqual([
      [4, false],
      [3, true],
    ]);
    // Paragraph 3 names three neighbours of the concept over and over; it still follows paragraph 4,
    // and their share of the weight keeps its score below it.
    expect(result.hits[1]?.score).toBeLessThan(result.hits[0]?.score ?? 0);
  });

  it('names the concept a hit met only when it met it, and the related concept it met as related', () => {
    const result = search(index, { query: 'controlled delivery' });
    expect(result.total).toBe(1);
    const [direct, related] = result.hits;
    expect(direct?.concepts).toEqual([
      { concept: 'controlled-delivery', name: '控制下交付', matched: 'controlled delivery', via: 'label' },
    ]);
    expect(related?.paragraph).toBe(2);
    expect(related?.concepts).toEqual([
      {
        concept: 'special-investigative-techniques',
        name: '特别调查手段',
        matched: 'controlled delivery',
        via: 'related',
        relatedTo: 'controlled-delivery',
      },
    ]);
    expect(related?.snippet).toContain('<mark>特别调查手段</mark>');
  });

  it('plans a concept the same whatever was searched before (its clause is kept per concept and the neighbours the query names)', () => {
    const queries = ['money laundering', '洗钱 hawala', 'money laundering', '哈瓦拉 洗钱 犯罪所得', '洗钱'];
    const planned = queries.map((query) => planSearch(index, query));
    const fresh = queries.map((query) =>
      planSearch(buildSearchIndex(documents, analyzer, { concepts: FIXTURE }), query),
    );
    expect(planned).toEqual(fresh);
    // Named in the query, a neighbour is its own clause, no longer among the concept's alternatives.
    const laundering = (plan: SearchPlan): readonly AlternativeOrigin[] | undefined =>
      plan.origins[plan.clauseConcepts.findIndex((match) => match?.concept === 'money-laundering')];
    const alone = laundering(planned[0] as SearchPlan)?.map((origin) => origin.concept);
    const withHawala = laundering(planned[1] as SearchPlan)?.map((origin) => origin.concept);
    expect(alone).toContain('hawala');
    expect(withHawala).not.toContain('hawala');
    expect(withHawala).toContain('proceeds');
  });

  it('does not meet a label by the words inside it when they lose its end (偷运者 is not 偷运)', () => {
    const result = search(index, { query: 'snakehead' });
    expect(result.hits.map((hit) => hit.paragraph)).toEqual([6]);
    expect(result.total).toBe(1);
  });
});

describe('a word of a label in another language reaches its concepts (issue 12.2; a fixture thesaurus)', () => {
  // Fixture: "smuggling" is a word of three labels of four, "routes" of one.
  const FIXTURE: readonly ExpansionConcept[] = [
    {
      id: 'smuggling-of-migrants',
      name: '偷运移民',
      labels: { zh: ['偷运移民'], en: ['smuggling of migrants'], es: ['tráfico ilícito de migrantes'] },
    },
    { id: 'sea', name: '海上偷运', labels: { zh: ['海上偷运'], en: ['smuggling by sea'] } },
    { id: 'routes', name: '偷运路线', labels: { zh: ['偷运路线'], en: ['smuggling routes'] } },
    { id: 'hawala', name: '哈瓦拉', labels: { zh: ['哈瓦拉'], en: ['hawala'], es: ['hawala'] } },
    { id: 'migrant-workers', name: '移民工人', labels: { zh: ['移民工人'], en: ['migrant workers'] } },
  ];
  const analyzer = createAnalyzer('zh', {
    userWords: ['偷运移民', '海上偷运', '偷运路线', '哈瓦拉', '移民工人'],
  });
  const texts = [
    '偷运路线经过沙漠。',
    '海上偷运造成死亡。',
    '偷运移民是一种犯罪。',
    '哈瓦拉系统被用于转账。',
  ];
  const documents = fixtureDocuments(texts);
  const index = buildSearchIndex(documents, analyzer, { concepts: FIXTURE });
  const words = createConceptExpander(FIXTURE, analyzer);

  it('finds the paragraphs of the concepts whose labels hold the word, and says so', () => {
    const result = search(index, { query: 'routes' });
    expect(result.hits.map((hit) => hit.paragraph)).toEqual([1]);
    expect(result.hits[0]?.concepts).toEqual([
      { concept: 'routes', name: '偷运路线', matched: 'routes', via: 'word' },
    ]);
    expect(result.concepts.map((concept) => [concept.concept, concept.via])).toEqual([['routes', 'word']]);
  });

  it('ranks a word of a label below the whole label, and a common word below a specific one', () => {
    const word = search(index, { query: 'routes' }).hits[0]?.score ?? 0;
    const label = search(index, { query: 'smuggling routes' }).hits[0]?.score ?? 0;
    expect(word).toBeGreaterThan(0);
    expect(word).toBeLessThan(label);
    const common = words.expand(['smuggling']).words?.[0];
    const specific = words.expand(['routes']).words?.[0];
    expect(common?.concepts.map((concept) => concept.concept)).toEqual([
      'smuggling-of-migrants',
      'sea',
      'routes',
    ]);
    expect(common?.specificity).toBeLessThan((specific?.specificity ?? 0) / 2);
    expect(specific?.specificity).toBe(1);
  });

  it('reads a word in the language whose labels hold it as written, and leaves the text’s own words alone', () => {
    expect(words.expand(['migrantes']).words?.[0]).toMatchObject({ language: 'es', matched: 'migrantes' });
    expect(words.expand(['tráfico']).words?.[0]?.concepts.map((concept) => concept.concept)).toEqual([
      'smuggling-of-migrants',
    ]);
    expect(words.expand(['偷运']).words).toBeUndefined();
    expect(words.expand(['hawala']).words).toBeUndefined();
    expect(words.expand(['hawala']).matches.map((match) => match.via)).toEqual(['label']);
  });
});

describe('the weight of related concepts (fixture documents)', () => {
  const neighbours = ['哈瓦拉', '金融机构', '犯罪所得', '金融调查', '非法资金流动'];
  const concepts: ExpansionConcept[] = [
    {
      id: 'money-laundering',
      name: '洗钱',
      labels: { zh: ['洗钱'] },
      related: neighbours.map((_, i) => `n${i}`),
    },
    ...neighbours.map((label, i) => ({ id: `n${i}`, name: label, labels: { zh: [label] } })),
  ];
  const texts = [
    '文件讨论了洗钱问题，各国应当把洗钱定为刑事犯罪，并加强打击洗钱的合作与协调。',
    '文件讨论了哈瓦拉、金融机构、犯罪所得、金融调查和非法资金流动，也提到洗钱。',
    '文件讨论了哈瓦拉、金融机构、犯罪所得、金融调查和非法资金流动。',
    ...['边境管制', '海上救援', '证人保护', '培训', '热线'].map((topic) => `文件讨论了${topic}。`),
  ];
  const documents = fixtureDocuments(texts);
  const analyzer = createAnalyzer('zh', { userWords: ['洗钱', ...neighbours] });
  const index = buildSearchIndex(documents, analyzer, { concepts });

  it('share a bounded mass: a paragraph about the concept outranks one that names it among many neighbours', () => {
    expect(search(index, { query: '洗钱' }).hits.map((hit) => hit.paragraph)).toEqual([1, 2, 3]);
  });
});
