import { describe, expect, it } from 'vitest';
import { catalogTerms, createAnalyzer } from '../analysis/index.js';
import { MESSAGES } from '../messages/index.js';
import type { SearchFilters } from '../search/index.js';
import { buildSearchIndex, documentsFromCatalog, search } from '../search/index.js';
import { bundledKnowledge } from '../../test/support/knowledge.js';
import { corpusSearchIndex } from '../../test/support/search-fixture.js';
import { expansionConcepts, filterVocabulary, knowledgeUserWords } from './catalog-knowledge.js';

const { catalog } = corpusSearchIndex();
const base = bundledKnowledge();
const index = buildSearchIndex(
  documentsFromCatalog(catalog),
  createAnalyzer('zh', { userWords: [...catalogTerms(catalog), ...knowledgeUserWords(base)] }),
  { concepts: expansionConcepts(base, 'zh'), filterVocabulary: filterVocabulary(base, catalog) },
);

/** The paragraphs a query selects (all of them) and its warnings. */
function run(query: string, filters?: SearchFilters) {
  const result = search(index, { query, limit: 100, ...(filters === undefined ? {} : { filters }) });
  return {
    paragraphs: result.hits.map((hit) => hit.paragraph).sort((a, b) => a - b),
    warnings: result.warnings,
  };
}

describe('search filters in any language', () => {
  const chinese = run('topic:洗钱');

  it('take a key topic by its concept id or a label in any of the six languages', () => {
    expect(chinese.paragraphs.length).toBeGreaterThan(0);
    for (const query of [
      'topic:money-laundering',
      'topic:"money laundering"',
      'topic:Money-Laundering',
      'topic:"blanchiment d’argent"',
      'topic:blanqueo',
      'topic:"отмывание денег"',
      'topic:"غسل الأموال"',
    ]) {
      expect(run(query), query).toEqual(chinese);
    }
    expect(run('', { topic: ['money laundering'] })).toEqual(chinese);
  });

  it('take a theme by a label of its concept in another language, as its id selects it', () => {
    const theme = catalog.themes.find((each) => each.name.includes('技术'));
    if (theme === undefined) throw new Error('the summary has a theme on technology');
    const names = filterVocabulary(base, catalog).themes.get(theme.id) ?? [];
    const english = names.find((name) => /^[\p{Script=Latin}\s,’'-]+$/u.test(name));
    expect(english, `an English label among ${names.join(' | ')}`).toBeDefined();
    const byId = run(`theme:${theme.id}`);
    expect(byId.paragraphs.length).toBeGreaterThan(0);
    expect(run(`theme:"${english ?? ''}"`)).toEqual(byId);
  });

  it('take a paper as a slug, a year in Arabic-Indic digits, a meeting as an ordinal, a language by name', () => {
    expect(run('paper:CTOC-COP-WG.7-2015-4')).toEqual(run('paper:CTOC/COP/WG.7/2015/4'));
    expect(run('year:٢٠١٥')).toEqual(run('year:2015'));
    expect(run('meeting:3rd')).toEqual(run('meeting:3'));
    expect(run('meeting:3e').paragraphs).toEqual(run('meeting:3').paragraphs);
    expect(run('洗钱 lang:chinese')).toEqual(run('洗钱 lang:zh'));
  });

  it('still name a value that selects nothing', () => {
    expect(run('topic:"no such topic"').warnings).toEqual(["no key topic matches 'no such topic'"]);
  });

  it('are explained with an example in the reader’s language that selects what topic:洗钱 does', () => {
    for (const [language, messages] of Object.entries(MESSAGES)) {
      const examples = messages.queryHelp.flatMap((part) =>
        typeof part !== 'string' && part.code.startsWith('topic:') ? [part.code] : [],
      );
      const own = examples.find((example) => language === 'zh' || !/\p{Script=Han}/u.test(example));
      expect(own, language).toBeDefined();
      expect(run(own ?? ''), `${language}: ${own ?? ''}`).toEqual(chinese);
    }
  });
});
