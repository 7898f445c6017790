import { describe, expect, it } from 'vitest';
import { formatRanges, numberRuns } from './number-ranges.js';

describe('formatRanges', () => {
  it('compacts consecutive numbers into ranges', () => {
    expect(formatRanges([4, 5, 6, 7, 8, 9])).toBe('4-9');
    expect(formatRanges([16, 18, 19, 20])).toBe('16,18-20');
    expect(formatRanges([1, 2])).toBe('1-2');
    expect(formatRanges([7])).toBe('7');
    expect(formatRanges([])).toBe('');
    expect(formatRanges([3, 5, 7])).toBe('3,5,7');
  });

  it('writes the CLI style: an en dash from three numbers, shorter runs number by number', () => {
    const cli = { separator: ', ', dash: '–', shortestRange: 3 };
    expect(formatRanges([4, 5, 6, 9, 10, 12], cli)).toBe('4–6, 9, 10, 12');
    expect(formatRanges([1, 2], cli)).toBe('1, 2');
    expect(formatRanges([8], cli)).toBe('8');
  });

  it('keeps the order it is given', () => {
    expect(formatRanges([9, 10, 1, 2])).toBe('9-10,1-2');
    expect(numberRuns([9, 10, 1])).toEqual([
      { first: 9, last: 10 },
      { first: 1, last: 1 },
    ]);
  });
});
