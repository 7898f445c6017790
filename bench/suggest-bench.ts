/**
 * Speed of suggestions as one types, in one process:
 *
 *   tsx bench/suggest-bench.ts [--http-sample N]        (default N = 5000)
 *
 * The catalog: the fixture summary in its six language versions (test/fixtures/languages/, the same
 * papers and paragraphs in each), published into an in-memory SQLite store, with the bundled knowledge,
 * wired as `somkb serve` wires them (the knowledge service, `listPublished`, the app's suggest
 * service over them). The queries: every prefix (by character) of every name the suggestion index
 * holds (every label of every concept in the six languages, every paper's symbol and subject in each
 * published language, every mechanism's names), each asked once, in a reader language taken in turn
 * from the six.
 *
 * Measured, each after a warm-up pass over 1,000 of the queries:
 * - the service: `SuggestService.suggest` (the store's current versions and the knowledge looked up,
 *   the index read), every query, timed one by one;
 * - the route: `GET /api/v1/suggest?q=…&lang=…` through the app's `fetch` (no socket: the server's
 *   own time, from the request to the serialized answer), for N of the queries spread evenly, in
 *   wall time and in CPU time (the process's user + system time: without the time it waited for a
 *   core, which on a shared machine makes most of the wall time's tail); and `GET /api/v1/health`
 *   as many times the same way, the baseline of any request's cost and of the machine's tail; then
 *   the same N requests again, each answered from what the service and the route kept (readers
 *   typing the same first letters). Warm-ups ask the same lookups under another text (a space
 *   before it), so that the timed pass finds no answer kept;
 * - the time to build the index once (the first lookup after a publish).
 * p50, p99 and the slowest, in milliseconds. The goal: p99 under 2 ms of server time (the service's,
 * and the route's wall time from the request to the serialized answer). The CPU times are shown beside
 * it, not judged: they count every thread of the process (the collector's too) in the kernel's
 * accounting steps, so that a request can show more CPU time than wall time. The last line printed
 * is one JSON object.
 */
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import type { Language } from '../src/domain/index.js';
import { UN_LANGUAGES } from '../src/domain/index.js';
import { createApp } from '../src/http/index.js';
import {
  createCatalogService,
  createKnowledgeService,
  createSearchService,
  createSuggestService,
} from '../src/services/index.js';
import { openSqliteCatalogStore } from '../src/store/index.js';
import { buildSuggestIndex } from '../src/suggest/index.js';
import { bundledKnowledge } from '../test/support/knowledge.js';
import { languageFixtureRequest } from '../test/support/language-fixtures.js';

const GOAL_P99_MS = 2;

const { values } = parseArgs({ options: { 'http-sample': { type: 'string', default: '5000' } } });
const httpSample = Math.max(1, Number.parseInt(values['http-sample'], 10) || 5000);

/** p50, p99 and the slowest of `samples` (milliseconds), to three decimals. */
function summarize(samples: readonly number[]): { p50Ms: number; p99Ms: number; maxMs: number } {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (q: number): number => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? NaN;
  const round = (value: number): number => Number(value.toFixed(3));
  return { p50Ms: round(at(0.5)), p99Ms: round(at(0.99)), maxMs: round(sorted[sorted.length - 1] ?? NaN) };
}

const store = await openSqliteCatalogStore(':memory:');
const catalogs = createCatalogService(store);
for (const language of ['zh', 'en', 'fr', 'es', 'ru', 'ar'] as const)
  await catalogs.ingest(languageFixtureRequest(language));
const base = bundledKnowledge();
const knowledge = createKnowledgeService(catalogs, base);
const searches = createSearchService(catalogs, base);
const deps = {
  listPublished: () => catalogs.listPublished(),
  knowledge: () => knowledge.current('zh'),
};
const service = createSuggestService(deps);
const app = createApp({
  loadPublished: () => catalogs.findPublished('zh'),
  listPublished: deps.listPublished,
  loadKnowledge: deps.knowledge,
  search: (request) => searches.search(request),
  suggest: service,
  version: 'bench',
});

// The names of the index, as the service builds it, and the time to build it.
const published = await catalogs.listPublished();
const zh = await knowledge.current('zh');
const sources = {
  concepts: zh?.concepts ?? [],
  mechanisms: zh?.mechanisms ?? [],
  catalogs: published.map((entry) => entry.catalog),
};
const buildStart = performance.now();
const index = buildSuggestIndex(sources);
const buildMs = Number((performance.now() - buildStart).toFixed(1));

const typed = new Set<string>();
for (const name of index.labelText) {
  const characters = Array.from(name);
  for (let length = 1; length <= characters.length; length++) typed.add(characters.slice(0, length).join(''));
}
const queries = [...typed];
const languageOf = (at: number): Language => UN_LANGUAGES[at % UN_LANGUAGES.length] ?? 'zh';
console.log(
  `${String(index.labelText.length)} names (${String(index.prefixKeys.length)} prefix keys), ${String(queries.length)} distinct prefixes; index built in ${String(buildMs)} ms`,
);

