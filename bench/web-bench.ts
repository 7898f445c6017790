/**
 * Speed of the web portal, in one process: the server is started in-process on a loopback port
 * chosen by the system (port 0) over the bundled catalog, and autocannon, in a worker thread of the
 * same process (as a client process would, leaving the server its thread), sends requests to it:
 *
 *   tsx bench/web-bench.ts [--duration S] [--connections N]      (defaults: 10 s, 10 connections)
 *
 * The data is what `somkb start` serves: the bundled Chinese summary ingested into an in-memory
 * SQLite store through the catalog service, and the knowledge and search services over it with the
 * thesaurus and mechanisms directory bundled under knowledge/ (wired as in src/main.ts). Pages measured, one after
 * the other, each after a warm-up of 2 s: the home page, a paper's page and a search page, as the
 * portal serves them (rendered once, then from its page cache); then the search page again from an
 * app without page cache nor search result cache (`pageCacheBytes: 0`, `resultCacheEntries: 0`:
 * every request searches and renders), and the same
 * without cache over 40 different searches in turn (words, facets, pages, grouping).
 * Requests carry `Accept-Language: zh`.
 *
 * For each: requests per second (autocannon's average over the run), latency p50 and p99 in
 * milliseconds, bytes per response, and the count of non-2xx responses and errors. The goal for the
 * search page is at least 1,500 requests per second with p99 under 30 ms. The last line printed is
 * one JSON object.
 */
import { parseArgs } from 'node:util';
import type { LoadResult } from './bundled-server.js';
import { measurePaths, startBundledServers } from './bundled-server.js';

const GOAL = { requestsPerSecond: 1500, p99Ms: 30 } as const;

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
    options: { duration: { type: 'string', default: '10' }, connections: { type: 'string', default: '10' } },
  });
  const duration = Number(values.duration);
  const connections = Number(values.connections);

  const started = await startBundledServers([{}, { pageCacheBytes: 0, resultCacheEntries: 0 }]);
  const origins = started.servers.map((server) => server.origin);
  const headers = { 'accept-language': 'zh' };

  const results: Record<string, LoadResult> = {};
  for (const page of PAGES) {
    const origin = (page.cached ? origins[0] : origins[1]) ?? '';
    const line = await measurePaths(origin, page.paths, { connections, duration, headers });
    results[page.name] = line;
    console.log(
      `${page.name.padEnd(18)} ${String(line.requestsPerSecond).padStart(6)} req/s  p50 ${line.p50Ms} ms  p99 ${line.p99Ms} ms  ${line.bytesPerResponse} B/response  ${line.path}`,
    );
  }
  await started.close();
  const search = results.search;
  const meetsGoal =
    search !== undefined && search.requestsPerSecond >= GOAL.requestsPerSecond && search.p99Ms < GOAL.p99Ms;
  console.log(
    JSON.stringify({
      benchmark: 'web',
      duration,
      connections,
      pages: results,
      goal: { search: GOAL },
      meetsGoal,
    }),
  );
}

await main();
