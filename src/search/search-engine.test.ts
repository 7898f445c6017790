import { describe, expect, it } from 'vitest';
import { createAnalyzer } from '../analysis/index.js';
import { isSomkbError } from '../errors/index.js';
import { corpusSearchIndex } from '../../test/support/search-fixture.js';
import type { SearchDocument } from './index.js';
import { buildSearchIndex, MAX_QUERY_LENGTH, search } from './index.js';

const { catalog, index } = corpusSearchIndex();
const numbers = (query: string, limit = 10): number[] =>
  search(index, { query, limit }).hits.map((hit) => hit.paragraph);
const paragraphsOf = (predicate: (paper: (typeof catalog.papers)[number]) => boolean): number[] =>
  catalog.papers.filter(predicate).flatMap((paper) => paper.paragraphs);

describe('search over the bundled summary', () => {
  it('finds the paragraph that answers, with the match marked in the snippet', () => {
    const result = search(index, { query: '电子监视' });
    expect(result.hits[0]).toMatchObject({
      paragraph: 20,
      paper: 'CTOC/COP/WG.7/2013/2',
      theme: '刑事司法对策',
      matched: 'all',
    });
    expect(result.hits[0]?.snippet).toContain('<mark>电子监视</mark>');
    expect(result.total).toBe(1);
  });

  it('ranks the paragraphs that hold every word first, then those with some', () => {
    const result = search(index, { query: '卧底行动', limit: 20 });
    expect(result.hits[0]).toMatchObject({ paragraph: 20, matched: 'all' });
    expect(result.matchedAll).toBe(1);
    expect(result.hits.slice(1).every((hit) => hit.matched === 'some')).toBe(true);
    expect(result.total).toBeGreaterThan(1);
    expect(numbers('减轻处罚 实质性合作')[0]).toBe(24);
    expect(
      numbers('特殊侦查手段')
        .slice(0, 4)
        .sort((a, b) => a - b),
    ).toEqual([18, 19, 20, 61]);
    const benefit = numbers('金钱或其他物质利益');
    expect(benefit.slice(0, 4).sort((a, b) => a - b)).toEqual([5, 22, 54, 55]);
    expect(benefit).toContain(57);
  });

  it('falls back to paragraphs with some of the words when none has all', () => {
    const result = search(index, { query: '热线 引渡' });
    expect(result.relaxed).toBe(true);
    expect(result.hits.map((hit) => hit.paragraph)).toEqual(expect.arrayContaining([74, 60]));
    expect(result.hits.every((hit) => hit.matched === 'some')).toBe(true);
  });

  it('requires an exact phrase as written, and excludes a word', () => {
    expect(numbers('"控制下交付"')).toEqual([20]);
    expect(numbers('洗钱')).toEqual(expect.arrayContaining([59, 78]));
    expect(numbers('洗钱 -行为侦查')).not.toContain(78);
    expect(numbers('洗钱 -行为侦查')).toContain(59);
  });

  it('filters by theme, paper, year, meeting and topic', () => {
    const technology = catalog.themes.find((theme) => theme.name === '技术');
    expect(numbers('theme:技术', 100).sort((a, b) => a - b)).toEqual(
      paragraphsOf((p) => p.theme === technology?.id).sort((a, b) => a - b),
    );
    expect(numbers('paper:2013/4', 100)).toEqual([32, 33, 34, 35]);
    const within = search(index, { query: '背景文件 paper:CTOC/COP/WG.7/2013/4' });
    expect(within.hits.map((hit) => [hit.paragraph, hit.matched])[0]).toEqual([32, 'all']);
    expect(within.matchedAll).toBe(1);
    expect(
      within.hits.slice(1).every((hit) => hit.matched === 'some' && hit.paper === 'CTOC/COP/WG.7/2013/4'),
    ).toBe(true);
    expect(numbers('秘书处 year:2012', 100).sort((a, b) => a - b)).toEqual([21, 36, 63, 70]);
    expect(numbers('秘书处 meeting：7', 100).sort((a, b) => a - b)).toEqual([25, 76]);
    expect(numbers('topic:洗钱', 100)).toEqual(expect.arrayContaining([59, 78]));
  });

  it('browses by filter alone, in document order', () => {
    const prevention = paragraphsOf((paper) => paper.theme === 'theme-8');
    expect(numbers('theme:预防', 100)).toEqual(prevention);
  });

  it('counts facets over all results and pages through them', () => {
    const all = search(index, { query: '国际合作', limit: 100 });
    const themeTotal = all.facets.theme.reduce((sum, facet) => sum + facet.count, 0);
    expect(themeTotal).toBe(all.hits.filter((hit) => hit.theme !== null).length);
    expect(all.facets.year.map((facet) => facet.value)).toEqual(
      [...all.facets.year.map((f) => f.value)].sort(),
    );
    const page2 = search(index, { query: '国际合作', limit: 3, offset: 3 });
    expect(page2.hits.map((hit) => hit.paragraph)).toEqual(all.hits.slice(3, 6).map((hit) => hit.paragraph));
    expect(page2.total).toBe(all.total);
  });

  it('groups a page by paper', () => {
    const result = search(index, { query: '腐败', groupByPaper: true });
    const grouped = (result.groups ?? []).flatMap((group) => group.hits.map((hit) => hit.paragraph));
    expect(grouped.sort()).toEqual(result.hits.map((hit) => hit.paragraph).sort());
    for (const group of result.groups ?? [])
      expect(group.hits.every((hit) => hit.paper === group.paper)).toBe(true);
  });

  it('says why a query found nothing or was partly ignored', () => {
    expect(search(index, { query: '' }).warnings).toEqual(['the query is empty']);
    expect(search(index, { query: '洗钱 theme:不存在' }).warnings).toEqual(["no theme matches '不存在'"]);
    expect(search(index, { query: '洗钱 theme:不存在' }).total).toBe(0);
  });

  it('refuses requests out of bounds with a clear message', () => {
    for (const request of [
      { query: 'x', limit: 0 },
      { query: 'x', limit: 101 },
      { query: 'x', offset: -1 },
      { query: 'x', limit: 1.5 },
      { query: 'x'.repeat(MAX_QUERY_LENGTH + 1) },
    ]) {
      expect(() => search(index, request)).toThrow(/limit|offset|characters/);
    }
  });

  it('escapes the text of snippets', () => {
    const document: SearchDocument = {
      key: 'x#1',
      document: 'x',
      paragraph: 1,
      language: 'en',
      paper: null,
      theme: null,
      themeName: null,
      year: null,
      meeting: null,
      text: 'Smugglers use <script>alert(1)</script> & fake documents',
      subject: '',
      topics: [],
    };
    const small = buildSearchIndex([document], createAnalyzer('en'));
    const hit = search(small, { query: 'script' }).hits[0];
    expect(hit?.snippet).toBe(
      'Smugglers use &lt;<mark>script</mark>&gt;alert(1)&lt;/<mark>script</mark>&gt; &amp; fake documents',
    );
  });
});

