/**
 * Search speed of somkb against two baselines on a large synthetic corpus, in one process:
 *
 *   tsx bench/search-bench.ts [--paragraphs N] [--baselines-only]      (default N = 100000)
 *
 * The corpus: N paragraphs, each 2–5 sentences of the bundled summary (its paragraphs and items cut
 * after 。 and ；) drawn with a seeded PRNG, grouped into papers `CTOC/COP/WG.7/<year>/<n>` of 3–10
 * paragraphs, each with a meeting year (2012 … 2020, meeting 1 … 7), one of the nine real themes with
 * its key topics, and the subject of a real paper of that theme. The same run gives the same corpus.
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
 */
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import Database from 'better-sqlite3';
import type { Catalog } from '../src/domain/index.js';
import { catalogTerms, createAnalyzer } from '../src/analysis/index.js';
import type { SearchDocument } from '../src/search/index.js';
import { buildSearchIndex, search } from '../src/search/index.js';
import type { JiebaTokenizer } from '../eval/systems.js';
import {
  buildMiniSearchJieba,
  createJiebaTokenizer,
  ftsString,
  loadBundledCatalog,
} from '../eval/systems.js';

/**
 * The 50 queries, in this order: the 26 Chinese queries of eval/queries-dev.json (20, then the 6 hard
 * ones), then the 24 of eval/queries-project.json (19, then the 5 hard ones). Together they make 50,
 * so no key-topic query had to be added.
 */
const QUERIES: readonly string[] = [
  '特殊侦查手段',
  '电子监视',
  '金钱或其他物质利益',
  '信息共享平台',
  '培训 能力建设',
  '作案手法',
  '边境管制',
  '医疗救助',
  '人口贩运受害者 转介',
  '证件完整性',
  '热线',
  '支付流程',
  '行为侦查和预测',
  '参加有组织犯罪集团',
  '执法合作',
  '网上服务 金融服务提供商',
  '区域数据库',
  '欧洲偷运移民问题中心',
  '减轻处罚 实质性合作',
  '接收设施',
  '蛇头的作案手法',
  '伪造签证',
  '疫情期间的偷渡路线',
  '证人保护',
  '黑钱 追缴',
  '如何让移民配合调查',
  '哈瓦拉',
  '腐败风险',
  '海上救援',
  '人道主义豁免',
  '证据可采性',
  '卧底行动',
  '引渡',
  '孤身儿童',
  '商业承运人',
  '数据保护',
  '人权',
  '洗钱',
  '没收犯罪所得',
  '联合国海洋法公约 管辖权',
  '空中偷运 机场',
  '非正式合作',
  '海上偷运 路线',
  '根本原因',
  '提高认识 媒体',
  '假护照',
  '偷渡者死亡',
  '贿赂边防官员',
  '小孩独自偷渡',
  '举报电话',
];

const WARM_UP_PASSES = 2;
const TIMED_PASSES = 10;
const LIMIT = 10;
const SEED = 20211014;
/** Meeting number of each year the Working Group met. */
const MEETING_OF_YEAR: ReadonlyMap<number, number> = new Map([
  [2012, 1],
  [2013, 2],
  [2015, 3],
  [2017, 4],
  [2018, 5],
  [2019, 6],
  [2020, 7],
]);

// ---------------------------------------------------------------------------------------------------
// The synthetic corpus

/** mulberry32: a small, fast, seeded PRNG with values in [0, 1). */
function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** The sentences of the summary's paragraphs and items, each ending with its 。 or ；. */
function sentencesOf(catalog: Catalog): string[] {
  const texts = catalog.paragraphs.flatMap((paragraph) => [
    paragraph.text,
    ...paragraph.items.map((item) => item.text),
  ]);
  return texts
    .flatMap((text) => text.split(/(?<=[。；])/u))
    .map((sentence) => sentence.trim())
    .filter((sentence) => sentence.length >= 4)
    .map((sentence) => (/[。；]$/u.test(sentence) ? sentence : `${sentence}。`));
}

function syntheticDocuments(catalog: Catalog, count: number): SearchDocument[] {
  const random = seededRandom(SEED);
  const pick = <T>(values: readonly T[]): T => {
    const value = values[Math.floor(random() * values.length)];
    if (value === undefined) throw new Error('bench: picking from an empty list');
    return value;
  };
  const between = (low: number, high: number): number => low + Math.floor(random() * (high - low + 1));
  const sentences = sentencesOf(catalog);
  const years = [...MEETING_OF_YEAR.keys()];
  const allTopics = [...new Set(catalog.themes.flatMap((theme) => theme.keyTopics))].map((topic) => ({
    topic,
    compact: topic.replace(/\s+/gu, ''),
  }));
  const nextNumber = new Map<number, number>();
  const documents: SearchDocument[] = [];
  let paper = { symbol: '', year: 0, meeting: 0, theme: pick(catalog.themes), subject: '', left: 0 };
  for (let i = 1; i <= count; i++) {
    if (paper.left === 0) {
      const year = pick(years);
      const number = nextNumber.get(year) ?? 2;
      nextNumber.set(year, number + 1);
      const theme = pick(catalog.themes);
      const subjects = catalog.papers.filter((candidate) => candidate.theme === theme.id);
      paper = {
        symbol: `CTOC/COP/WG.7/${year}/${number}`,
        year,
        meeting: MEETING_OF_YEAR.get(year) ?? 0,
        theme,
        subject: subjects.length > 0 ? pick(subjects).subject : theme.name,
        left: between(3, 10),
      };
    }
    paper.left--;
    const text = Array.from({ length: between(2, 5) }, () => pick(sentences)).join('');
    const compact = text.replace(/\s+/gu, '');
    documents.push({
      key: `synthetic#${i}`,
      document: 'synthetic',
      paragraph: i,
      language: 'zh',
      paper: paper.symbol,
      theme: paper.theme.id,
      themeName: paper.theme.name,
      year: paper.year,
      meeting: paper.meeting,
      text,
      subject: paper.subject,
      topics: allTopics.filter(({ compact: topic }) => compact.includes(topic)).map(({ topic }) => topic),
    });
  }
  return documents;
}

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
  for (let pass = 0; pass < WARM_UP_PASSES; pass++) for (const query of QUERIES) system.search(query);
  const samples: number[] = [];
  for (let pass = 0; pass < TIMED_PASSES; pass++) {
    for (const query of QUERIES) {
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

function main(): void {
  const { values } = parseArgs({
    options: {
      paragraphs: { type: 'string', default: '100000' },
      'baselines-only': { type: 'boolean', default: false },
    },
  });
  const paragraphs = Number(values.paragraphs);
  if (!Number.isInteger(paragraphs) || paragraphs < 1)
    throw new Error('--paragraphs must be a positive integer');
  if (QUERIES.length !== 50) throw new Error(`bench: ${QUERIES.length} queries, 50 expected`);

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
  if (!values['baselines-only']) {
    results.set(
      'somkb',
      measure('somkb', () => {
        const analyzer = createAnalyzer('zh', { userWords: catalogTerms(catalog) });
        const index = buildSearchIndex(corpus, analyzer);
        return {
          search: (query) => search(index, { query, limit: LIMIT }),
          sizeBytes: () => index.sizeBytes,
        };
      }),
    );
  }
  const tokenizer = createJiebaTokenizer();
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
  documents = undefined;

  console.log(
    `Search on ${paragraphs} synthetic paragraphs, ${QUERIES.length} queries × ${TIMED_PASSES} timed passes ` +
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
  console.log('');
  console.log(
    JSON.stringify({
      paragraphs,
      somkb: somkb ?? null,
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
