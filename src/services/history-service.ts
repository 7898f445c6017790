import { isDeepStrictEqual } from 'node:util';
import { SomkbError } from '../errors/index.js';
import type { CatalogDiff } from '../history/index.js';
import { diffCatalogs } from '../history/index.js';
import type { CatalogStore, PublishedCatalog, PublishResult, VersionRecord } from '../store/index.js';
import type { CatalogService } from './catalog-service.js';
import { createCatalogService } from './catalog-service.js';
import { guardRemovals } from './removal-guard.js';

/** The versions of one document, oldest first, as `somkb history` and `GET /api/v1/versions` show them. */
export interface DocumentHistory {
  readonly document: string;
  readonly versions: readonly VersionRecord[];
}

/** What {@link HistoryService.rollback} needs besides the version. */
export interface RollbackRequest {
  /** Who rolls back: a user's email, or `cli:<os user>` from the command line. */
  readonly by: string;
  /** Why; recorded with the new version (default empty). */
  readonly message?: string;
  /**
   * Publish even when the version brought back lacks paragraphs, papers or themes of the current
   * one (the removal guard of ingest); the new version then records what it removed. Default false.
   */
  readonly allowRemovals?: boolean;
  /** The document; default the one published. */
  readonly document?: string;
}

/**
 * The history use cases shared by the CLI, the API and the portal: the versions of a document, one
 * version, the diff of two, and a rollback. Every method takes the document's id, by default the
 * one published (the thematic summary); an empty store is `CATALOG_EMPTY`, an unknown document or
 * version `NOT_FOUND`.
 */
export interface HistoryService {
  /** Every version of the document, oldest first, in every language. */
  history(document?: string): Promise<DocumentHistory>;
  /** Version `n` of the document with its catalog; `NOT_FOUND` naming the version when it does not exist. */
  version(n: number, document?: string): Promise<PublishedCatalog>;
  /**
   * What changed from version `from` to version `to` (see `diffCatalogs`); `NOT_FOUND` for a
   * version that does not exist, `USAGE` for two versions in different languages.
   */
  diff(from: number, to: number, document?: string): Promise<CatalogDiff>;
  /**
   * Publishes the catalog of version `n` again, as a new version whose source keeps version `n`'s
   * name and SHA-256 and says `rollbackOf: n`. Refuses (`CONFLICT`, nothing written) the current
   * version or a version whose content is the current one's, and (`REMOVALS_REFUSED`) a version that
   * lacks paragraphs, papers or themes of the current one unless `allowRemovals`. The publish is
   * based on the current version: one published meanwhile makes it fail with `CONFLICT`.
   */
  rollback(n: number, request: RollbackRequest): Promise<PublishResult>;
}

/** How many versions' catalogs the service keeps once read (versions never change). */
const KEPT_VERSIONS = 8;
/** How many diffs the service keeps once made (the diff of two versions never changes). */
const KEPT_DIFFS = 16;

/** Checks that `n` can be a version number: a whole number from 1. */
function checkVersionNumber(n: number, where: string): void {
  if (!Number.isSafeInteger(n) || n < 1) {
    throw new SomkbError('USAGE', `'${String(n)}' is not a version number (1, 2, 3 …)`, { where });
  }
}

/** "versions 1–3" or "version 1": what exists, for a message. */
function describeVersions(records: readonly VersionRecord[]): string {
  const numbers = records.map((record) => record.version);
  const first = numbers[0];
  const last = numbers[numbers.length - 1];
  if (first === undefined || last === undefined) return 'no version';
  return first === last ? `only version ${first}` : `versions ${first}–${last}`;
}

/**
 * Creates the history service over a store. `catalogs` (by default a catalog service over the same
 * store) says which document is published, the default of every method.
 */
