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
   * suggest module's `suggest`), best first. Throws CATALOG_EMPTY when nothing is published.
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
}

/**
 * The suggest service: it keeps one suggestion index of the current catalog versions (every
 * language version's paper subjects) and their knowledge (concepts, mechanisms), built when a
 * version or the knowledge changes and kept while they do not (keyed on each version's
 * `catalogVersionKey` and on the knowledge object, which the knowledge service keeps per version),
 * so that a lookup reads the index and builds nothing.
 */
export function createSuggestService(deps: SuggestServiceDeps): SuggestService {
  let cached: IndexEntry | undefined;
  async function currentIndex(): Promise<SuggestIndex> {
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
      };
    }
    return cached.index;
  }
  return {
    async suggest(request) {
      return suggest(await currentIndex(), request);
    },
    async closeConcepts(query, limit = DID_YOU_MEAN_LIMIT) {
      return closeConcepts(await currentIndex(), query, limit);
    },
  };
}
