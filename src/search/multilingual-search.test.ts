import { describe, expect, it } from 'vitest';
import { catalogTerms, createAnalyzer } from '../analysis/index.js';
import type { Catalog } from '../domain/index.js';
import { expansionConcepts, knowledgeUserWords } from '../knowledge/index.js';
import { bundledKnowledge } from '../../test/support/knowledge.js';
import { FIXTURE_LANGUAGES, languageFixtureCatalog } from '../../test/support/language-fixtures.js';
import type { SearchIndex, SearchResult } from './index.js';
import {
  alignedTopicNames,
  buildVersionsIndex,
  documentsFromCatalog,
  MAX_QUERY_LENGTH,
  search,
} from './index.js';

const knowledge = bundledKnowledge();
const UNESCAPED: Readonly<Record<string, string>> = {
  '&amp;': '&',
  '&lt;': '<',
  '&gt;': '>',
  '&quot;': '"',
  '&#39;': "'",
};
const zh = languageFixtureCatalog('zh');
const en = languageFixtureCatalog('en');
const zhAnalyzer = createAnalyzer('zh', {
  userWords: [...catalogTerms(zh), ...knowledgeUserWords(knowledge)],
});
const conceptNames = new Map(
  expansionConcepts(knowledge, 'en').map((concept) => [concept.id, { en: concept.name }] as const),
);

/** The index of the Chinese fixture, and of the Chinese and English fixtures together (`en` as given). */
function indexOf(english?: Catalog): SearchIndex {
  const versions = [{ documents: documentsFromCatalog(zh), analyzer: zhAnalyzer }];
  if (english !== undefined) {
    versions.push({
      documents: documentsFromCatalog(english),
      analyzer: createAnalyzer('en'),
      ...{ topicNames: alignedTopicNames(zh, english) },
    });
  }
  return buildVersionsIndex(versions, { concepts: expansionConcepts(knowledge, 'zh'), conceptNames });
}

const chineseOnly = indexOf();
const both = indexOf(en);
const paragraphs = (result: SearchResult): number[] => result.hits.map((hit) => hit.paragraph);

