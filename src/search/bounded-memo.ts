/**
 * The entry of `table` under `key`, made by `make` and kept the first time it is asked for. Not
 * bounded: for tables whose keys are bounded by what they stand for (an index, a language, a
 * catalog model, a table's name), which hold the bounded tables of {@link remember}.
 */
export function entryOf<K extends object, V>(table: WeakMap<K, V>, key: K, make: () => V): V;
export function entryOf<K, V>(table: Map<K, V>, key: K, make: () => V): V;
export function entryOf<K extends object, V>(table: Map<K, V> | WeakMap<K, V>, key: K, make: () => V): V {
  let value = table.get(key);
  if (value === undefined) {
    value = make();
    table.set(key, value);
  }
  return value;
}

/**
 * The value kept in `table` under `key`, computed and kept the first time it is asked for. Bounded,
 * since what users type is unbounded: a table holding `maxEntries` is cleared before it takes more
 * (clearing costs less than keeping an order of use, and the values are cheap to compute again).
 */
export function remember<K, V>(table: Map<K, V>, key: K, maxEntries: number, compute: () => V): V {
  let value = table.get(key);
  if (value === undefined) {
    if (table.size >= maxEntries) table.clear();
    value = compute();
    table.set(key, value);
  }
  return value;
}
