/** What the benchmarks report of a series of timed runs, in milliseconds. */
export interface Timing {
  readonly medianMs: number;
  readonly p95Ms: number;
  readonly fastestMs: number;
}

/** The median, 95th percentile and fastest of `samples` (milliseconds), to two decimals. */
export function summarize(samples: readonly number[]): Timing {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (q: number): number => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? NaN;
  const round = (value: number): number => Number(value.toFixed(2));
  return { medianMs: round(at(0.5)), p95Ms: round(at(0.95)), fastestMs: round(sorted[0] ?? NaN) };
}