describe('search over the Chinese and English versions of a document', () => {
  it('finds a paragraph through its English text alone: a word of no Chinese text and no label', () => {
    // "offenders" is in the English paragraph 3 (and its paper's subject), in no thesaurus label.
    expect(search(chineseOnly, { query: 'offenders' }).total).toBe(0);
    const found = search(both, { query: 'offenders', language: 'en' });
    expect(found.hits[0]?.paragraph).toBe(3);
    expect(found.hits[0]?.language).toBe('en');
    expect(found.hits[0]?.snippet).toContain('<mark>offenders</mark>');
    // Asked in Chinese, the same paragraph is found and shown in Chinese.
    const shownInChinese = search(both, { query: 'offenders' });
    expect(paragraphs(shownInChinese)).toEqual(paragraphs(found));
    expect(shownInChinese.hits[0]?.language).toBe('zh');
    expect(shownInChinese.hits[0]?.snippet).toContain('犯罪者');
  });

  it('finds the paragraphs a French query names through the thesaurus, shown in English with the concept named in English', () => {
    const result = search(both, { query: 'coopération internationale', language: 'en' });
    expect(result.concepts.map((concept) => concept.concept)).toEqual(['international-cooperation']);
    const withEnglishWords = en.paragraphs
      .filter((paragraph) => /international cooperation/i.test(paragraph.text))
      .map((paragraph) => paragraph.number);
    expect(withEnglishWords.length).toBeGreaterThan(1);
    expect(paragraphs(result)).toEqual(expect.arrayContaining(withEnglishWords));
    const first = result.hits[0];
    expect(first?.snippet).toMatch(
      /<mark>international<\/mark> <mark>cooperation<\/mark>|<mark>international cooperation<\/mark>/i,
    );
    expect(first?.concepts[0]).toMatchObject({
      concept: 'international-cooperation',
      name: 'international cooperation',
    });
    expect(result.concepts[0]?.name).toBe('international cooperation');
    // The Chinese display names it as the Chinese text does.
    expect(search(both, { query: 'coopération internationale' }).concepts[0]?.name).toBe('国际合作');
  });

  it('shows the hits in the language asked for when its version exists, else in Chinese, per paragraph', () => {
    const english = search(both, { query: 'lang:en 国际合作' });
    expect(english.language).toBe('en');
    expect(english.hits.every((hit) => hit.language === 'en')).toBe(true);
    expect(english.hits.map((hit) => hit.theme)).toContain('International cooperation');
    expect(english.facets.theme.map((facet) => facet.value)).toContain('International cooperation');
    // French is not published: Chinese, the reference version.
    const french = search(both, { query: '国际合作', language: 'fr' });
    expect(french.language).toBe('zh');
    expect(french.hits.every((hit) => hit.language === 'zh' && /[\u4e00-\u9fff]/u.test(hit.snippet))).toBe(
      true,
    );
    expect(paragraphs(french)).toEqual(paragraphs(english));
    // A paragraph the English version lacks is shown in Chinese among English hits.
    const partial = indexOf({
      ...en,
      paragraphs: en.paragraphs.filter((paragraph) => paragraph.number !== 5),
    });
    const mixed = search(partial, { query: '国际合作', language: 'en' });
    expect(mixed.hits.find((hit) => hit.paragraph === 5)?.language).toBe('zh');
    expect(mixed.hits.find((hit) => hit.paragraph === 3)?.language).toBe('en');
  });

  it('counts each paragraph once in the total and the facets, whichever versions it matches in', () => {
    // 国际合作 and "international cooperation" name one concept: both versions match the same paragraphs.
    const result = search(both, { query: 'international cooperation', language: 'en', limit: 100 });
    const found = paragraphs(result).filter((_, at) => !result.hits[at]?.related);
    expect(new Set(found).size).toBe(found.length);
    expect(result.total).toBe(found.length);
    const themed = result.hits.filter((hit) => !hit.related && hit.theme !== null).length;
    expect(result.facets.theme.reduce((sum, facet) => sum + facet.count, 0)).toBe(themed);
    const inChinese = search(both, { query: 'international cooperation', limit: 100 });
    expect(inChinese.facets.theme.map((facet) => facet.count)).toEqual(
      result.facets.theme.map((facet) => facet.count),
    );
    expect(inChinese.facets.theme.map((facet) => facet.value)).toEqual(
      result.facets.theme.map(
        (facet) =>
          zh.themes.find((theme) => en.themes.find((other) => other.name === facet.value)?.id === theme.id)
            ?.name,
      ),
    );
  });

  it('pages through the results of both versions without repeating or losing a paragraph', () => {
    const whole = search(both, { query: 'smuggling 偷运', limit: 100 });
    expect(whole.total + whole.related).toBeGreaterThan(4);
    const paged: number[] = [];
    for (let offset = 0; offset < whole.total + whole.related; offset += 3) {
      paged.push(...paragraphs(search(both, { query: 'smuggling 偷运', limit: 3, offset })));
    }
    expect(paged).toEqual(paragraphs(whole));
    const byPaper = search(both, { query: 'smuggling', groupByPaper: true, limit: 2, language: 'en' });
    expect(byPaper.groups?.length).toBe(2);
    expect(byPaper.groupCount).toBeGreaterThan(2);
  });

  it('takes exact phrases and exclusions in English, against the English text', () => {
    // Both paragraphs have the words; only 12 has them together, in English.
    expect(paragraphs(search(both, { query: 'existing platforms' }))).toEqual([9, 12]);
    const phrase = search(both, { query: '"existing platforms"', language: 'en' });
    expect(paragraphs(phrase)).toEqual([12]);
    expect(phrase.hits[0]?.snippet).toContain('<mark>existing platforms</mark>');
    expect(search(chineseOnly, { query: '"existing platforms"' }).total).toBe(0);
    // 6 and 7 are on smuggling routes; only 6 names the coronavirus, in English.
    const routes = paragraphs(search(both, { query: 'routes', limit: 100 }));
    expect(routes).toEqual(expect.arrayContaining([6, 7]));
    const without = paragraphs(search(both, { query: 'routes -coronavirus', limit: 100 }));
    expect(without).toContain(7);
    expect(without).not.toContain(6);
    expect(paragraphs(search(chineseOnly, { query: 'routes -coronavirus', limit: 100 }))).toContain(6);
  });

  it('answers a hostile query without an exception: odd Unicode, right-to-left marks, the longest query', () => {
    const hostile = [
      '\u200f\u202eoffenders\u202c\u200e',
      '"unclosed \u2067phrase',
      'off\u200benders \u0301\u0301 \ud800 \udfff 🏳️‍🌈 ﷽ \u0000\u0007',
      'théme:x lang:xx -"" "" - : year:٢٠١٨ paper:../../etc',
      'تهريب smuggling 偷运 '.repeat(60).slice(0, MAX_QUERY_LENGTH),
    ];
    for (const query of hostile) {
      for (const language of ['en', 'zh', 'ar'] as const) {
        const result = search(both, { query, language, limit: 5 });
        expect(result.hits.length).toBeLessThanOrEqual(5);
        for (const hit of result.hits) expect(hit.snippet).not.toMatch(/<(?!\/?mark>)/);
      }
    }
    expect(paragraphs(search(both, { query: hostile[0] ?? '', language: 'en' }))).toContain(3);
    expect(() => search(both, { query: 'x'.repeat(MAX_QUERY_LENGTH + 1) })).toThrow(/longest query/);
  });
});

