/**
 * What the web and API benchmarks share: the app `somkb serve` runs, over the bundled summary
 * ingested into an in-memory SQLite store (or the store a `--db` names), with its knowledge, the search service and the editors' use cases (an in-memory editorial store), started
 * in-process on a loopback port chosen by the system; and autocannon as a promise, sending its
 * requests from a worker thread of the same process.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { serve } from '@hono/node-server';
import autocannon from 'autocannon';
import type { Catalog } from '../src/domain/index.js';
import type { CreateAppDeps } from '../src/http/index.js';
import type { SearchServiceOptions } from '../src/services/index.js';
import { createApp } from '../src/http/index.js';
import {
  createAccountService,
  createAuditService,
  createCatalogService,
  createDraftService,
  createKnowledgeService,
  createSearchService,
} from '../src/services/index.js';
import { openEditorialStoreFor, openSqliteCatalogStore, openStoreFor } from '../src/store/index.js';
import { bundledIngestRequest } from '../test/support/corpus.js';
import { bundledKnowledge, bundledKnowledgeSource } from '../test/support/knowledge.js';

/** A running server: its origin (`http://127.0.0.1:<port>`) and how to stop it. */
export interface BundledServer {
  readonly origin: string;
  close(): Promise<void>;
}

/** Options of one server: of the app (e.g. `{ pageCacheBytes: 0 }`) and of its search service. */
export type ServerVariant = Partial<Pick<CreateAppDeps, 'pageCacheBytes'>> & SearchServiceOptions;

/**
 * Starts one server per entry of `variants`, all over the same catalog, store and knowledge; each
 * has its own search service, so that one without a result cache searches every time. The store is
 * an in-memory SQLite one, or the store `db` names (a SQLite file or a `postgres://` URL, as `--db`),
 * into which the bundled summary is published (a no-op when it is already current there).
 */
export async function startBundledServers(
  variants: readonly ServerVariant[],
  db?: string,
): Promise<{
  readonly servers: readonly BundledServer[];
  /** The published Chinese catalog the servers serve (for building requests over it). */
  readonly catalog: Catalog;
  close(): Promise<void>;
}> {
  const store = db === undefined ? await openSqliteCatalogStore(':memory:') : await openStoreFor(db, 'write');
  const service = createCatalogService(store);
  await service.ingest(bundledIngestRequest());
  const published = await service.findPublished('zh');
  if (published === undefined) throw new Error('the bundled summary is not published');
  const base = bundledKnowledge();
  const knowledge = createKnowledgeService(service, base);
  // The editors' use cases, as `somkb serve` has them: every request passes the caller's middleware
  // (the readers measured carry no session, so it looks nothing up).
  const editorial = await openEditorialStoreFor(':memory:');
  const audit = createAuditService(editorial.audit);
  const editors = {
    accounts: createAccountService({ accounts: editorial.accounts, audit }),
    audit,
    drafts: createDraftService({
      drafts: editorial.drafts,
      knowledge: editorial.knowledge,
      audit,
      accounts: editorial.accounts,
      catalogs: service,
      knowledgeSource: bundledKnowledgeSource(editorial.knowledge),
    }),
  };
  const servers = await Promise.all(
    variants.map(async ({ resultCacheEntries, ...variant }) => {
      const searches = createSearchService(
        service,
        base,
        resultCacheEntries === undefined ? {} : { resultCacheEntries },
      );
      const app = createApp({
        loadPublished: () => service.findPublished('zh'),
        loadKnowledge: () => knowledge.current('zh'),
        search: (request) => searches.search(request),
        version: 'bench',
        editors,
        ...variant,
      });
      const server = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' });
      await new Promise<void>((resolve) =>
        server.once('listening', () => {
          resolve();
        }),
      );
      return {
        origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
        close: () =>
          new Promise<void>((resolve) =>
            server.close(() => {
              resolve();
            }),
          ),
      };
    }),
  );
  return {
    servers,
    catalog: published.catalog,
    close: async () => {
      for (const server of servers) await server.close();
      await editorial.close();
      await store.close();
    },
  };
}

/**
 * Runs autocannon with `options` and resolves with its result. Its requests are sent from one worker
 * thread, as a client process would send them: on the server's own thread, making and reading the
 * requests took as much time as answering them, and the server was measured at half its speed.
 */
export function runAutocannon(options: autocannon.Options): Promise<autocannon.Result> {
  return new Promise((resolve, reject) => {
    autocannon({ workers: 1, ...options }, (error, result) => {
      if (error !== null && error !== undefined)
        reject(error instanceof Error ? error : new Error(String(error)));
      else resolve(result);
    });
  });
}

