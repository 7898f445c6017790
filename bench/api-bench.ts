/**
 * Speed of the JSON API, in one process: the server (the same app `somkb serve` runs) is started
 * in-process on a loopback port chosen by the system, over the bundled catalog ingested into an
 * in-memory SQLite store, with its knowledge and the search service; autocannon, in a worker thread
 * of the same process (as a client process would, leaving the server its thread), sends requests
 * to it:
 *
 *   tsx bench/api-bench.ts [--duration S] [--connections N] [--db <path|url>]
 *                                                      (defaults: 10 s, 10 connections)
 *
 * With `--db` (a SQLite file or `postgres://user:password@host:port/database`), every route is
 * measured twice in one run: over the in-memory SQLite store (the baseline), then over that store,
 * into which the bundled summary is published first; the lines and the JSON give the req/s of the
 * second as a share of the first (the goal for PostgreSQL: at least 90 %, as the catalog of a
 * version is read once and kept in memory, and listing the current one costs no query).
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
import { isPostgresUrl } from '../src/store/index.js';
import type { BundledServer, LoadResult } from './bundled-server.js';
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

/** The least share of the baseline's req/s that the store of `--db` must reach on every route. */
const STORE_GOAL = 0.9;

/** Measures one route on one set of servers and prints its line. */
async function measureRoute(
  label: string,
  servers: readonly BundledServer[],
  route: (typeof ROUTES)[number],
  options: { readonly connections: number; readonly duration: number },
): Promise<LoadResult> {
  const origin = servers[route.uncached === true ? 1 : 0]?.origin ?? '';
  const line = await measurePaths(origin, route.paths, options);
  console.log(
    `${label.padEnd(11)} ${route.name.padEnd(18)} ${String(line.requestsPerSecond).padStart(6)} req/s  p50 ${line.p50Ms} ms  p99 ${line.p99Ms} ms  non-2xx ${line.non2xx}  errors ${line.errors}  ${line.path}`,
  );
  return line;
}

/** The store of `--db` named for the output: its backend, never its password. */
function storeLabel(db: string): string {
  return isPostgresUrl(db) ? 'postgres' : 'sqlite-file';
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      duration: { type: 'string', default: '10' },
      connections: { type: 'string', default: '10' },
      db: { type: 'string' },
    },
  });
  const duration = Number(values.duration);
  const connections = Number(values.connections);
  const db = values.db;

  const variants = [{}, { resultCacheEntries: 0 }];
  const baseline = await startBundledServers(variants);
  const other = db === undefined ? undefined : await startBundledServers(variants, db);
  const backend = db === undefined ? '' : storeLabel(db);
  const results: Record<string, LoadResult> = {};
  const storeRoutes: Record<string, LoadResult> = {};
  const shareOfSqlite: Record<string, number> = {};
  try {
    // Route by route, the baseline then the other store back to back, so that both meet the same
    // machine: a share is of two runs a few seconds apart.
    for (const route of ROUTES) {
      const base = await measureRoute('sqlite', baseline.servers, route, { connections, duration });
      results[route.name] = base;
      if (other === undefined) continue;
      const measured = await measureRoute(backend, other.servers, route, { connections, duration });
      storeRoutes[route.name] = measured;
      const share = base.requestsPerSecond === 0 ? 0 : measured.requestsPerSecond / base.requestsPerSecond;
      shareOfSqlite[route.name] = Number(share.toFixed(3));
      console.log(`${backend} / sqlite ${route.name}: ${(100 * share).toFixed(1)} %`);
    }
  } finally {
    await baseline.close();
    await other?.close();
  }
  const store =
    other === undefined
      ? undefined
      : {
          backend,
          routes: storeRoutes,
          shareOfSqlite,
          meetsGoal: Object.values(shareOfSqlite).every((share) => share >= STORE_GOAL),
        };
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
      goal: { search: GOAL, ...(store === undefined ? {} : { storeShareOfSqlite: STORE_GOAL }) },
      meetsGoal,
      ...(store === undefined ? {} : { store }),
    }),
  );
}

await main();