describe('search over the six language versions of a document', () => {
  const catalogs = FIXTURE_LANGUAGES.filter((language) => language !== 'zh').map((language) =>
    languageFixtureCatalog(language),
  );
  const six = buildVersionsIndex(
    [
      { documents: documentsFromCatalog(zh), analyzer: zhAnalyzer },
      ...catalogs.map((catalog) => ({
        documents: documentsFromCatalog(catalog),
        analyzer: createAnalyzer(catalog.language),
        topicNames: alignedTopicNames(zh, catalog),
      })),
    ],
    { concepts: expansionConcepts(knowledge, 'zh') },
  );

  it('indexes every fixture language', () => {
    expect([...six.languages].sort()).toEqual(['ar', 'en', 'es', 'fr', 'ru', 'zh']);
  });

  it('finds a paragraph through the words of any one version, and shows it in any other', () => {
    // The practitioners' jurisdictions of paragraph 9, in Russian, Spanish and Arabic.
    const cases = [
      { query: 'юрисдикциях', language: 'ar' },
      { query: 'jurisdicciones', language: 'ru' },
      { query: 'ولايات قضائية', language: 'es' },
    ] as const;
    for (const { query, language } of cases) {
      const result = search(six, { query, language });
      expect(paragraphs(result)[0], query).toBe(9);
      expect(result.hits[0]?.language, query).toBe(language);
      const text =
        six.versions.get(language)?.[six.documents.findIndex((document) => document.paragraph === 9)]?.text;
      const shown = (result.hits[0]?.snippet ?? '')
        .replace(/<\/?mark>/g, '')
        .replace(/&(amp|lt|gt|quot|#39);/g, (entity) => UNESCAPED[entity] ?? entity)
        .split('…')
        .filter((part) => part !== '');
      expect(shown.length, query).toBeGreaterThan(0);
      for (const part of shown) expect(text, query).toContain(part);
    }
    const arabic = search(six, { query: 'jurisdicciones', language: 'ar' });
    expect(arabic.hits[0]?.theme).toBe(
      catalogs.find((catalog) => catalog.language === 'ar')?.themes[2]?.name,
    );
  });
});