export function createHistoryService(store: CatalogStore, catalogs?: CatalogService): HistoryService {
  const published = catalogs ?? createCatalogService(store);
  const kept = new Map<string, PublishedCatalog>();
  const diffs = new Map<string, CatalogDiff>();

  async function defaultDocument(): Promise<string> {
    const ids = [...new Set((await published.listPublished()).map((entry) => entry.catalog.document.id))];
    const [only, ...others] = ids;
    if (only === undefined) {
      throw new SomkbError(
        'CATALOG_EMPTY',
        'nothing is published yet; run: somkb ingest <file> --lang <language>',
      );
    }
    if (others.length > 0) {
      throw new SomkbError(
        'USAGE',
        `several documents are published (${ids.join(', ')}): name one with --document`,
      );
    }
    return only;
  }

  async function historyOf(document?: string): Promise<DocumentHistory> {
    const id = document ?? (await defaultDocument());
    const versions = await store.history(id);
    if (versions.length === 0) {
      if (document === undefined) throw new SomkbError('CATALOG_EMPTY', 'nothing is published yet');
      const known = (await published.listPublished()).map((entry) => entry.catalog.document.id);
      const listed =
        known.length === 0 ? 'nothing is published yet' : `published: ${[...new Set(known)].join(', ')}`;
      throw new SomkbError('NOT_FOUND', `no document '${id}' in the store (${listed})`);
    }
    return { document: id, versions };
  }

  /**
   * Version `n` of `id`, read once and kept: a version never changes, so a kept one answers without
   * asking the store (the portal asks for the same versions on many requests).
   */
  async function versionOf(
    n: number,
    document: string | undefined,
    where: string,
  ): Promise<PublishedCatalog> {
    checkVersionNumber(n, where);
    const id = document ?? (await defaultDocument());
    const key = `${encodeURIComponent(id)}/${n}`;
    const cached = kept.get(key);
    if (cached !== undefined) return cached;
    const found = await store.version(id, n);
    if (found === undefined) {
      // Names the document when it is unknown, else the versions that exist.
      const { versions } = await historyOf(id);
      throw new SomkbError(
        'NOT_FOUND',
        `version ${n} of ${id} does not exist (${describeVersions(versions)})`,
      );
    }
    if (kept.size >= KEPT_VERSIONS) kept.clear();
    kept.set(key, found);
    return found;
  }

  return {
    history: historyOf,

    version: (n, document) => versionOf(n, document, 'version'),

    async diff(from, to, document) {
      checkVersionNumber(from, 'from');
      checkVersionNumber(to, 'to');
      const id = document ?? (await defaultDocument());
      const key = `${encodeURIComponent(id)}/${from}/${to}`;
      const made = diffs.get(key);
      if (made !== undefined) return made;
      const diff = diffCatalogs(await versionOf(from, id, 'from'), await versionOf(to, id, 'to'));
      if (diffs.size >= KEPT_DIFFS) diffs.clear();
      diffs.set(key, diff);
      return diff;
    },

    async rollback(n, request) {
      const target = await versionOf(n, request.document, 'version');
      const current = await store.current(target.documentId, target.language);
      if (current === undefined) {
        throw new SomkbError(
          'NOT_FOUND',
          `${target.documentId} has no current version in ${target.language}`,
        );
      }
      if (current.version === n) {
        throw new SomkbError(
          'CONFLICT',
          `version ${n} is the current version of ${target.documentId}: nothing to roll back`,
        );
      }
      if (isDeepStrictEqual(current.catalog, target.catalog)) {
        throw new SomkbError(
          'CONFLICT',
          `version ${n} holds the same content as the current version ${current.version} of ${target.documentId}: nothing to roll back`,
        );
      }
      const removals = guardRemovals(current, target.catalog, {
        allowRemovals: request.allowRemovals === true,
        where: `version ${n}`,
      });
      return store.publish(
        target.catalog,
        { name: target.source.name, sha256: target.source.sha256, rollbackOf: n },
        {
          by: request.by,
          message: request.message ?? '',
          base: current.version,
          ...(removals === undefined ? {} : { removals }),
        },
      );
    },
  };
}
