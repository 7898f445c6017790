import { catalogTerms, createAnalyzer } from '../analysis/index.js';
import type { Catalog, Language } from '../domain/index.js';
import type { KnowledgeBase } from '../knowledge/index.js';
import { expansionConcepts, filterVocabulary, knowledgeUserWords } from '../knowledge/index.js';
import type { IndexedVersion, SearchIndexOptions } from '../search/index.js';
import { alignedTopicNames, documentsFromCatalog } from '../search/index.js';

/** What an index of the published catalogs is built from, and a stored one loaded with. */
export interface SearchIndexInputs {
  readonly versions: readonly IndexedVersion[];
  readonly options: SearchIndexOptions;
}

/** The name of each concept in each language: what a hit shown in that language names it. */
function conceptNamesOf(
  knowledge: KnowledgeBase,
  languages: readonly Language[],
): Map<string, Partial<Record<Language, string>>> {
  const names = new Map<string, Partial<Record<Language, string>>>();
  for (const language of languages) {
    for (const concept of expansionConcepts(knowledge, language)) {
      names.set(concept.id, { ...names.get(concept.id), [language]: concept.name });
    }
  }
  return names;
}

/**
 * The inputs of the index of the summary's published language versions, the reference first: each
 * version's paragraphs with its language's analyzer (Chinese with the catalog's and the knowledge's
 * terms in jieba's dictionary), the concepts with their labels in every language, the filter names
 * of the reference catalog. Building the index and loading a stored one both start from these.
 */
export function searchIndexInputs(
  catalogs: readonly Catalog[],
  knowledge: KnowledgeBase | undefined,
): SearchIndexInputs {
  const reference = catalogs[0] as Catalog;
  const versions = catalogs.map((catalog): IndexedVersion => {
    const userWords =
      catalog.language === 'zh'
        ? [...catalogTerms(catalog), ...(knowledge ? knowledgeUserWords(knowledge) : [])]
        : [];
    return {
      documents: documentsFromCatalog(catalog),
      analyzer: createAnalyzer(catalog.language, { userWords }),
      ...(catalog === reference ? {} : { topicNames: alignedTopicNames(reference, catalog) }),
    };
  });
  return {
    versions,
    options:
      knowledge === undefined
        ? {}
        : {
            concepts: expansionConcepts(knowledge, reference.language),
            filterVocabulary: filterVocabulary(knowledge, reference),
            conceptNames: conceptNamesOf(
              knowledge,
              catalogs.map((catalog) => catalog.language),
            ),
          },
  };
}
