/**
 * Search speed of somkb against two baselines on a large synthetic corpus, in one process:
 *
 *   tsx bench/search-bench.ts [--paragraphs N] [--languages zh,en,…] [--baselines-only | --somkb-only]
 *                                                         (default N = 100000, languages zh)
 *
 * The corpus: N paragraphs, each 2–5 sentences of the bundled summary (its paragraphs and items cut
 * after 。 and ；) drawn with a seeded PRNG, grouped into papers `CTOC/COP/WG.7/<year>/<n>` of 3–10
 * paragraphs, each with a meeting year (2012 … 2020, meeting 1 … 7), one of the nine real themes with
 * its key topics, and the subject of a real paper of that theme. The same run gives the same corpus.
 *
 * With `--languages`, somkb indexes a language version of the corpus for each other language given:
 * the same paragraphs, each 2–5 sentences of that language's fixture document
 * (test/fixtures/languages/), its themes and subjects named as the fixture names them; the index holds
 * every version (`buildVersionsIndex`), the queries are read by every language's analyzer and the
 * hits shown in the last language given. The baselines index the Chinese text only.
 *
 * Systems, built and measured one after the other:
 * - somkb: `buildSearchIndex(documents, createAnalyzer('zh', { userWords: catalogTerms(catalog) }))`,
 *   `search(index, { query, limit: 10 })`;
 * - minisearch: MiniSearch over the text with the jieba tokenizer, OR (as in eval/run-eval.ts);
 * - fts5-plain: SQLite FTS5 in memory, default unicode61 tokenizer over the text segmented with jieba
 *   (cutForSearch, joined by spaces); a query is its jieba words, each quoted, all required (AND), and
 *   any of them (OR) when that finds nothing; bm25 order, 10 rows.
 *
 * For each: build time; RSS growth over the build (process.memoryUsage().rss after − before, so it
 * depends on what the garbage collector has done; run node with --expose-gc for a collection before
 * each build); index size (somkb: its `sizeBytes`; MiniSearch: JSON.stringify length in characters;
 * FTS5: page_count × page_size); then the 50 queries below, 2 warm-up passes and 10 timed passes, p50 and
 * p95 of the 500 timed query runs (query analysis included). The last line printed is one JSON object.
 *
 * somkb also stores its index (`encodeSearchIndex`, written to a temporary file) and loads it in a
 * fresh process (this script with `--load-index <file>`, node's --expose-gc), as a server does at
 * start: `loadMs` is the time from the file on disk to an index ready to search (the file read, its
 * checksum and key checked, `decodeSearchIndex`), `analyzerMs` that of making the analyzers it is
 * loaded with (as a build needs them too), `rssMB` the RSS the two add over the corpus's documents
 * (after a collection before and after), `storedMB` the file's size. In the JSON,
 * somkb's `rssMB` is that of the loaded index and `buildRssMB` the growth over its build.
 */
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import Database from 'better-sqlite3';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { catalogTerms, createAnalyzer } from '../src/analysis/index.js';
import type { Language } from '../src/domain/index.js';
import { isLanguage } from '../src/domain/index.js';
import { ingestSummary } from '../src/ingest/index.js';
import type { IndexedVersion, SearchDocument } from '../src/search/index.js';
import {
  buildVersionsIndex,
  checkStoredIndex,
  decodeSearchIndex,
  encodeSearchIndex,
  search,
} from '../src/search/index.js';
import type { JiebaTokenizer } from '../eval/systems.js';
import { BENCH_QUERIES, syntheticDocuments, syntheticVersion } from './synthetic-corpus.js';
import {
  buildMiniSearchJieba,
  createJiebaTokenizer,
  ftsString,
  loadBundledCatalog,
} from '../eval/systems.js';

const WARM_UP_PASSES = 2;
const TIMED_PASSES = 10;
const LIMIT = 10;

// ---------------------------------------------------------------------------------------------------
// The baselines that only the benchmark uses

interface BuiltSystem {
  readonly search: (query: string) => unknown;
  readonly sizeBytes: () => number | undefined;
  readonly close?: () => void;
}

