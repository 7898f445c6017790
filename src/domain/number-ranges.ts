/** A run of consecutive whole numbers, `first` to `last` inclusive (equal for a single number). */
export interface NumberRun {
  readonly first: number;
  readonly last: number;
}

/** How {@link formatRanges} writes runs. */
export interface RangeStyle {
  /** Between runs; default `,`. */
  readonly separator?: string;
  /** Between the ends of a run; default `-`. */
  readonly dash?: string;
  /**
   * The fewest numbers a run must hold to be written with a dash; shorter runs are written number by
   * number. Default 2 (`1-2`); 3 writes `1, 2` but `1–3`.
   */
  readonly shortestRange?: number;
}

/**
 * The runs of consecutive numbers in a list, in the list's order: `[16, 18, 19, 20]` →
 * `[{16,16}, {18,20}]`. A run is a sequence of numbers each one more than the previous.
 */
export function numberRuns(numbers: readonly number[]): NumberRun[] {
  const runs: NumberRun[] = [];
  for (const number of numbers) {
    const last = runs[runs.length - 1];
    if (last !== undefined && number === last.last + 1)
      runs[runs.length - 1] = { first: last.first, last: number };
    else runs.push({ first: number, last: number });
  }
  return runs;
}

/**
 * Writes numbers (paragraph numbers) as compact ranges, the one way somkb writes them everywhere:
 * `[4, 5, 6, 7, 8, 9]` → `4-9`, `[16, 18, 19, 20]` → `16,18-20` by default; the CSV export, the
 * briefing pack's cover and the CLI's listings differ only in {@link RangeStyle}. Order is kept.
 */
export function formatRanges(numbers: readonly number[], style: RangeStyle = {}): string {
  const separator = style.separator ?? ',';
  const dash = style.dash ?? '-';
  const shortest = style.shortestRange ?? 2;
  return numberRuns(numbers)
    .flatMap(({ first, last }) => {
      if (first === last) return [String(first)];
      if (last - first + 1 >= shortest) return [`${first}${dash}${last}`];
      const each: string[] = [];
      for (let number = first; number <= last; number++) each.push(String(number));
      return each;
    })
    .join(separator);
}
