import { ANALYZER_VERSION } from '../analysis/index.js';
import type { Language } from '../domain/index.js';
import type { KnowledgeBase } from '../knowledge/index.js';
import { expansionConcepts, knowledgeUserWords } from '../knowledge/index.js';
import { INDEX_FORMAT_VERSION } from '../search/index.js';
import type { PublishedCatalog } from '../store/index.js';
import { catalogVersionKey, sha256Hex } from '../store/index.js';

/**
 * The hash of the knowledge base as an index uses it: the words jieba is given (thesaurus labels,
 * mechanism and instrument names) and the concepts queries are expanded with, for text in
 * `language` (the reference version's). A new thesaurus or mechanisms version changes it, so that
 * an index built with the old one is never loaded. `none` without a knowledge base.
 */
export function knowledgeHash(knowledge: KnowledgeBase | undefined, language: Language): string {
  if (knowledge === undefined) return 'none';
  return sha256Hex(JSON.stringify([knowledgeUserWords(knowledge), expansionConcepts(knowledge, language)]));
}

/**
 * The key of a stored search index: what it was built for, one fact a line — the layout
 * (`INDEX_FORMAT_VERSION`), the analyzers (`ANALYZER_VERSION`), the knowledge used
 * ({@link knowledgeHash}) and every catalog version indexed ({@link catalogVersionKey}: document,
 * language, version), the reference first. A stored index is loaded only under the same key: a
 * publish in any language, a new knowledge version or a new release of the analyzers or the layout
 * makes another key, and the index is built anew.
 */
export function searchIndexKey(
  published: readonly PublishedCatalog[],
  knowledge: KnowledgeBase | undefined,
): string {
  const reference = published[0]?.catalog.language ?? 'zh';
  return [
    'somkb search index',
    `format ${INDEX_FORMAT_VERSION}`,
    `analyzer ${ANALYZER_VERSION}`,
    `knowledge ${knowledgeHash(knowledge, reference)}`,
    ...published.map(catalogVersionKey),
  ].join('\n');
}
