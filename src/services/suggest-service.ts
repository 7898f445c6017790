import type { Catalog, Language } from '../domain/index.js';
import { UN_LANGUAGES } from '../domain/index.js';
import { SomkbError } from '../errors/index.js';
import type { CatalogKnowledge, ConceptEntry } from '../knowledge/index.js';
import type { SuggestIndex, Suggestion } from '../suggest/index.js';
import { DID_YOU_MEAN_LIMIT, buildSuggestIndex, closeConcepts, suggest } from '../suggest/index.js';
import type { PublishedCatalog } from '../store/index.js';
import { catalogVersionKey } from '../store/index.js';
import { FALLBACK_CONTENT_LANGUAGE } from './catalog-service.js';

/** A lookup of suggestions as the front ends ask for it. */
export interface SuggestServiceRequest {
  /** What the reader typed, in any of the six languages. */
  readonly query: string;
  /** The reader's language: the language names are shown in (with the Chinese one). */
  readonly language: Language;
  /** At most this many, 1 … 20; default 8. */
  readonly limit?: number;
}

/** Suggestions as one types, and "did you mean" for a search that found nothing. */
export interface SuggestService {
  /**
   * The concepts, papers and mechanisms whose names start with, then contain, the text (see the
   * suggest module's `suggest`), best first. The same lookup gets the same array again while the
   * versions are current (the last {@link SUGGEST_ANSWER_CACHE_ENTRIES} kept; read-only, callers
   * must not change it). Throws CATALOG_EMPTY when nothing is published.
   */
  suggest(request: SuggestServiceRequest): Promise<readonly Suggestion[]>;
  /**
   * The concepts closest to a query that found nothing (`closeConcepts`), at most `limit`
   * (default 6). Throws CATALOG_EMPTY when nothing is published.
   */
  closeConcepts(query: string, limit?: number): Promise<readonly ConceptEntry[]>;
}

/** What the suggest service reads. */
export interface SuggestServiceDeps {
  /** Every current published catalog (`CatalogService.listPublished`): the papers' subjects in each language. */
  readonly listPublished: () => Promise<readonly PublishedCatalog[]>;
  /**
   * The knowledge of the current reference (Chinese) catalog: its concepts and mechanisms. The
   * index is kept while this gives the same object and the catalog versions do not change.
   */
  readonly knowledge: () => Promise<CatalogKnowledge | undefined>;
}

/**
 * The language versions of the reference document, the reference (Chinese when it is published,
 * else the first in UN order) first, then the others in UN order.
 */
function documentVersions(published: readonly PublishedCatalog[]): PublishedCatalog[] {
  const inOrder = [...published].sort(
    (a, b) => UN_LANGUAGES.indexOf(a.catalog.language) - UN_LANGUAGES.indexOf(b.catalog.language),
  );
  const reference =
    inOrder.find((entry) => entry.catalog.language === FALLBACK_CONTENT_LANGUAGE) ?? inOrder[0];
  if (reference === undefined) return [];
  const document = reference.catalog.document.id;
  return [
    reference,
    ...inOrder.filter((entry) => entry !== reference && entry.catalog.document.id === document),
  ];
}

interface IndexEntry {
  /** The versions it was built from, each one's `catalogVersionKey`, joined. */
  readonly versions: string;
  readonly knowledge: CatalogKnowledge | undefined;
  readonly index: SuggestIndex;
  /** Answers of recent lookups by language, limit and text, least recently used first. */
  readonly answers: Map<string, readonly Suggestion[]>;
}

/**
 * How many answers of recent lookups the service keeps with its index: 2,000 (some hundreds of
 * kilobytes). As one types, many readers type the same first letters: their lookups are answered
 * with the same array again, and the API keeps its serialized body with it.
 */
export const SUGGEST_ANSWER_CACHE_ENTRIES = 2000;

/**
 * The suggest service: it keeps one suggestion index of the current catalog versions (every
 * language version's paper subjects) and their knowledge (concepts, mechanisms), built when a
 * version or the knowledge changes and kept while they do not (keyed on each version's
 * `catalogVersionKey` and on the knowledge object, which the knowledge service keeps per version),
 * so that a lookup reads the index and builds nothing; the answers of recent lookups are kept with it.
 */
export function createSuggestService(deps: SuggestServiceDeps): SuggestService {
  let cached: IndexEntry | undefined;
  async function currentEntry(): Promise<IndexEntry> {
    const published = documentVersions(await deps.listPublished());
    if (published.length === 0) {
      throw new SomkbError(
        'CATALOG_EMPTY',
        `no catalog in '${FALLBACK_CONTENT_LANGUAGE}' is published yet; run: somkb ingest <file> --lang ${FALLBACK_CONTENT_LANGUAGE}`,
      );
    }
    const knowledge = await deps.knowledge();
    const versions = published.map(catalogVersionKey).join('\n');
    if (cached?.versions !== versions || cached.knowledge !== knowledge) {
      const catalogs: Catalog[] = published.map((entry) => entry.catalog);
      cached = {
        versions,
        knowledge,
        index: buildSuggestIndex({
          concepts: knowledge?.concepts ?? [],
          mechanisms: knowledge?.mechanisms ?? [],
          catalogs,
        }),
        answers: new Map(),
      };
    }
    return cached;
  }
  return {
    async suggest(request) {
      const { index, answers } = await currentEntry();
      const key = `${request.language}\n${String(request.limit ?? '')}\n${request.query}`;
      let answer = answers.get(key);
      if (answer === undefined) {
        answer = suggest(index, request);
        if (answers.size >= SUGGEST_ANSWER_CACHE_ENTRIES)
          answers.delete(answers.keys().next().value as string);
      } else answers.delete(key);
      answers.set(key, answer);
      return answer;
    },
    async closeConcepts(query, limit = DID_YOU_MEAN_LIMIT) {
      return closeConcepts((await currentEntry()).index, query, limit);
    },
  };
}
