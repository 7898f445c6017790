import { catalogTerms, createAnalyzer } from '../analysis/index.js';
import type { Catalog, Language } from '../domain/index.js';
import type { KnowledgeBase } from '../knowledge/index.js';
import { expansionConcepts, filterVocabulary, knowledgeUserWords } from '../knowledge/index.js';
import type { IndexedVersion, SearchIndexOptions } from '../search/index.js';
import type { SearchDocument } from '../search/index.js';
import { alignedTopicNames, documentMaker } from '../search/index.js';

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

/** How many paragraphs' documents are made between two turns of {@link searchIndexInputsInTurns}. */
const DOCUMENTS_PER_TURN = 4000;

/**
 * The steps of {@link searchIndexInputs}, paused (`yield`) after each piece of work that takes long
 * on a large catalog: each version's words for jieba, its analyzer, each share of its documents.
 */
function* inputSteps(
  catalogs: readonly Catalog[],
  knowledge: KnowledgeBase | undefined,
): Generator<undefined, SearchIndexInputs> {
  const reference = catalogs[0] as Catalog;
  const versions: IndexedVersion[] = [];
  for (const catalog of catalogs) {
    const userWords =
      catalog.language === 'zh'
        ? [...catalogTerms(catalog), ...(knowledge ? knowledgeUserWords(knowledge) : [])]
        : [];
    yield;
    const analyzer = createAnalyzer(catalog.language, { userWords });
    yield;
    const makeDocument = documentMaker(catalog);
    const documents: SearchDocument[] = [];
    for (let from = 0; from < catalog.paragraphs.length; from += DOCUMENTS_PER_TURN) {
      for (const paragraph of catalog.paragraphs.slice(from, from + DOCUMENTS_PER_TURN)) {
        documents.push(makeDocument(paragraph));
      }
      yield;
    }
    versions.push({
      documents,
      analyzer,
      ...(catalog === reference ? {} : { topicNames: alignedTopicNames(reference, catalog) }),
    });
  }
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
  const steps = inputSteps(catalogs, knowledge);
  for (;;) {
    const step = steps.next();
    if (step.done === true) return step.value;
  }
}

/**
 * {@link searchIndexInputs}, made a share at a time with `turn` awaited between shares (a server
 * passes a turn of its event loop), so that a large catalog's inputs never hold a thread that serves
 * requests for long: at 41,563 paragraphs the longest share (jieba's dictionary with the catalog's
 * terms) took 130–160 ms, where the whole took 1.2 s in one piece.
 */
export async function searchIndexInputsInTurns(
  catalogs: readonly Catalog[],
  knowledge: KnowledgeBase | undefined,
  turn: () => Promise<void>,
): Promise<SearchIndexInputs> {
  const steps = inputSteps(catalogs, knowledge);
  for (;;) {
    const step = steps.next();
    if (step.done === true) return step.value;
    await turn();
  }
}