/** What one load run measured: requests per second (autocannon's average), latencies, sizes, failures. */
export interface LoadResult {
  /** The path loaded, or `N searches` when several were sent in turn. */
  readonly path: string;
  readonly requestsPerSecond: number;
  readonly p50Ms: number;
  readonly p99Ms: number;
  readonly bytesPerResponse: number;
  readonly non2xx: number;
  readonly errors: number;
}

/** The figures of an autocannon run over `path`: requests per second (its average), latency, bytes per response, failures. */
function loadResultOf(path: string, result: autocannon.Result): LoadResult {
  return {
    path,
    requestsPerSecond: Math.round(result.requests.average),
    p50Ms: result.latency.p50,
    p99Ms: result.latency.p99,
    bytesPerResponse: Math.round(result.throughput.total / Math.max(1, result.requests.total)),
    non2xx: result.non2xx,
    errors: result.errors,
  };
}

/**
 * Loads `paths` of `origin` in turn: checks that each answers 200, warms up for 2 s, then measures
 * for `duration` seconds with `connections` connections, sending `headers` with every request.
 */
export async function measurePaths(
  origin: string,
  paths: readonly string[],
  options: {
    readonly connections: number;
    readonly duration: number;
    readonly headers?: Record<string, string>;
  },
): Promise<LoadResult> {
  const { connections, duration, headers = {} } = options;
  for (const path of paths) {
    const check = await fetch(`${origin}${path}`, { headers });
    if (check.status !== 200) throw new Error(`${path} answered ${check.status}`);
  }
  const first = paths[0] ?? '/';
  const url = `${origin}${first}`;
  const requests = paths.map((path) => ({ method: 'GET' as const, path }));
  await runAutocannon({ url, headers, connections, duration: 2, requests });
  const result = await runAutocannon({ url, headers, connections, duration, requests });
  return loadResultOf(paths.length === 1 ? first : `${paths.length} searches`, result);
}

/** One request of a load run: its path and the headers it is sent with. */
export interface LoadRequest {
  readonly path: string;
  readonly headers: Record<string, string>;
}

/**
 * A setup of autocannon's clients (a CommonJS module, as autocannon's worker requires one by path)
 * for `connections` connections: each starts its pass through the requests at its own share of the
 * list, rather than every connection sending the same request at the same time.
 */
const spreadRequests = (connections: number): string => `'use strict';
const connections = ${String(connections)};
let clients = 0;
module.exports = function spreadRequests(client) {
  const requests = client.opts.requests;
  const start = Math.floor(((clients++ % connections) * requests.length) / connections);
  client.setRequests(requests.slice(start).concat(requests.slice(0, start)));
};
`;

/**
 * Loads `measured` of `origin` for `duration` seconds with `connections` connections, after a 2 s
 * warm-up over `warmUp` only; each connection goes through the list from its own share of it (the
 * first connection from the start, the second from a tenth of the way with ten…), so that a request
 * measured has not been sent before, until the connections reach the shares already sent: what the
 * server keeps per request (memos, caches) helps no more than with real traffic. The warm-up requests
 * are checked to answer 200 first; a non-2xx while measuring is counted in `non2xx`. `sent` in the
 * result is how many requests were measured, against `measured.length` distinct ones.
 */
export async function measureDistinct(
  origin: string,
  warmUp: readonly LoadRequest[],
  measured: readonly LoadRequest[],
  options: { readonly connections: number; readonly duration: number },
): Promise<LoadResult & { readonly distinct: number; readonly sent: number }> {
  const { connections, duration } = options;
  for (const { path, headers } of warmUp) {
    const response = await fetch(`${origin}${path}`, { headers });
    await response.arrayBuffer();
    if (response.status !== 200) throw new Error(`${path} answered ${response.status}`);
  }
  const asRequests = (requests: readonly LoadRequest[]): autocannon.Request[] =>
    requests.map(({ path, headers }) => ({ method: 'GET', path, headers }));
  const folder = await mkdtemp(join(tmpdir(), 'somkb-bench-'));
  const file = join(folder, 'spread-requests.cjs');
  await writeFile(file, spreadRequests(connections));
  // With workers, autocannon takes the path of the module rather than the function its types name.
  const setupClient = file as unknown as NonNullable<autocannon.Options['setupClient']>;
  try {
    const url = `${origin}${warmUp[0]?.path ?? '/'}`;
    await runAutocannon({ url, connections, duration: 2, requests: asRequests(warmUp), setupClient });
    const result = await runAutocannon({
      url,
      connections,
      duration,
      requests: asRequests(measured),
      setupClient,
    });
    return {
      ...loadResultOf(`${measured.length} distinct searches`, result),
      distinct: measured.length,
      sent: result.requests.total,
    };
  } finally {
    await rm(folder, { recursive: true, force: true });
  }
}
