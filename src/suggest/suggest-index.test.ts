import { describe, expect, it } from 'vitest';
import type { Catalog } from '../domain/index.js';
import { describeCatalog } from '../knowledge/index.js';
import type { ConceptEntry } from '../knowledge/index.js';
import { makeLanguageVersion } from '../../test/support/language-versions.js';
import { bundledKnowledge } from '../../test/support/knowledge.js';
import { makeSampleCatalog } from '../../test/support/sample-catalog.js';
import type { SuggestIndex } from './index.js';
import {
  MAX_SUGGESTIONS,
  buildSuggestIndex,
  closeConcepts,
  conceptSuggestion,
  frequentTopics,
  queryWords,
  similarity,
  suggest,
  suggestKey,
} from './index.js';

const sample = makeSampleCatalog();
// TEST FIXTURE: an English version of the sample whose paper subjects are the fixture's own words.
const english: Catalog = makeLanguageVersion(sample, 'en', (text, where) =>
  where.startsWith('CTOC/')
    ? `Fixture subject of ${where}: criminal justice responses`
    : `[en fixture] ${text}`,
);
const knowledge = describeCatalog(sample, bundledKnowledge());
const index = buildSuggestIndex({
  concepts: knowledge.concepts,
  mechanisms: knowledge.mechanisms,
  catalogs: [sample, english],
});

const ids = (query: string, language: 'zh' | 'en' | 'fr' | 'ar' | 'ru' | 'es' = 'en', limit?: number) =>
  suggest(index, { query, language, ...(limit === undefined ? {} : { limit }) }).map(
    (each) => `${each.kind}:${each.id}`,
  );

describe('suggestKey', () => {
  it('folds width, case, Latin accents, ё, Arabic marks and alef forms, title marks and white space', () => {
    expect(suggestKey('ＣＴＯＣ／ＣＯＰ')).toBe('ctoc/cop');
    expect(suggestKey('  Blanchiment   d’Argent ')).toBe('blanchiment d’argent');
    expect(suggestKey('Tráfico ILÍCITO')).toBe('trafico ilicito');
    expect(suggestKey('ещё')).toBe('еще');
    expect(suggestKey('أَلإتجار')).toBe('الاتجار');
    expect(suggestKey('《打击偷运移民议定书》')).toBe('打击偷运移民议定书');
  });

  it('drops control characters and makes a lone surrogate a replacement character', () => {
    expect(suggestKey('ha\u0000wa\u200bla\u202e')).toBe('hawala');
    expect(suggestKey('\ud800abc')).toBe('\ufffdabc');
    expect(suggestKey('\u0007 \t ')).toBe('');
  });
});

describe('suggest', () => {
  it('finds a concept by the start of a label in any of the six languages, named in the reader’s language and in Chinese', () => {
    for (const typed of ['money laun', '洗', 'blanchiment', 'blanqueo de', 'отмыв', 'غسل']) {
      expect(ids(typed, 'fr')).toContain('concept:money-laundering');
    }
    const [first] = suggest(index, { query: 'money laun', language: 'fr' });
    expect(first).toMatchObject({
      kind: 'concept',
      id: 'money-laundering',
      label: 'blanchiment d’argent',
      language: 'fr',
      labelZh: '洗钱',
      matched: 'money laundering',
    });
    // No other name is said to have matched when the one shown holds what was typed.
    const [own] = suggest(index, { query: 'blanchiment', language: 'fr' });
    expect(own).not.toHaveProperty('matched');
  });

  it('leads an everyday word (a hidden label) to its concept, shown by its name and saying what matched', () => {
    const [first] = suggest(index, { query: '人贩子', language: 'en' });
    expect(first).toMatchObject({
      kind: 'concept',
      id: 'trafficking-in-persons',
      label: 'trafficking in persons',
      labelZh: '贩运人口',
      matched: '人贩子',
    });
  });

  it('puts names that start with the text before names that only contain it', () => {
    const found = ids('laundering', 'en', 20);
    // "laundering" is a hidden label of money laundering (a whole name), so it comes first.
    expect(found[0]).toBe('concept:money-laundering');
    const contained = ids('undering', 'en', 20);
    expect(contained).toContain('concept:money-laundering');
    // A one-letter prefix is answered too, and bounded by the limit.
    expect(ids('m', 'en')).toHaveLength(8);
  });

  it('finds a paper by its symbol, a partial symbol and its subject in each published language', () => {
    expect(ids('CTOC/COP/WG.7/2015/4')[0]).toBe('paper:CTOC/COP/WG.7/2015/4');
    expect(ids('ｃｔｏｃ／ｃｏｐ／ｗｇ．７／２０１５')[0]).toBe('paper:CTOC/COP/WG.7/2015/4');
    expect(ids('2015/4')).toContain('paper:CTOC/COP/WG.7/2015/4');
    expect(ids('2018/2')).toEqual(['paper:CTOC/COP/WG.7/2018/2']);
    expect(ids('金融调查')).toContain('paper:CTOC/COP/WG.7/2015/4');
    const [paper] = suggest(index, { query: '2018/2', language: 'en' });
    expect(paper).toMatchObject({
      symbol: 'CTOC/COP/WG.7/2018/2',
      language: 'en',
      label: 'Fixture subject of CTOC/COP/WG.7/2018/2: criminal justice responses',
      labelZh: '刑事司法对策',
    });
    // Shown in Chinese to a reader whose language has no version.
    const [inRussian] = suggest(index, { query: '2018/2', language: 'ru' });
    expect(inRussian).toMatchObject({ language: 'en' });
  });

  it('finds a mechanism by any of its names and its abbreviation', () => {
    expect(ids('eurosur')).toContain('mechanism:eurosur');
    expect(ids('sherl')).toContain('mechanism:sherloc');
    const [interpol] = suggest(index, { query: 'интерпол', language: 'zh' });
    expect(interpol?.kind).toBe('mechanism');
    expect(interpol?.language).toBe('zh');
  });

  it('takes limits within 1 … 20 and gives each thing once', () => {
    expect(ids('a', 'en', 1)).toHaveLength(1);
    expect(ids('a', 'en', 500).length).toBeLessThanOrEqual(MAX_SUGGESTIONS);
    expect(ids('a', 'en', 500).length).toBeGreaterThan(8);
    const all = ids('a', 'en', 20);
    expect(new Set(all).size).toBe(all.length);
  });

  it('gives nothing for a text that folds to nothing or matches nothing, whatever it holds', () => {
    expect(ids('')).toEqual([]);
    expect(ids('   \u0000 ')).toEqual([]);
    expect(ids('zzqqxxjj')).toEqual([]);
    for (const hostile of [
      '<script>alert(1)</script>',
      '.*+?^${}()|[]\\',
      '\ud800\udfff\udc00',
      'a'.repeat(5000),
    ]) {
      expect(() => suggest(index, { query: hostile, language: 'en' })).not.toThrow();
    }
    expect(ids('.*')).toEqual([]);
  });
});