// The service.
const warmUp = queries.filter((_, at) => at % Math.max(1, Math.floor(queries.length / 1000)) === 0);
// Warmed up with the text after a space: the same work, but not an answer the timed pass finds kept.
for (const [at, query] of warmUp.entries())
  await service.suggest({ query: ` ${query}`, language: languageOf(at) });
collect();
const serviceTimes: number[] = [];
let answered = 0;
for (const [at, query] of queries.entries()) {
  const start = performance.now();
  const found = await service.suggest({ query, language: languageOf(at) });
  serviceTimes.push(performance.now() - start);
  if (found.length > 0) answered++;
}
const serviceTiming = summarize(serviceTimes);
console.log(
  `service: ${String(queries.length)} lookups, p50 ${String(serviceTiming.p50Ms)} ms, p99 ${String(serviceTiming.p99Ms)} ms, slowest ${String(serviceTiming.maxMs)} ms; ${String(answered)} with suggestions`,
);

// The route, through the app's fetch, and the health route the same way: the baseline of what any
// request costs the app (middleware, headers) and of the machine's tail.
const step = Math.max(1, Math.floor(queries.length / httpSample));
const sampled = queries.filter((_, at) => at % step === 0).slice(0, httpSample);
const url = (query: string, at: number): string =>
  `http://localhost/api/v1/suggest?${new URLSearchParams({ q: query.slice(0, 200), lang: languageOf(at) }).toString()}`;
/** The same lookup's work under another text (a space before it): a warm-up that leaves no answer kept for the timed pass. */
const warmUpUrl = (query: string, at: number): string => url(` ${query.slice(0, 198)}`, at);

/** A full garbage collection when node runs with --expose-gc (as `npm run bench:suggest` does): each pass starts without the garbage of the one before. */
function collect(): void {
  (globalThis as { gc?: () => void }).gc?.();
}

/** Wall and CPU time (the process's user + system time, so without the time the process waited for a core) of each request. */
async function timeRequests(
  urls: readonly string[],
  warmUps: readonly string[],
): Promise<{ wall: number[]; cpu: number[]; failures: number }> {
  for (const each of warmUps.slice(0, 1000)) await (await app.fetch(new Request(each))).text();
  collect();
  const wall: number[] = [];
  const cpu: number[] = [];
  let failures = 0;
  for (const each of urls) {
    const start = performance.now();
    const used = process.cpuUsage();
    const response = await app.fetch(new Request(each));
    await response.text();
    const spent = process.cpuUsage(used);
    wall.push(performance.now() - start);
    cpu.push((spent.user + spent.system) / 1000);
    if (response.status !== 200) failures++;
  }
  return { wall, cpu, failures };
}

const route = await timeRequests(sampled.map(url), sampled.map(warmUpUrl));
const routeTiming = summarize(route.wall);
const routeCpu = summarize(route.cpu);
// The same requests again: every answer is one the service and the route kept (readers typing the same letters).
const repeated = await timeRequests(sampled.map(url), []);
const repeatedTiming = summarize(repeated.wall);
const repeatedCpu = summarize(repeated.cpu);
const healthUrls = sampled.map(() => 'http://localhost/api/v1/health');
const health = await timeRequests(healthUrls, healthUrls);
const healthTiming = summarize(health.wall);
const healthCpu = summarize(health.cpu);
console.log(
  `route: ${String(sampled.length)} requests, p50 ${String(routeTiming.p50Ms)} ms, p99 ${String(routeTiming.p99Ms)} ms (CPU p50 ${String(routeCpu.p50Ms)} ms, p99 ${String(routeCpu.p99Ms)} ms), slowest ${String(routeTiming.maxMs)} ms; ${String(route.failures)} not 200`,
);
console.log(
  `route, the same requests again (answers kept): p50 ${String(repeatedTiming.p50Ms)} ms, p99 ${String(repeatedTiming.p99Ms)} ms (CPU p50 ${String(repeatedCpu.p50Ms)} ms, p99 ${String(repeatedCpu.p99Ms)} ms)`,
);
console.log(
  `baseline, /api/v1/health: p50 ${String(healthTiming.p50Ms)} ms, p99 ${String(healthTiming.p99Ms)} ms (CPU p50 ${String(healthCpu.p50Ms)} ms, p99 ${String(healthCpu.p99Ms)} ms)`,
);
await store.close();

console.log(
  JSON.stringify({
    names: index.labelText.length,
    prefixes: queries.length,
    buildMs,
    service: { lookups: queries.length, ...serviceTiming },
    route: {
      requests: sampled.length,
      failures: route.failures,
      ...routeTiming,
      cpuP50Ms: routeCpu.p50Ms,
      cpuP99Ms: routeCpu.p99Ms,
    },
    routeRepeated: { ...repeatedTiming, cpuP50Ms: repeatedCpu.p50Ms, cpuP99Ms: repeatedCpu.p99Ms },
    health: { ...healthTiming, cpuP50Ms: healthCpu.p50Ms, cpuP99Ms: healthCpu.p99Ms },
    goal: {
      p99Ms: GOAL_P99_MS,
      serviceMet: serviceTiming.p99Ms < GOAL_P99_MS,
      routeMet: routeTiming.p99Ms < GOAL_P99_MS,
    },
  }),
);
