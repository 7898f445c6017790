/**
 * Speed of the JSON API, in one process: the server (the same app `somkb serve` runs) is started
 * in-process on a loopback port chosen by the system, over the bundled catalog ingested into an
 * in-memory SQLite store, with its knowledge and the search service; autocannon, in a worker thread
 * of the same process (as a client process would, leaving the server its thread), sends requests
 * to it:
 *
 *   tsx bench/api-bench.ts [--duration S] [--connections N]      (defaults: 10 s, 10 connections)
 *
 * Routes measured one after the other, each after a 2 s warm-up: a paper, a theme, one search
 * (`/api/v1/search?q=国际合作`), and 20 different searches in turn (several languages, pages, grouping),
 * as `somkb serve` answers them (a read is serialized once per catalog; the search service keeps the
 * results of recent searches); then the same search and the 20 searches from a server whose search
 * service keeps no results (`resultCacheEntries: 0`: every request searches and serializes).
 * For each: requests per second (autocannon's average), latency p50 and p99 in milliseconds, bytes per
 * response (in the JSON), and the count of non-2xx responses and errors. The goal for search is at
 * least 3,000 requests per second with p99 under 20 ms and no errors. The last line printed is one
 * JSON object.
 */
import { parseArgs } from 'node:util';
import type { LoadResult } from './bundled-server.js';
import { measurePaths, startBundledServers } from './bundled-server.js';

const GOAL = { requestsPerSecond: 3000, p99Ms: 20 } as const;

const SEARCHES: readonly string[] = [
  '国际合作',
  '洗钱',
  '控制下交付',
  'hawala',
  'money laundering',
  'special investigative techniques',
  'coopération internationale',
  '证人 保护',
  '海上 救援',
  '"特别调查手段"',
].flatMap((q, index) => {
  const base = `/api/v1/search?${new URLSearchParams({ q }).toString()}`;
  return index % 2 === 0 ? [base, `${base}&offset=10`] : [base, `${base}&group=paper`];
});

const SEARCH = `/api/v1/search?q=${encodeURIComponent('国际合作')}`;

const ROUTES: readonly {
  readonly name: string;
  readonly paths: readonly string[];
  /** Measured on the server whose search service keeps no results. */
  readonly uncached?: true;
}[] = [
  { name: 'paper', paths: ['/api/v1/papers/CTOC-COP-WG.7-2015-4'] },
  { name: 'theme', paths: ['/api/v1/themes/theme-3'] },
  { name: 'search', paths: [SEARCH] },
  { name: 'searches', paths: SEARCHES },
  { name: 'search-uncached', paths: [SEARCH], uncached: true },
  { name: 'searches-uncached', paths: SEARCHES, uncached: true },
];

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: { duration: { type: 'string', default: '10' }, connections: { type: 'string', default: '10' } },
  });
  const duration = Number(values.duration);
  const connections = Number(values.connections);

  const started = await startBundledServers([{}, { resultCacheEntries: 0 }]);

  const results: Record<string, LoadResult> = {};
  for (const route of ROUTES) {
    const origin = started.servers[route.uncached === true ? 1 : 0]?.origin ?? '';
    const line = await measurePaths(origin, route.paths, { connections, duration });
    results[route.name] = line;
    console.log(
      `${route.name.padEnd(18)} ${String(line.requestsPerSecond).padStart(6)} req/s  p50 ${line.p50Ms} ms  p99 ${line.p99Ms} ms  non-2xx ${line.non2xx}  errors ${line.errors}  ${line.path}`,
    );
  }
  await started.close();
  const search = results['search'];
  const meetsGoal =
    search !== undefined &&
    search.requestsPerSecond >= GOAL.requestsPerSecond &&
    search.p99Ms < GOAL.p99Ms &&
    search.non2xx + search.errors === 0;
  console.log(
    JSON.stringify({
      benchmark: 'api',
      duration,
      connections,
      routes: results,
      goal: { search: GOAL },
      meetsGoal,
    }),
  );
}

await main();
