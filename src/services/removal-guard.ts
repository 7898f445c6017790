import type { Catalog, CatalogRemovals } from '../domain/index.js';
import { describeRemovals, findRemovals, hasRemovals } from '../domain/index.js';
import { SomkbError } from '../errors/index.js';
import type { PublishedCatalog } from '../store/index.js';

/** Options of {@link guardRemovals}. */
export interface RemovalGuardOptions {
  /** Publish even when paragraphs, papers or themes would be removed (`--allow-removals`). */
  readonly allowRemovals?: boolean;
  /** Where the new content comes from (a file name, `version 3`), for the error's `where`. */
  readonly where?: string;
}

/**
 * The guard every publish of new content passes (an ingest, a rollback, an editor's publish): a
 * catalog that would remove paragraphs, papers or themes of the `current` version of its document
 * and language is refused unless removals are allowed. A copy of a summary cut between two
 * paragraphs is valid on its own, so only the comparison with what is published catches it.
 *
 * Returns what to record in the new version (`PublishOptions.removals`): the removals when they
 * were allowed, `undefined` when nothing is removed or nothing was published yet. Publish with
 * `base: current?.version ?? null`, so that a publish made meanwhile fails with CONFLICT instead of
 * escaping the guard.
 *
 * @throws SomkbError `REMOVALS_REFUSED` naming, compactly, what would be removed and from which
 *   version; nothing was published.
 */
export function guardRemovals(
  current: PublishedCatalog | undefined,
  next: Catalog,
  options: RemovalGuardOptions = {},
): CatalogRemovals | undefined {
  if (current === undefined) return undefined;
  const removals = findRemovals(current.catalog, next);
  if (!hasRemovals(removals)) return undefined;
  if (options.allowRemovals === true) return removals;
  throw new SomkbError(
    'REMOVALS_REFUSED',
    `not published: it would remove ${describeRemovals(removals)} of version ${current.version} of ` +
      `${current.documentId} (${current.language}); if the text is complete and that is intended, ` +
      `allow removals (--allow-removals)`,
    options.where === undefined ? {} : { where: options.where },
  );
}