describe('common words in a large index', () => {
  it('find exactly the paragraphs with every word, as in a small index', () => {
    const copies = 26;
    const documents = Array.from({ length: copies }, (_, copy) =>
      index.documents.map((document) => ({ ...document, key: `${document.key}@${copy}` })),
    ).flat();
    const large = buildSearchIndex(documents, index.analyzer);
    expect([...large.postings.values()].some((list) => list.dense !== undefined)).toBe(true);
    for (const query of ['偷运移民 腐败', '文件 洗钱', '移民 热线', '国际合作 培训', '文件']) {
      const small = search(index, { query, limit: 100 });
      const big = search(large, { query, limit: 100 });
      expect(big.matchedAll, query).toBe(small.matchedAll * copies);
      const fullSmall = small.hits.filter((hit) => hit.matched === 'all').map((hit) => hit.paragraph);
      const fullBig = big.hits.filter((hit) => hit.matched === 'all').map((hit) => hit.paragraph);
      if (big.matchedAll <= 100) expect(new Set(fullBig), query).toEqual(new Set(fullSmall));
      expect(big.hits[0]?.paragraph, query).toBe(small.hits[0]?.paragraph);
    }
  });
});

describe('fuzz', () => {
  it('answers 10,000 random and hostile queries without an exception', () => {
    let seed = 20211014;
    const random = (): number => {
      seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
      return seed / 2 ** 32;
    };
    const text = catalog.paragraphs.map((paragraph) => paragraph.text).join('');
    const pieces = [
      '"',
      '“',
      '”',
      '「',
      '-',
      '*',
      '^',
      ':',
      '：',
      '(',
      ')',
      'NEAR(',
      'OR',
      'AND',
      'NOT',
      '\\',
      "'",
      '%',
      '_',
      '\u0000',
      '\u0007',
      '\u202e',
      '\ud800',
      '\udc00',
      '😀',
      '👩‍👩‍👧',
      ' ',
      '\t',
      '\n',
      'theme:',
      'topic:',
      'paper:',
      'year:',
      'meeting:',
      'lang:',
      'year:abc',
      'meeting:99',
      '-theme:x',
      '<script>',
      '&amp;',
      'é',
      'ß',
      'İ',
      '..',
      '/',
    ];
    for (let i = 0; i < 10_000; i++) {
      const parts: string[] = [];
      const length = random() < 0.02 ? 400 : 1 + Math.floor(random() * 8);
      for (let k = 0; k < length; k++) {
        if (random() < 0.5) {
          const at = Math.floor(random() * (text.length - 6));
          parts.push(text.slice(at, at + 1 + Math.floor(random() * 5)));
        } else {
          parts.push(pieces[Math.floor(random() * pieces.length)] ?? '');
        }
      }
      const query = parts.join(random() < 0.5 ? ' ' : '');
      const limit = 1 + Math.floor(random() * 20);
      try {
        const result = search(index, { query, limit, offset: Math.floor(random() * 5) });
        expect(result.hits.length).toBeLessThanOrEqual(limit);
        expect(result.total).toBeGreaterThanOrEqual(result.hits.length);
      } catch (error) {
        expect(
          isSomkbError(error, 'USAGE') && query.length > MAX_QUERY_LENGTH,
          `query ${JSON.stringify(query)}`,
        ).toBe(true);
      }
    }
  });
});
