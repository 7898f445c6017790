import { describe, expect, it } from 'vitest';
import { catalogTerms, createAnalyzer } from '../src/analysis/index.js';
import type { Catalog, Language } from '../src/domain/index.js';
import { ingestSummary } from '../src/ingest/index.js';
import type {
  BuiltSearchIndex,
  IndexedVersion,
  SearchIndex,
  SearchIndexOptions,
  SearchRequest,
} from '../src/search/index.js';
import {
  buildVersionsIndex,
  checkStoredIndex,
  decodeSearchIndex,
  encodeSearchIndex,
  search,
} from '../src/search/index.js';
import { searchIndexInputs } from '../src/services/search-index-inputs.js';
import { BENCH_QUERIES, syntheticDocuments, syntheticVersion } from '../bench/synthetic-corpus.js';
import { readCorpusBytes } from './support/corpus.js';
import { bundledKnowledge } from './support/knowledge.js';
import { languageFixtureCatalog } from './support/language-fixtures.js';

/** The parts of an index made anew at load from the same inputs, not read from the stored bytes. */
const DERIVED = new Set([
  'analyzer',
  'analyzers',
  'languages',
  'tokenPrefix',
  'expander',
  'conceptNames',
  'filterVocabulary',
]);

const KEY = 'fixture-key\nzh 3';

function bundledCatalog(): Catalog {
  const catalog = ingestSummary(readCorpusBytes(), { language: 'zh' }).catalog;
  if (catalog === undefined) throw new Error('the bundled corpus must ingest');
  return catalog;
}

function roundTrip(versions: readonly IndexedVersion[], options: SearchIndexOptions = {}) {
  const built = buildVersionsIndex(versions, options);
  const bytes = encodeSearchIndex(built, KEY);
  expect(checkStoredIndex(bytes, KEY)).toBeUndefined();
  const loaded = decodeSearchIndex(bytes, KEY, versions, options);
  return { built, loaded, bytes };
}

function sameBytes(a: Int32Array | Float32Array, b: Int32Array | Float32Array): boolean {
  return Buffer.from(a.buffer, a.byteOffset, a.byteLength).equals(
    Buffer.from(b.buffer, b.byteOffset, b.byteLength),
  );
}

/** Every field of the loaded index equals the built one's: one not stored nor derived fails here. */
function expectSameStructure(built: BuiltSearchIndex, loaded: SearchIndex): void {
  expect(Object.keys(loaded).sort()).toEqual(Object.keys(built).sort());
  for (const [name, value] of Object.entries(built)) {
    const other: unknown = (loaded as unknown as Record<string, unknown>)[name];
    if (name === 'postings') {
      const differing = [...built.postings].filter(([token, list]) => {
        const read = loaded.postings.get(token);
        return (
          !loaded.postings.has(token) ||
          read === undefined ||
          !sameBytes(read.documents, list.documents) ||
          !sameBytes(read.scores, list.scores) ||
          (read.dense === undefined) !== (list.dense === undefined) ||
          (list.dense !== undefined && !sameBytes(read.dense as Float32Array, list.dense))
        );
      });
      expect(differing.map(([token]) => token)).toEqual([]);
      expect(loaded.postings.get('\u0002no such token')).toBeUndefined();
      expect(loaded.postings.has('')).toBe(built.postings.has(''));
    } else if (name === 'expander') {
      expect(other === undefined).toBe(value === undefined);
    } else if (DERIVED.has(name)) {
      expect(other).toEqual(value);
    } else {
      expect(other, name).toEqual(value);
    }
  }
}

/** The requests compared: each query plain, shown in each language, paged, grouped, filtered. */
function requestsOf(
  queries: readonly string[],
  languages: readonly Language[],
  index: SearchIndex,
): SearchRequest[] {
  const theme = index.themes.values[0];
  const year = index.yearFacet.values[0];
  return queries.flatMap((query, position): SearchRequest[] => [
    { query },
    { query, limit: 50 },
    { query, limit: 10, offset: 10, language: languages[position % languages.length] as Language },
    { query, groupByPaper: true },
    ...(theme === undefined ? [] : [{ query, filters: { theme: [theme] } }]),
    ...(year === undefined ? [] : [{ query, filters: { year: [Number(year)] } }]),
  ]);
}

