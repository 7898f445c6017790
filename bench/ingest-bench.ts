/**
 * Benchmark of ingest (decode, parse, validate), in one process:
 * - the bundled summary, median and p95 of many runs (goal: median under 50 ms);
 * - a valid synthetic summary of about 10 MB, reported in MB/s;
 * - against a baseline on the same bytes that only decodes and splits lines, as a ratio.
 */
import { performance } from 'node:perf_hooks';
import { ingestSummary } from '../src/ingest/index.js';
import { readCorpusBytes, readCorpusText } from '../test/support/corpus.js';
import { makeLargeSummary } from '../test/support/synthetic-summary.js';

interface Timing {
  readonly median: number;
  readonly p95: number;
}

function time(runs: number, work: () => void): Timing {
  for (let i = 0; i < Math.min(5, runs); i++) work();
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    work();
    samples.push(performance.now() - start);
  }
  samples.sort((a, b) => a - b);
  const at = (q: number): number =>
    samples[Math.min(samples.length - 1, Math.floor(q * samples.length))] ?? NaN;
  return { median: at(0.5), p95: at(0.95) };
}

function baseline(bytes: Uint8Array): number {
  return new TextDecoder('utf-8', { fatal: true }).decode(bytes).split('\n').length;
}

function ingest(bytes: Uint8Array): void {
  const report = ingestSummary(bytes, { language: 'zh', name: 'bench' });
  if (!report.ok) throw new Error(`benchmark input does not ingest: ${report.anomalies[0]?.message ?? ''}`);
}

const summary = readCorpusBytes();
const large = Buffer.from(makeLargeSummary(readCorpusText(), 10 * 1024 * 1024));
const megabytes = large.length / (1024 * 1024);

const small = time(300, () => {
  ingest(summary);
});
const smallBaseline = time(300, () => baseline(summary));
const big = time(9, () => {
  ingest(large);
});
const bigBaseline = time(9, () => baseline(large));

const round = (value: number, digits = 2): number => Number(value.toFixed(digits));
console.log(`bundled summary (${(summary.length / 1024).toFixed(1)} KiB), 300 runs:`);
console.log(
  `  somkb ingest   median ${round(small.median, 3)} ms, p95 ${round(small.p95, 3)} ms (goal: median < 50 ms)`,
);
console.log(
  `  decode+split   median ${round(smallBaseline.median, 3)} ms  → ratio ${round(small.median / smallBaseline.median, 1)}×`,
);
console.log(`synthetic summary (${megabytes.toFixed(1)} MiB), 9 runs:`);
console.log(
  `  somkb ingest   median ${round(big.median)} ms = ${round(megabytes / (big.median / 1000), 1)} MB/s`,
);
console.log(
  `  decode+split   median ${round(bigBaseline.median)} ms = ${round(megabytes / (bigBaseline.median / 1000), 1)} MB/s → ratio ${round(big.median / bigBaseline.median, 1)}×`,
);
console.log(
  JSON.stringify({
    summary: {
      bytes: summary.length,
      medianMs: round(small.median, 3),
      p95Ms: round(small.p95, 3),
      baselineMedianMs: round(smallBaseline.median, 3),
    },
    large: {
      bytes: large.length,
      medianMs: round(big.median),
      mbPerSecond: round(megabytes / (big.median / 1000), 1),
      baselineMbPerSecond: round(megabytes / (bigBaseline.median / 1000), 1),
    },
  }),
);
