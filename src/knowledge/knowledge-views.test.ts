import { describe, expect, it } from 'vitest';
import type { Catalog } from '../domain/index.js';
import { parseMechanisms } from '../mechanisms/index.js';
import { parseThesaurus } from '../thesaurus/index.js';
import { makeSampleCatalog } from '../../test/support/sample-catalog.js';
import { bundledKnowledge } from '../../test/support/knowledge.js';
import { describeCatalog } from './catalog-knowledge.js';
import type { KnowledgeBase } from './catalog-knowledge.js';
import { keyTopicConceptResolver } from './knowledge-views.js';

/**
 * A thesaurus made to hold the cases where the two former mappings of key topics to concepts
 * disagreed: the portal's (a preferred or alternative label in the catalog's language, compared after
 * normalization: the thesaurus' own rule, kept) and the API's (a TOPIC concept whose Chinese label is
 * exactly the topic, whatever the catalog's language). The thesaurus refuses two concepts with equal
 * labels, so the two never differed on which of two concepts; they differed on these.
 */
const base: KnowledgeBase = {
  thesaurus: parseThesaurus(
    {
      version: '2026-11-30',
      concepts: [
        {
          id: 'international-cooperation',
          kind: 'topic',
          prefLabel: { zh: '国际合作', en: 'international cooperation' },
        },
        // A term, not a topic: the API gave null for 援助.
        { id: 'assistance', kind: 'term', prefLabel: { zh: '援助', en: 'assistance' } },
        // Equal to the key topic 金融调查 only once white space is ignored: the API gave null.
        {
          id: 'financial-investigation',
          kind: 'topic',
          prefLabel: { zh: '金融 调查', en: 'financial investigation' },
        },
      ],
    },
    'test thesaurus',
  ),
  mechanisms: parseMechanisms({ version: '2026-11-30', mechanisms: [] }, 'test mechanisms'),
};

/** Every (theme, key topic) of a catalog with the concept id the resolver gives. */
function resolved(catalog: Catalog, knowledgeBase: KnowledgeBase): [string, string, string | undefined][] {
  const knowledge = describeCatalog(catalog, knowledgeBase);
  const resolve = keyTopicConceptResolver(knowledge, catalog.language);
  return catalog.themes.flatMap((theme) =>
    theme.keyTopics.map((topic): [string, string, string | undefined] => [
      theme.id,
      topic,
      resolve(topic)?.concept.id,
    ]),
  );
}

describe('keyTopicConceptResolver', () => {
  const catalog = makeSampleCatalog();

  it('resolves terms as well as topics, and compares labels as the thesaurus does (the API gave null)', () => {
    expect(resolved(catalog, base)).toContainEqual(['theme-2', '援助', 'assistance']);
    expect(resolved(catalog, base)).toContainEqual(['theme-1', '金融调查', 'financial-investigation']);
  });

  it('reads the labels of the catalog’s language (the API read the Chinese ones whatever the catalog)', () => {
    const english: Catalog = {
      ...catalog,
      language: 'en',
      themes: catalog.themes.map((theme) => ({ ...theme, keyTopics: ['international cooperation'] })),
    };
    expect(resolved(english, base).map(([, , concept]) => concept)).toEqual(
      english.themes.map(() => 'international-cooperation'),
    );
  });

  it('gives for every key topic a concept that lists that theme, with the bundled thesaurus too', () => {
    for (const knowledgeBase of [base, bundledKnowledge()]) {
      const knowledge = describeCatalog(catalog, knowledgeBase);
      const resolve = keyTopicConceptResolver(knowledge, catalog.language);
      let found = 0;
      for (const theme of catalog.themes) {
        for (const topic of theme.keyTopics) {
          const entry = resolve(topic);
          if (entry === undefined) continue;
          found += 1;
          expect(entry.themes).toContain(theme.id);
        }
      }
      expect(found).toBeGreaterThan(0);
    }
  });
});