function buildFts5Plain(documents: readonly SearchDocument[], tokenizer: JiebaTokenizer): BuiltSystem {
  const db = new Database(':memory:');
  db.exec('CREATE VIRTUAL TABLE t USING fts5(text)');
  const insert = db.prepare('INSERT INTO t(rowid, text) VALUES (?, ?)');
  db.transaction(() => {
    for (const document of documents)
      insert.run(document.paragraph, tokenizer.index(document.text).join(' '));
  })();
  const select = db.prepare<[string], { rowid: number; score: number }>(
    'SELECT rowid, bm25(t) AS score FROM t WHERE t MATCH ? ORDER BY rank LIMIT 10',
  );
  return {
    search: (query) => {
      const words = tokenizer.query(query).map(ftsString);
      if (words.length === 0) return [];
      const all = select.all(words.join(' '));
      return all.length > 0 || words.length === 1 ? all : select.all(words.join(' OR '));
    },
    sizeBytes: () =>
      Number(db.pragma('page_count', { simple: true })) * Number(db.pragma('page_size', { simple: true })),
    close: () => {
      db.close();
    },
  };
}

// ---------------------------------------------------------------------------------------------------
// Measuring

interface Measurement {
  readonly p50: number;
  readonly p95: number;
  readonly buildSeconds: number;
  readonly rssMB: number;
  readonly indexMB: number | null;
}

/** What loading somkb's stored index costs, measured in a fresh process. */
interface LoadMeasurement {
  /** From the file on disk to an index ready to search: read, checked (checksum, key), decoded. */
  readonly loadMs: number;
  /** Making the analyzers the index is loaded with (jieba with the catalog's words), which a build needs too. */
  readonly analyzerMs: number;
  /** RSS the loaded index adds, in MB. */
  readonly rssMB: number;
  /** Size of the stored index file, in MB. */
  readonly storedMB: number;
}

/** The key the bench's stored index is written and loaded under. */
const BENCH_KEY = 'somkb search bench';

const MB = 1024 * 1024;
const round = (value: number, digits: number): number => Number(value.toFixed(digits));

function collectGarbage(): void {
  (globalThis as { gc?: () => void }).gc?.();
}

function percentile(sorted: readonly number[], q: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? NaN;
}

function measure(name: string, build: () => BuiltSystem): Measurement {
  collectGarbage();
  const rssBefore = process.memoryUsage().rss;
  const start = performance.now();
  const system = build();
  const buildSeconds = (performance.now() - start) / 1000;
  const rssMB = (process.memoryUsage().rss - rssBefore) / MB;
  const queriesStart = performance.now();
  for (let pass = 0; pass < WARM_UP_PASSES; pass++) for (const query of BENCH_QUERIES) system.search(query);
  const samples: number[] = [];
  for (let pass = 0; pass < TIMED_PASSES; pass++) {
    for (const query of BENCH_QUERIES) {
      const queryStart = performance.now();
      system.search(query);
      samples.push(performance.now() - queryStart);
    }
  }
  samples.sort((a, b) => a - b);
  const queriesSeconds = (performance.now() - queriesStart) / 1000;
  const sizeStart = performance.now();
  const size = system.sizeBytes();
  const sizeSeconds = (performance.now() - sizeStart) / 1000;
  system.close?.();
  const result: Measurement = {
    p50: round(percentile(samples, 0.5), 3),
    p95: round(percentile(samples, 0.95), 3),
    buildSeconds: round(buildSeconds, 2),
    rssMB: round(rssMB, 1),
    indexMB: size === undefined ? null : round(size / MB, 1),
  };
  console.error(
    `bench: ${name}: built in ${buildSeconds.toFixed(1)} s, ${samples.length} timed queries ` +
      `(all passes ${queriesSeconds.toFixed(1)} s), size in ${sizeSeconds.toFixed(1)} s`,
  );
  return result;
}

/** The fixture document of a language (test/fixtures/languages/), as a catalog. */
function fixtureCatalog(language: Language) {
  const path = new URL(`../test/fixtures/languages/summary-fixture.${language}.txt`, import.meta.url);
  const report = ingestSummary(readFileSync(path), { language, name: path.pathname });
  if (report.catalog === undefined) throw new Error(`bench: the ${language} fixture does not ingest`);
  return report.catalog;
}

/** The other language versions of the corpus that somkb indexes (see `--languages`), without their analyzers. */
function otherVersions(corpus: readonly SearchDocument[], languages: readonly string[]) {
  return languages.slice(1).map((language) => syntheticVersion(corpus, fixtureCatalog(language as Language)));
}

