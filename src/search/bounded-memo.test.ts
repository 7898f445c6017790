import { describe, expect, it } from 'vitest';
import { remember } from './bounded-memo.js';

describe('remember', () => {
  it('computes a value once, and clears a full table before keeping more', () => {
    const table = new Map<string, number>();
    let calls = 0;
    const square = (key: string): number =>
      remember(table, key, 2, () => {
        calls++;
        return Number(key) ** 2;
      });
    expect([square('3'), square('3'), square('4')]).toEqual([9, 9, 16]);
    expect(calls).toBe(2);
    expect(square('5')).toBe(25);
    expect([...table.keys()]).toEqual(['5']);
    expect(square('3')).toBe(9);
    expect(calls).toBe(4);
  });
});
