import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { catalogTerms, createAnalyzer } from '../src/analysis/index.js';
import type { Catalog } from '../src/domain/index.js';
import { ingestSummary } from '../src/ingest/index.js';
import { expansionConcepts } from '../src/knowledge/index.js';
import type { IndexedVersion, SearchRequest, SearchResult } from '../src/search/index.js';
import {
  buildVersionsIndex,
  checkStoredIndex,
  decodeSearchIndex,
  encodeSearchIndex,
  search,
} from '../src/search/index.js';
import { createSearchIndexFolder } from '../src/services/index.js';
import { BENCH_QUERIES, syntheticDocuments } from '../bench/synthetic-corpus.js';
import { readCorpusBytes } from './support/corpus.js';
import { bundledKnowledge } from './support/knowledge.js';

/** Paragraphs of the bench corpus indexed: enough for common terms with dense scores, in a few seconds. */
const PARAGRAPHS = 6000;
const KEY = 'bench corpus fixture key';

function bundledCatalog(): Catalog {
  const catalog = ingestSummary(readCorpusBytes(), { language: 'zh' }).catalog;
  if (catalog === undefined) throw new Error('the bundled corpus must ingest');
  return catalog;
}

/** Many queries: the bench's 50, every concept's first Chinese label, pairs of them, and English labels (searched through the concepts). */
function queriesOf(): string[] {
  const concepts = expansionConcepts(bundledKnowledge(), 'zh');
  const zh = concepts.flatMap((concept) => concept.labels.zh?.slice(0, 1) ?? []);
  const en = concepts.flatMap((concept) => concept.labels.en?.slice(0, 1) ?? []).slice(0, 60);
  const pairs = zh.slice(0, 60).map((label, i) => `${label} ${zh[(i * 7 + 3) % zh.length] ?? ''}`);
  return [...BENCH_QUERIES, ...zh, ...en, ...pairs, '"信息共享" -培训', 'lang:en smuggling of migrants'];
}

/** What a result ranks: each hit's paragraph and score, in order, and the totals. */
function ranking(result: SearchResult) {
  return {
    total: result.total,
    relaxed: result.relaxed,
    hits: result.hits.map((hit) => [hit.paragraph, hit.score] as const),
  };
}

describe('an index stored on disk and loaded, on the bench corpus', () => {
  const folder = mkdtempSync(join(tmpdir(), 'somkb-bench-index-'));
  afterAll(() => {
    rmSync(folder, { recursive: true, force: true });
  });

  it('gives the same hits, scores and order as the index freshly built, for many queries', async () => {
    const catalog = bundledCatalog();
    const documents = syntheticDocuments(catalog, PARAGRAPHS);
    const knowledge = bundledKnowledge();
    const versions: IndexedVersion[] = [
      { documents, analyzer: createAnalyzer('zh', { userWords: catalogTerms(catalog) }) },
    ];
    const options = { concepts: expansionConcepts(knowledge, 'zh') };
    const fresh = buildVersionsIndex(versions, options);
    expect([...fresh.postings.values()].some((list) => list.dense !== undefined)).toBe(true);

    const store = createSearchIndexFolder(folder);
    await store.write(KEY, encodeSearchIndex(fresh, KEY));
    const bytes = await store.read(KEY);
    if (bytes === undefined) throw new Error('the index was stored');
    expect(checkStoredIndex(bytes, KEY)).toBeUndefined();
    const loaded = decodeSearchIndex(bytes, KEY, versions, options);

    const queries = queriesOf();
    expect(queries.length).toBeGreaterThan(200);
    let hits = 0;
    for (const [position, query] of queries.entries()) {
      const requests: SearchRequest[] = [
        { query, limit: 100 },
        { query, limit: 10, offset: 5, groupByPaper: position % 2 === 0 },
      ];
      for (const request of requests) {
        const expected = search(fresh, request);
        const got = search(loaded, request);
        hits += expected.hits.length;
        expect(ranking(got), query).toEqual(ranking(expected));
        expect(got, query).toEqual(expected);
      }
    }
    expect(hits).toBeGreaterThan(5000);
  }, 60_000);
});
