/**
 * Speed of the web portal, in one process: the server is started in-process on a loopback port
 * chosen by the system (port 0) over the bundled catalog, and autocannon, in a worker thread of the
 * same process (as a client process would, leaving the server its thread), sends requests to it:
 *
 *   tsx bench/web-bench.ts [--duration S] [--connections N] [--searches N] [--dev-queries FILE]
 *                          [--only distinct]
 *   (defaults: 10 s, 10 connections, 10,000 distinct searches, eval/queries-dev.json)
 *
 * The data is what `somkb start` serves: the bundled Chinese summary ingested into an in-memory
 * SQLite store through the catalog service, and the knowledge and search services over it with the
 * thesaurus and mechanisms directory bundled under knowledge/ (wired as in src/main.ts). Pages measured, one after
 * the other, each after a warm-up of 2 s: the home page, a paper's page and a search page, as the
 * portal serves them (rendered once, then from its page cache); then the search page again from an
 * app without page cache nor search result cache (`pageCacheBytes: 0`, `resultCacheEntries: 0`:
 * every request searches and renders), and the same
 * without cache over 40 different searches in turn (words, facets, pages, grouping); last, the
 * search page without cache over distinct searches (bench/distinct-searches.ts: judged, development
 * and project queries, thesaurus labels in six languages, paper subjects, words of the paragraphs and
 * pairs of them, with facets, pages and grouping; `--searches` of them, each with the `Accept-Language`
 * of its language), each connection going through them from its own share of the list, after a warm-up
 * over other searches, so that a search measured is sent once, or again only once every connection
 * has gone past it (the line says how many distinct searches and how many requests). The shared
 * development queries are read from `--dev-queries` (the team's file) when given. `--only distinct`
 * measures that last run only. The other requests carry `Accept-Language: zh`.
 *
 * For each: requests per second (autocannon's average over the run), latency p50 and p99 in
 * milliseconds, bytes per response, and the count of non-2xx responses and errors. The goal for the
 * search page is at least 1,500 requests per second with p99 under 30 ms (`meetsGoal`), and for the
 * distinct searches without cache at least 2,000 requests per second with p99 under 15 ms
 * (`meetsDistinctGoal`). The last line printed is one JSON object.
 */
import { parseArgs } from 'node:util';
import type { LoadRequest, LoadResult } from './bundled-server.js';
import { measureDistinct, measurePaths, startBundledServers } from './bundled-server.js';
import { DEV_QUERIES_FILE, distinctSearches } from './distinct-searches.js';
import { bundledKnowledge } from '../test/support/knowledge.js';

const GOAL = { requestsPerSecond: 1500, p99Ms: 30 } as const;
/** The goal of the search page without caches over distinct searches. */
const DISTINCT_GOAL = { requestsPerSecond: 2000, p99Ms: 15 } as const;
/** One search in this many goes to the warm-up of the distinct run, never measured. */
const WARM_UP_SHARE = 8;

/** The pages measured: a name and a path. */
const SEARCH_PATH = `/search?q=${encodeURIComponent('国际合作')}`;

/** The varied searches of the last run: words in several languages, facets, later pages, grouping. */
const SEARCHES: readonly string[] = [
  '国际合作',
  '洗钱',
  '控制下交付',
  '金融调查 腐败',
  '"特别调查手段"',
  'hawala',
  'money laundering',
  'coopération internationale',
  '海上 救援',
  '证件 欺诈',
  '儿童',
  '信息共享 -国际合作',
  '网络空间',
  '偷运移民',
  '人权',
  'smuggling of migrants',
  '证人 保护',
  '机场',
  '腐败',
  '数据保护',
].flatMap((q, index) => {
  const params = new URLSearchParams({ q });
  const base = `/search?${params.toString()}`;
  return index % 2 === 0 ? [base, `${base}&page=2`] : [base, `${base}&theme=theme-1&group=1`];
});

const PAGES: readonly {
  readonly name: string;
  readonly paths: readonly string[];
  readonly cached: boolean;
}[] = [
  { name: 'home', paths: ['/'], cached: true },
  { name: 'paper', paths: ['/papers/CTOC-COP-WG.7-2015-4'], cached: true },
  { name: 'search', paths: [SEARCH_PATH], cached: true },
  { name: 'search-uncached', paths: [SEARCH_PATH], cached: false },
  { name: 'searches-uncached', paths: SEARCHES, cached: false },
];

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      duration: { type: 'string', default: '10' },
      connections: { type: 'string', default: '10' },
      searches: { type: 'string', default: '10000' },
      'dev-queries': { type: 'string', default: DEV_QUERIES_FILE },
      only: { type: 'string' },
    },
  });
  const duration = Number(values.duration);
  const connections = Number(values.connections);
  const searchCount = Number(values.searches);
  if (values.only !== undefined && values.only !== 'distinct') throw new Error('--only takes: distinct');

  const started = await startBundledServers([{}, { pageCacheBytes: 0, resultCacheEntries: 0 }]);
  const origins = started.servers.map((server) => server.origin);
  const headers = { 'accept-language': 'zh' };

  const results: Record<string, LoadResult> = {};
  for (const page of values.only === 'distinct' ? [] : PAGES) {
    const origin = (page.cached ? origins[0] : origins[1]) ?? '';
    const line = await measurePaths(origin, page.paths, { connections, duration, headers });
    results[page.name] = line;
    console.log(
      `${page.name.padEnd(18)} ${String(line.requestsPerSecond).padStart(6)} req/s  p50 ${line.p50Ms} ms  p99 ${line.p99Ms} ms  ${line.bytesPerResponse} B/response  ${line.path}`,
    );
  }
  const all = distinctSearches(
    started.catalog,
    bundledKnowledge(),
    Math.ceil((searchCount * WARM_UP_SHARE) / (WARM_UP_SHARE - 1)),
    values['dev-queries'],
  ).map(({ path, language }): LoadRequest => ({ path, headers: { 'accept-language': language } }));
  const warmUp = all.filter((_, position) => position % WARM_UP_SHARE === WARM_UP_SHARE - 1);
  const measured = all.filter((_, position) => position % WARM_UP_SHARE !== WARM_UP_SHARE - 1);
  const distinct = await measureDistinct(origins[1] ?? '', warmUp, measured, { connections, duration });
  results['distinct-uncached'] = distinct;
  console.log(
    `${'distinct-uncached'.padEnd(18)} ${String(distinct.requestsPerSecond).padStart(6)} req/s  p50 ${distinct.p50Ms} ms  p99 ${distinct.p99Ms} ms  ${distinct.bytesPerResponse} B/response  ${distinct.path}, ${distinct.sent} requests, ${distinct.non2xx} non-2xx`,
  );
  await started.close();
  const search = results.search;
  const meetsGoal =
    search !== undefined && search.requestsPerSecond >= GOAL.requestsPerSecond && search.p99Ms < GOAL.p99Ms;
  const meetsDistinctGoal =
    distinct.requestsPerSecond >= DISTINCT_GOAL.requestsPerSecond &&
    distinct.p99Ms < DISTINCT_GOAL.p99Ms &&
    distinct.non2xx === 0 &&
    distinct.errors === 0;
  console.log(
    JSON.stringify({
      benchmark: 'web',
      duration,
      connections,
      distinctSearches: distinct.distinct,
      pages: results,
      goal: { search: GOAL, distinctUncached: DISTINCT_GOAL },
      meetsGoal,
      meetsDistinctGoal,
    }),
  );
}

await main();