function expectSameResults(
  built: SearchIndex,
  loaded: SearchIndex,
  requests: readonly SearchRequest[],
): void {
  let hits = 0;
  for (const request of requests) {
    const expected = search(built, request);
    hits += expected.hits.length;
    expect(search(loaded, request), JSON.stringify(request)).toEqual(expected);
  }
  expect(hits).toBeGreaterThan(0);
}

describe('a stored search index', () => {
  it('loads the synthetic corpus in two languages exactly as built: structure and results', () => {
    const catalog = bundledCatalog();
    const documents = syntheticDocuments(catalog, 3000);
    const english = syntheticVersion(documents, languageFixtureCatalog('en'));
    const versions: IndexedVersion[] = [
      { documents, analyzer: createAnalyzer('zh', { userWords: catalogTerms(catalog) }) },
      { ...english, analyzer: createAnalyzer('en') },
    ];
    const { built, loaded } = roundTrip(versions);
    expect([...built.postings.values()].some((list) => list.dense !== undefined)).toBe(true);
    expectSameStructure(built, loaded);
    const queries = [
      ...BENCH_QUERIES,
      'smuggling of migrants',
      'border control',
      '"信息共享" -培训',
      'lang:en witness protection',
      'victims',
    ];
    expectSameResults(built, loaded, requestsOf(queries, ['zh', 'en'], built));
  });

  it('loads the bundled corpus and the language fixtures with the thesaurus exactly as built', () => {
    const knowledge = bundledKnowledge();
    for (const catalogs of [
      [bundledCatalog()],
      (['zh', 'en', 'fr', 'ar'] as const).map((language) => languageFixtureCatalog(language)),
    ]) {
      const { versions, options } = searchIndexInputs(catalogs, knowledge);
      const { built, loaded } = roundTrip(versions, options);
      expectSameStructure(built, loaded);
      const queries = [
        ...BENCH_QUERIES,
        '洗钱',
        '人贩子和蛇头有什么不同',
        'money laundering',
        'blanchiment',
        'trafficking in persons',
        'تهريب المهاجرين',
      ];
      expectSameResults(
        built,
        loaded,
        requestsOf(
          queries,
          catalogs.map((catalog) => catalog.language),
          built,
        ),
      );
    }
  });

  it('refuses bytes that are stale, truncated or corrupt', () => {
    const catalog = bundledCatalog();
    const versions: IndexedVersion[] = [
      { documents: syntheticDocuments(catalog, 200), analyzer: createAnalyzer('zh') },
    ];
    const { bytes } = roundTrip(versions);
    expect(checkStoredIndex(bytes, 'another key')).toMatch(/stale/);
    expect(checkStoredIndex(bytes.subarray(0, bytes.length - 8), KEY)).toMatch(/length/);
    expect(checkStoredIndex(bytes.subarray(0, 10), KEY)).toMatch(/short/);
    for (const position of [5, 9, 13, 40, Math.floor(bytes.length / 2), bytes.length - 1]) {
      const flipped = bytes.slice();
      flipped[position] = (flipped[position] as number) ^ 0x10;
      expect(checkStoredIndex(flipped, KEY), `byte ${position}`).toBeDefined();
    }
    const wrongDocuments = versions.map((version) => ({ ...version, documents: version.documents.slice(1) }));
    expect(() => decodeSearchIndex(bytes, KEY, wrongDocuments)).toThrow(/documents/);
  });

  it('reads bytes that do not start on an 8-byte boundary', () => {
    const catalog = bundledCatalog();
    const versions: IndexedVersion[] = [
      { documents: syntheticDocuments(catalog, 100), analyzer: createAnalyzer('zh') },
    ];
    const { built, bytes } = roundTrip(versions);
    const shifted = new Uint8Array(bytes.length + 4);
    shifted.set(bytes, 4);
    const loaded = decodeSearchIndex(shifted.subarray(4), KEY, versions);
    expectSameResults(built, loaded, requestsOf(BENCH_QUERIES.slice(0, 10), ['zh'], built));
  });
});
