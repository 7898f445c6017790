/**
 * Speed of briefing packs and Word exports for the whole bundled catalog, in one process:
 *
 *   tsx bench/brief-bench.ts [--runs N]      (default N = 10)
 *
 * For each briefing format (docx, html, md): `buildBriefing` of the whole catalog (English headings)
 * plus the renderer, i.e. what `somkb brief` and the API do once the catalog and its knowledge are
 * loaded; the same as bilingual packs (`--parallel-lang`: each paragraph beside its text in a second
 * language version, here a fixture copy of the catalog as `makeLanguageVersion` of the tests makes
 * it, as long as the Chinese text: a table per paragraph in Word); then `renderDocx` of the whole
 * catalog (`somkb export --format docx`). Each is run 3 times
 * to warm up, then N times; the median and the slowest of the N are printed in ms. The knowledge of
 * the catalog (`describeCatalog`, cached per published version by callers) is timed apart. Goal:
 * under 1,000 ms for each format. The last line printed is one JSON object.
 */
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import { BRIEFING_FORMATS, buildBriefing, renderBriefing } from '../src/brief/index.js';
import { renderDocx } from '../src/export/index.js';
import { describeCatalog } from '../src/knowledge/index.js';
import { loadBundledCatalog, loadBundledKnowledge } from '../eval/systems.js';
import { makeLanguageVersion } from '../test/support/language-versions.js';

const WARM_UP_RUNS = 3;
const GOAL_MS = 1000;

interface Timing {
  readonly medianMs: number;
  readonly maxMs: number;
  /** Size of the output: characters for text, bytes for Word. */
  readonly size: number;
}

/** Runs `work` WARM_UP_RUNS times, then `runs` times, and reports the median and the slowest run. */
async function time(runs: number, work: () => Promise<number>): Promise<Timing> {
  let size = 0;
  for (let i = 0; i < WARM_UP_RUNS; i++) size = await work();
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    size = await work();
    samples.push(performance.now() - start);
  }
  samples.sort((a, b) => a - b);
  const round = (ms: number): number => Math.round(ms * 10) / 10;
  return {
    medianMs: round(samples[Math.floor((samples.length - 1) / 2)] ?? NaN),
    maxMs: round(samples[samples.length - 1] ?? NaN),
    size,
  };
}

const { values } = parseArgs({ options: { runs: { type: 'string', default: '10' } } });
const runs = Number(values.runs);
if (!Number.isInteger(runs) || runs < 1)
  throw new Error(`--runs is a whole number from 1 (got ${values.runs})`);

const catalog = loadBundledCatalog();
const base = loadBundledKnowledge();
const knowledgeTiming = await time(runs, () =>
  Promise.resolve(describeCatalog(catalog, base).references.length),
);
const knowledge = describeCatalog(catalog, base);
console.log(
  `catalog: ${catalog.paragraphs.length} paragraphs; knowledge (describeCatalog): median ${knowledgeTiming.medianMs} ms`,
);

const results: Record<string, Timing> = {};
for (const format of BRIEFING_FORMATS) {
  results[`brief-${format}`] = await time(runs, async () => {
    const briefing = buildBriefing(catalog, knowledge, { selection: {}, date: '2025-03-04' });
    const file = await renderBriefing(briefing, format);
    return typeof file.body === 'string' ? file.body.length : file.body.byteLength;
  });
}
const parallel = makeLanguageVersion(catalog, 'en');
for (const format of BRIEFING_FORMATS) {
  results[`bilingual-${format}`] = await time(runs, async () => {
    const briefing = buildBriefing(catalog, knowledge, { selection: {}, date: '2025-03-04', parallel });
    const file = await renderBriefing(briefing, format);
    return typeof file.body === 'string' ? file.body.length : file.body.byteLength;
  });
}
results['export-docx'] = await time(runs, async () => (await renderDocx(catalog, knowledge)).byteLength);

for (const [name, timing] of Object.entries(results)) {
  const verdict = timing.medianMs < GOAL_MS ? 'ok' : `OVER the ${GOAL_MS} ms goal`;
  console.log(
    `${name.padEnd(14)} median ${String(timing.medianMs).padStart(7)} ms   max ${String(timing.maxMs).padStart(7)} ms   size ${timing.size}   ${verdict}`,
  );
}
console.log(
  JSON.stringify({
    bench: 'brief',
    runs,
    paragraphs: catalog.paragraphs.length,
    goalMs: GOAL_MS,
    knowledgeMs: knowledgeTiming.medianMs,
    results,
  }),
);
