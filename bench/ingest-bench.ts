/**
 * Benchmark of ingest (decode, parse, validate), in one process:
 * - the bundled summary, median and p95 of many runs (goal: median under 50 ms);
 * - a valid synthetic summary of about 10 MB, reported in MB/s;
 * - against a baseline on the same bytes that only decodes and splits lines, as a ratio;
 * - the summary as a Word file in the UN layout (somkb's own rendering) and as the PDF LibreOffice
 *   makes of it, both made before timing, read by the source reader and ingested (goals: Word under
 *   300 ms, PDF under 1 s, median of several runs).
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { renderUnLayoutDocx } from '../src/export/index.js';
import { ingestSourceText, ingestSummary } from '../src/ingest/index.js';
import { createSourceReader } from '../src/sources/index.js';
import { convertToPdf } from '../src/export/testing/office-text.js';
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

async function timeAsync(runs: number, work: () => Promise<void>): Promise<Timing> {
  await work();
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    await work();
    samples.push(performance.now() - start);
  }
  samples.sort((a, b) => a - b);
  return { median: samples[Math.floor(samples.length / 2)] ?? NaN, p95: samples.at(-1) ?? NaN };
}

const office = mkdtempSync(join(tmpdir(), 'somkb-bench-ingest-'));
const reader = createSourceReader();
async function ingestFile(bytes: Uint8Array, name: string): Promise<void> {
  const report = ingestSourceText(await reader(bytes, { name }), { language: 'zh', name });
  if (!report.ok) throw new Error(`${name} does not ingest: ${report.anomalies[0]?.message ?? ''}`);
}
const catalog = ingestSummary(summary, { language: 'zh', name: 'bench' }).catalog;
if (catalog === undefined) throw new Error('the bundled summary does not ingest');
const docxPath = join(office, 'summary.docx');
writeFileSync(docxPath, await renderUnLayoutDocx(catalog));
const docxBytes = readFileSync(docxPath);
const pdfBytes = readFileSync(await convertToPdf(docxPath, office));
const word = await timeAsync(15, () => ingestFile(docxBytes, 'summary.docx'));
const pdf = await timeAsync(15, () => ingestFile(pdfBytes, 'summary.pdf'));
rmSync(office, { recursive: true, force: true });

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
console.log(`the summary as files (read and ingested), 15 runs each:`);
console.log(
  `  Word (${(docxBytes.length / 1024).toFixed(1)} KiB)  median ${round(word.median, 1)} ms, slowest ${round(word.p95, 1)} ms (goal: < 300 ms)`,
);
console.log(
  `  PDF (${(pdfBytes.length / 1024).toFixed(1)} KiB)  median ${round(pdf.median, 1)} ms, slowest ${round(pdf.p95, 1)} ms (goal: < 1000 ms)`,
);
console.log(
  JSON.stringify({
    word: { bytes: docxBytes.length, medianMs: round(word.median, 1), slowestMs: round(word.p95, 1) },
    pdf: { bytes: pdfBytes.length, medianMs: round(pdf.median, 1), slowestMs: round(pdf.p95, 1) },
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
