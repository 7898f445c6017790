import type { Messages } from '../messages/index.js';
import { entryOf } from '../search/index.js';
import type { PortalModel } from './portal-model.js';

/**
 * Most entries a table should keep (its keys are bounded by the catalog, and entries are cheap to make
 * again): callers keep entries with search's `remember(table, key, MODEL_TABLE_ENTRIES, make)`, which
 * clears a full table.
 */
export const MODEL_TABLE_ENTRIES = 20_000;

const tables = new WeakMap<PortalModel, WeakMap<Messages, Map<string, Map<unknown, unknown>>>>();

/**
 * A table of parts of pages that depend only on the catalog model, the interface language
 * (`messages`, one object per language) and the table's keys, named `name`: a facet value's label,
 * a hit's title and facts. A results page repeats the same themes, papers and paragraphs page after
 * page, and making their markup again was a third of rendering it. Kept with the model, so a new
 * catalog version starts afresh. Its keys are values the page already has (a facet value, a
 * paragraph number), not strings made to look them up: hashing a new key string for every hit cost
 * as much as the lookup saved. `name` must name everything besides the model, the language and the
 * key that an entry depends on.
 */
export function modelTable<K, V>(model: PortalModel, messages: Messages, name: string): Map<K, V> {
  const byMessages = entryOf(
    tables,
    model,
    () => new WeakMap<Messages, Map<string, Map<unknown, unknown>>>(),
  );
  const byName = entryOf(byMessages, messages, () => new Map<string, Map<unknown, unknown>>());
  return entryOf(byName, name, () => new Map<unknown, unknown>()) as Map<K, V>;
}