describe('closeConcepts (did you mean)', () => {
  const close = (query: string) => closeConcepts(index, query).map((entry) => entry.concept.id);

  it('finds a misspelt concept, and a concept whose label a word is part of', () => {
    expect(close('intelligance')).toContain('intelligence');
    expect(close('finacial investigations')).toContain('financial-investigations');
    expect(close('偷运移民的问题')[0]).toBe('smuggling-of-migrants');
    expect(close('cooperation internationale')[0]).toBe('international-cooperation');
  });

  it('offers only concepts some paragraph treats, and nothing for an empty or unrelated query', () => {
    for (const entry of closeConcepts(index, 'smuggling trafficking migrants')) {
      expect(entry.paragraphs.length).toBeGreaterThan(0);
    }
    expect(close('')).toEqual([]);
    expect(close('zzzz qqqq')).toEqual([]);
  });

  it('shows a concept as a suggestion in the reader’s language and in Chinese', () => {
    const entry = knowledge.concepts.find((each) => each.concept.id === 'money-laundering') as ConceptEntry;
    expect(conceptSuggestion(entry, 'es')).toMatchObject({
      kind: 'concept',
      id: 'money-laundering',
      label: 'blanqueo de dinero',
      labelZh: '洗钱',
    });
    expect(conceptSuggestion(entry, 'zh')).not.toHaveProperty('labelZh');
  });
});

describe('similarity, queryWords, frequentTopics', () => {
  it('is 1 for equal texts, 0 for texts without a common pair, and in between otherwise', () => {
    expect(similarity('hawala', 'hawala')).toBe(1);
    expect(similarity('abc', 'xyz')).toBe(0);
    expect(similarity('hawalla', 'hawala')).toBeGreaterThan(0.7);
    expect(similarity('hawalla', 'hawala')).toBeLessThan(1);
    expect(similarity('', 'x')).toBe(0);
  });

  it('keeps the words that say what a query is about', () => {
    expect(queryWords('Hawalla -国际 topic:洗钱 "国际 合作" x')).toEqual(['hawalla', '国际', '合作']);
  });

  it('lists the key topics most paragraphs treat, terms left out', () => {
    const topics = frequentTopics(knowledge.concepts, 3);
    expect(topics.length).toBeGreaterThan(0);
    for (const entry of topics) expect(entry.concept.kind).toBe('topic');
    const counts = topics.map((entry) => entry.paragraphs.length);
    expect(counts).toEqual([...counts].sort((a, b) => b - a));
  });
});

describe('the index', () => {
  it('keeps its prefix keys sorted, every key a name or the tail of one', () => {
    const { prefixKeys, labelKeys, prefixLabel }: SuggestIndex = index;
    const unsorted = prefixKeys.filter((key, at) => at > 0 && (prefixKeys[at - 1] ?? '') > key);
    const strays = prefixKeys.filter((key, at) => labelKeys[prefixLabel[at] ?? -1]?.endsWith(key) !== true);
    expect(prefixKeys.length).toBeGreaterThan(labelKeys.length);
    expect(unsorted).toEqual([]);
    expect(strays).toEqual([]);
  });
});
