/**
 * Whether building the search index holds the server: the first search after a publish, measured as
 * a health check would feel it, with the index built in the calling thread (the way before issue 16,
 * the baseline) and in a worker thread (what `somkb serve` and `start` do), one after the other in one
 * process:
 *
 *   tsx bench/rebuild-bench.ts [--megabytes N]      (default 10: about 20,000 paragraphs)
 *
 * The catalog: the bundled summary made `--megabytes` long by `makeLargeSummary` (its last paper's
 * paragraphs repeated, renumbered), published in Chinese in an in-memory SQLite store through the
 * catalog service, with the bundled knowledge. For each builder: a search service over it prepares
 * the first index; then a second version is published (one paragraph changed) and, while a timer
 * fires every 5 ms (the health check), a search is asked for, and searches go on every 5 ms until one
 * is answered from the new version. Reported: `rebuildMs` (from the publish to the first answer from
 * the new version), `maxStallMs` and `p99StallMs` (how late the 5 ms timer fired, at worst and at the
 * 99th percentile: what a health check waits), `firstAnswerMs` (how long the first search after the
 * publish took to answer, from whichever index). The last line printed is one JSON object, with
 * `stallRatio` = the worker's `maxStallMs` over the calling thread's.
 */
import { createHash } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import type { SearchIndexBuilder } from '../src/services/index.js';
import {
  createCatalogService,
  createSearchService,
  createWorkerIndexBuilder,
  inProcessIndexBuilder,
} from '../src/services/index.js';
import { openSqliteCatalogStore } from '../src/store/index.js';
import { readCorpusText } from '../test/support/corpus.js';
import { bundledKnowledge } from '../test/support/knowledge.js';
import { makeLargeSummary } from '../test/support/synthetic-summary.js';

/** How often the health check's timer fires, in milliseconds. */
const TICK_MS = 5;
/** A word that no paragraph holds until the second version adds it. */
const NEW_WORD = '鲸鱼歌声';

interface Measure {
  readonly paragraphs: number;
  readonly rebuildMs: number;
  readonly firstAnswerMs: number;
  readonly maxStallMs: number;
  readonly p99StallMs: number;
}

function ingestRequest(text: string): { bytes: Buffer; name: string; language: 'zh'; sha256: string } {
  const bytes = Buffer.from(text);
  return {
    bytes,
    name: 'bench-summary.txt',
    language: 'zh',
    sha256: createHash('sha256').update(bytes).digest('hex'),
  };
}

async function measure(text: string, builder: SearchIndexBuilder): Promise<Measure> {
  const store = await openSqliteCatalogStore(':memory:');
  try {
    const catalogs = createCatalogService(store);
    await catalogs.ingest(ingestRequest(text));
    const catalog = await catalogs.catalog('zh');
    const searches = createSearchService(catalogs, bundledKnowledge(), {
      indexBuilder: builder,
      resultCacheEntries: 0,
    });
    await searches.prepare();
    const second = text.replace(/^(\s*77\.\s*)/m, `$1${NEW_WORD}。`);
    await catalogs.ingest(ingestRequest(second));

    const stalls: number[] = [];
    let expected = performance.now() + TICK_MS;
    const timer = setInterval(() => {
      const now = performance.now();
      stalls.push(Math.max(0, now - expected));
      expected = now + TICK_MS;
    }, TICK_MS);
    const started = performance.now();
    let firstAnswerMs = NaN;
    try {
      for (;;) {
        const asked = performance.now();
        const result = await searches.search({ query: NEW_WORD, limit: 1 });
        if (Number.isNaN(firstAnswerMs)) firstAnswerMs = performance.now() - asked;
        if (result.total > 0) break;
        await new Promise((resolve) => setTimeout(resolve, TICK_MS));
      }
    } finally {
      clearInterval(timer);
      // A thread held until now has not fired its timer: the wait since the last tick is a stall too.
      stalls.push(Math.max(0, performance.now() - expected));
    }
    const rebuildMs = performance.now() - started;
    stalls.sort((a, b) => a - b);
    return {
      paragraphs: catalog.paragraphs.length,
      rebuildMs: Math.round(rebuildMs),
      firstAnswerMs: Math.round(firstAnswerMs),
      maxStallMs: Math.round(stalls.at(-1) ?? 0),
      p99StallMs: Math.round(stalls[Math.floor(stalls.length * 0.99)] ?? 0),
    };
  } finally {
    await store.close();
  }
}

const { values } = parseArgs({ options: { megabytes: { type: 'string', default: '10' } } });
const megabytes = Number(values.megabytes);
if (!Number.isFinite(megabytes) || megabytes <= 0) {
  throw new Error(`--megabytes must be a positive number, not '${values.megabytes}'`);
}
const text = makeLargeSummary(readCorpusText(), megabytes * 1024 * 1024);
const inThread = await measure(text, inProcessIndexBuilder);
const inWorker = await measure(text, createWorkerIndexBuilder());
for (const [name, result] of [
  ['calling thread', inThread],
  ['worker thread', inWorker],
] as const) {
  console.log(
    `${name.padEnd(15)} ${String(result.paragraphs)} paragraphs  rebuild ${String(result.rebuildMs)} ms  ` +
      `first answer ${String(result.firstAnswerMs)} ms  stall max ${String(result.maxStallMs)} ms, p99 ${String(result.p99StallMs)} ms`,
  );
}
console.log(
  JSON.stringify({
    benchmark: 'rebuild',
    megabytes,
    callingThread: inThread,
    workerThread: inWorker,
    stallRatio: Math.round((inWorker.maxStallMs / Math.max(1, inThread.maxStallMs)) * 1000) / 1000,
  }),
);