/** The versions somkb indexes: the corpus in Chinese, then `others`, each with its language's analyzer. */
function somkbVersions(
  catalog: ReturnType<typeof loadBundledCatalog>,
  corpus: readonly SearchDocument[],
  languages: readonly string[],
  others: ReturnType<typeof otherVersions>,
): IndexedVersion[] {
  return [
    { documents: corpus, analyzer: createAnalyzer('zh', { userWords: catalogTerms(catalog) }) },
    ...others.map((version, i): IndexedVersion => ({
      ...version,
      analyzer: createAnalyzer(languages[i + 1] as Language),
    })),
  ];
}

/** Writes the bytes of the stored index to a temporary file; returns its path. */
function storeIndex(bytes: Uint8Array): string {
  const file = join(mkdtempSync(join(tmpdir(), 'somkb-bench-index-')), 'index.somkbidx');
  writeFileSync(file, bytes);
  return file;
}

/** Loads the stored index in a fresh process (`--load-index`) and reads what it measured. */
function measureLoad(file: string, paragraphs: number, languages: readonly string[]): LoadMeasurement {
  const child = spawnSync(
    process.execPath,
    [
      ...process.execArgv,
      '--expose-gc',
      fileURLToPath(import.meta.url),
      '--load-index',
      file,
      '--paragraphs',
      String(paragraphs),
      '--languages',
      languages.join(','),
    ],
    { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'], maxBuffer: 1024 * 1024 },
  );
  const last = child.stdout.trim().split('\n').at(-1) ?? '';
  if (child.status !== 0 || last === '') throw new Error(`loading the stored index failed (${child.status})`);
  return JSON.parse(last) as LoadMeasurement;
}

/**
 * `--load-index <file>`: makes the corpus's documents, then measures loading the stored index from
 * the file (see {@link LoadMeasurement}) and prints it as JSON; checks that it answers a query.
 */
function loadIndex(file: string, paragraphs: number, languages: readonly string[]): void {
  const catalog = loadBundledCatalog();
  const corpus = syntheticDocuments(catalog, paragraphs);
  const others = otherVersions(corpus, languages);
  collectGarbage();
  collectGarbage();
  const rssBefore = process.memoryUsage().rss;
  const analyzersStart = performance.now();
  const versions = somkbVersions(catalog, corpus, languages, others);
  const analyzerMs = performance.now() - analyzersStart;
  const start = performance.now();
  const bytes = readFileSync(file);
  const problem = checkStoredIndex(bytes, BENCH_KEY);
  if (problem !== undefined) throw new Error(`bench: the stored index is unsound: ${problem}`);
  const index = decodeSearchIndex(bytes, BENCH_KEY, versions);
  const loadMs = performance.now() - start;
  collectGarbage();
  collectGarbage();
  const rssMB = (process.memoryUsage().rss - rssBefore) / MB;
  if (search(index, { query: BENCH_QUERIES[0] as string, limit: LIMIT }).total === 0)
    throw new Error('bench: the loaded index finds nothing');
  console.error(`bench: somkb stored index loaded in ${(loadMs / 1000).toFixed(2)} s`);
  console.log(
    JSON.stringify({
      loadMs: round(loadMs, 0),
      analyzerMs: round(analyzerMs, 0),
      rssMB: round(rssMB, 1),
      storedMB: round(bytes.length / MB, 1),
    }),
  );
}

function main(): void {
  const { values } = parseArgs({
    options: {
      'load-index': { type: 'string' },
      paragraphs: { type: 'string', default: '100000' },
      languages: { type: 'string', default: 'zh' },
      'baselines-only': { type: 'boolean', default: false },
      'somkb-only': { type: 'boolean', default: false },
    },
  });
  const paragraphs = Number(values.paragraphs);
  if (!Number.isInteger(paragraphs) || paragraphs < 1)
    throw new Error('--paragraphs must be a positive integer');
  if (BENCH_QUERIES.length !== 50) throw new Error(`bench: ${BENCH_QUERIES.length} queries, 50 expected`);
  const languages = values.languages.split(',').map((language) => language.trim());
  if (languages[0] !== 'zh' || !languages.every(isLanguage) || new Set(languages).size !== languages.length)
    throw new Error('--languages must list distinct UN language codes, zh first (e.g. zh,en,fr,ru,es,ar)');

  if (values['load-index'] !== undefined) {
    loadIndex(values['load-index'], paragraphs, languages);
    return;
  }
  const catalog = loadBundledCatalog();
  const corpusStart = performance.now();
  let documents: SearchDocument[] | undefined = syntheticDocuments(catalog, paragraphs);
  const characters = documents.reduce((sum, document) => sum + document.text.length, 0);
  console.error(
    `bench: ${paragraphs} synthetic paragraphs, ${(characters / 1e6).toFixed(1)} M characters, ` +
      `made in ${((performance.now() - corpusStart) / 1000).toFixed(1)} s`,
  );
  const corpus = documents;

  const results = new Map<string, Measurement>();
  let stored: string | undefined;
  if (!values['baselines-only']) {
    results.set(
      'somkb',
      measure('somkb', () => {
        const index = buildVersionsIndex(
          somkbVersions(catalog, corpus, languages, otherVersions(corpus, languages)),
        );
        const shown = languages.at(-1) as Language;
        return {
          search: (query) => search(index, { query, limit: LIMIT, language: shown }),
          sizeBytes: () => index.sizeBytes,
          close: () => {
            stored = storeIndex(encodeSearchIndex(index, BENCH_KEY));
          },
        };
      }),
    );
  }
  const tokenizer = createJiebaTokenizer();
  if (!values['somkb-only']) {
    results.set(
      'minisearch',
      measure('minisearch', () => {
        const index = buildMiniSearchJieba(
          corpus.map((document) => ({ id: document.paragraph, text: document.text })),
          tokenizer,
        );
        return {
          search: (query) => index.ranked.search(query, LIMIT),
          sizeBytes: () => JSON.stringify(index).length,
        };
      }),
    );
    results.set(
      'fts5-plain',
      measure('fts5-plain', () => buildFts5Plain(corpus, tokenizer)),
    );
  }
  documents = undefined;
  let loading: LoadMeasurement | undefined;
  if (stored !== undefined) {
    loading = measureLoad(stored, paragraphs, languages);
    rmSync(join(stored, '..'), { recursive: true, force: true });
  }

  console.log(
    `Search on ${paragraphs} synthetic paragraphs (somkb: ${languages.join(', ')}), ${BENCH_QUERIES.length} queries × ${TIMED_PASSES} timed passes ` +
      `(after ${WARM_UP_PASSES} warm-up passes), limit ${LIMIT}`,
  );
  console.log(
    `  ${'system'.padEnd(11)}  ${'p50 ms'.padStart(8)}  ${'p95 ms'.padStart(8)}  ${'build s'.padStart(8)}  ` +
      `${'RSS +MB'.padStart(8)}  ${'index MB'.padStart(8)}`,
  );
  for (const [name, m] of results) {
    console.log(
      `  ${name.padEnd(11)}  ${m.p50.toFixed(3).padStart(8)}  ${m.p95.toFixed(3).padStart(8)}  ` +
        `${m.buildSeconds.toFixed(2).padStart(8)}  ${m.rssMB.toFixed(1).padStart(8)}  ` +
        (m.indexMB === null ? 'n/a' : m.indexMB.toFixed(1)).padStart(8),
    );
  }
  console.log(
    '  (RSS +MB: growth over the build, measured in sequence; index MB: somkb sizeBytes, MiniSearch JSON ' +
      'characters, FTS5 pages)',
  );
  const somkb = results.get('somkb');
  const minisearch = results.get('minisearch');
  const ratio = somkb !== undefined && minisearch !== undefined ? round(minisearch.p95 / somkb.p95, 2) : null;
  if (ratio !== null) console.log(`  p95 ratio minisearch / somkb: ${ratio}`);
  if (loading !== undefined) {
    console.log(
      `  somkb stored index: ${loading.storedMB.toFixed(1)} MB on disk, loaded in a fresh process in ` +
        `${loading.loadMs.toFixed(0)} ms (and ${loading.analyzerMs.toFixed(0)} ms for the analyzers), ` +
        `adding ${loading.rssMB.toFixed(1)} MB of RSS`,
    );
  }
  console.log('');
  console.log(
    JSON.stringify({
      paragraphs,
      languages,
      somkb:
        somkb === undefined
          ? null
          : {
              p50: somkb.p50,
              p95: somkb.p95,
              buildSeconds: somkb.buildSeconds,
              buildRssMB: somkb.rssMB,
              indexMB: somkb.indexMB,
              ...(loading ?? {}),
            },
      baselines: { minisearch: minisearch ?? null, 'fts5-plain': results.get('fts5-plain') ?? null },
      p95RatioMinisearch: ratio,
    }),
  );
}

try {
  main();
} catch (error: unknown) {
  console.error(`bench: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
}
