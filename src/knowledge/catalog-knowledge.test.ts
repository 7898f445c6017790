import { describe, expect, it } from 'vitest';
import { catalogTerms, createAnalyzer } from '../analysis/index.js';
import { buildSearchIndex, documentsFromCatalog, search } from '../search/index.js';
import { keyTopicConcepts, keyTopicResolver } from '../thesaurus/index.js';
import { bundledKnowledge } from '../../test/support/knowledge.js';
import { corpusSearchIndex } from '../../test/support/search-fixture.js';
import { describeCatalog, expansionConcepts, knowledgeUserWords } from './catalog-knowledge.js';

describe('describeCatalog on the bundled summary: the paragraphs that treat each key topic', () => {
  const { catalog } = corpusSearchIndex();
  const base = bundledKnowledge();
  const knowledge = describeCatalog(catalog, base);
  const entryOf = (id: string) => knowledge.concepts.find((entry) => entry.concept.id === id);

  it('lists at least one paragraph for every key topic, each under a theme or a paper', () => {
    const topics = keyTopicConcepts(base.thesaurus, catalog);
    expect(topics.length).toBeGreaterThan(60);
    const numbers = new Set(catalog.paragraphs.map((paragraph) => paragraph.number));
    for (const { topic, concept } of topics) {
      if (concept === undefined) continue;
      const paragraphs = entryOf(concept.id)?.paragraphs ?? [];
      expect(paragraphs.length, `key topic ${topic}`).toBeGreaterThan(0);
      for (const number of paragraphs) expect(numbers.has(number)).toBe(true);
    }
  });

  it('lists for 孤身儿童和离散儿童 every paragraph a search for “unaccompanied children” finds', () => {
    const analyzer = createAnalyzer('zh', {
      userWords: [...catalogTerms(catalog), ...knowledgeUserWords(base)],
    });
    const index = buildSearchIndex(documentsFromCatalog(catalog), analyzer, {
      concepts: expansionConcepts(base, 'zh'),
    });
    const found = search(index, { query: 'unaccompanied children', limit: 100 }).hits.map(
      (hit) => hit.paragraph,
    );
    expect(found.length).toBeGreaterThan(0);
    expect(entryOf('unaccompanied-and-separated-children')?.paragraphs).toEqual(
      expect.arrayContaining(found),
    );
  });

  it('lists for the concept of every theme the paragraphs of that theme at least, when the text names it nowhere', () => {
    const resolve = keyTopicResolver(base.thesaurus, catalog.language);
    for (const theme of catalog.themes) {
      const concept = resolve(theme.name);
      expect(concept, `theme ${theme.name}`).toBeDefined();
      const paragraphs = entryOf(concept?.id ?? '')?.paragraphs ?? [];
      expect(paragraphs.length, `theme ${theme.name}`).toBeGreaterThan(0);
    }
    const crises = catalog.themes.find((theme) => theme.name === '危机的影响');
    const ofCrises = catalog.paragraphs.filter((p) => p.theme === crises?.id).map((p) => p.number);
    expect(entryOf('impact-of-crises')?.paragraphs).toEqual(ofCrises);
  });

  it('keeps the topics named in the text to the paragraphs that name them or their narrower terms', () => {
    // 洗钱 is named in 59 and 78 and has no narrower term: no rule widens it.
    expect(entryOf('money-laundering')?.paragraphs).toEqual([59, 78]);
  });
});
