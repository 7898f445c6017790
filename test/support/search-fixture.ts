import { catalogTerms, createAnalyzer } from '../../src/analysis/index.js';
import type { Catalog } from '../../src/domain/index.js';
import { ingestSummary } from '../../src/ingest/index.js';
import type { SearchIndex } from '../../src/search/index.js';
import { buildSearchIndex, documentsFromCatalog } from '../../src/search/index.js';
import { readCorpusBytes } from './corpus.js';

let cached: { catalog: Catalog; index: SearchIndex } | undefined;

/** The catalog of the bundled corpus and its search index, built once per test file. */
export function corpusSearchIndex(): { catalog: Catalog; index: SearchIndex } {
  if (cached === undefined) {
    const catalog = ingestSummary(readCorpusBytes(), { language: 'zh' }).catalog;
    if (catalog === undefined) throw new Error('the bundled corpus must ingest');
    const analyzer = createAnalyzer('zh', { userWords: catalogTerms(catalog) });
    cached = { catalog, index: buildSearchIndex(documentsFromCatalog(catalog), analyzer) };
  }
  return cached;
}
