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
