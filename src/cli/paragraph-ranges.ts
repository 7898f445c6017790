import { formatRanges } from '../domain/index.js';

/** How the CLI writes paragraph ranges: `4–6, 9, 10`. */
const CLI_RANGES = { separator: ', ', dash: '–', shortestRange: 3 } as const;

/** Paragraph numbers for a terminal: `para. 4`, `paras 4–9, 12`, or `no paragraph`. */
export function formatParagraphs(numbers: readonly number[]): string {
  return numbers.length === 0
    ? 'no paragraph'
    : `${numbers.length === 1 ? 'para.' : 'paras'} ${formatRanges(numbers, CLI_RANGES)}`;
}
