import { describe, expect, it } from 'vitest';
import { entryOf, remember } from './bounded-memo.js';

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

describe('entryOf', () => {
  it('makes an entry of a Map or a WeakMap once and gives the same one after', () => {
    const byKey = new WeakMap<object, Map<string, number>>();
    const key = {};
    let made = 0;
    const make = (): Map<string, number> => {
      made++;
      return new Map();
    };
    const first = entryOf(byKey, key, make);
    expect(entryOf(byKey, key, make)).toBe(first);
    expect(entryOf(byKey, {}, make)).not.toBe(first);
    expect(made).toBe(2);
    expect(entryOf(first, 'a', () => 1)).toBe(1);
    expect(entryOf(first, 'a', () => 2)).toBe(1);
    expect([...first]).toEqual([['a', 1]]);
  });
});
