import { SomkbError } from '../errors/index.js';
import type { CatalogDiff } from '../history/index.js';
import type { PublishedCatalog, VersionRecord } from '../services/index.js';

/**
 * What the web adapter reads of the history of the published document (the history use case of
 * `services`, for the default document): its versions oldest first, one version with its catalog
 * (NOT_FOUND naming a version that does not exist), and the changes between two versions.
 */
export interface HistoryReader {
  history(): Promise<{ readonly document: string; readonly versions: readonly VersionRecord[] }>;
  version(version: number): Promise<PublishedCatalog>;
  diff(from: number, to: number): Promise<CatalogDiff>;
}

/** The largest version number a URL may name (more digits are no version somkb has made). */
export const MAX_VERSION_NUMBER = 999_999_999;

/**
 * A version number as a URL gives it (`?version=3`): `undefined` when absent or empty, else a whole
 * number from 1 written in digits; anything else is refused with USAGE naming the parameter.
 */
export function readVersionParam(value: string | undefined): number | undefined {
  if (value === undefined || value === '') return undefined;
  const version = /^\d{1,9}$/.test(value) ? Number(value) : 0;
  if (version < 1 || version > MAX_VERSION_NUMBER) {
    throw new SomkbError(
      'USAGE',
      `parameter 'version': '${value.slice(0, 40)}' is not a version number (a whole number from 1)`,
      { where: 'version' },
    );
  }
  return version;
}

/** How many older versions (other than the current one) the adapter keeps read. */
export const KEPT_OLDER_VERSIONS = 8;

/** Reads published catalogs by version for the portal and the API, keeping the last few read. */
export interface VersionReader {
  /**
   * The catalog to serve for `version`: the current one when `version` is undefined or is the
   * current's number (`undefined` when nothing is published), else that version from the history
   * (NOT_FOUND naming it when it does not exist, or when there is no history to read it from).
   */
  read(version: number | undefined): Promise<PublishedCatalog | undefined>;
}

/**
 * A {@link VersionReader} over the current catalog's loader and the history. Versions never change
 * once published, so an older version read once is kept (the last {@link KEPT_OLDER_VERSIONS}),
 * and a failed read is forgotten so that it is tried again.
 */
export function createVersionReader(
  loadPublished: () => Promise<PublishedCatalog | undefined>,
  history: HistoryReader | undefined,
): VersionReader {
  const older = new Map<number, Promise<PublishedCatalog>>();
  function readOlder(version: number): Promise<PublishedCatalog> {
    let read = older.get(version);
    if (read === undefined) {
      if (history === undefined) {
        return Promise.reject(
          new SomkbError('NOT_FOUND', `no version ${version}: this server keeps no history`, {
            where: 'version',
          }),
        );
      }
      if (older.size >= KEPT_OLDER_VERSIONS) older.clear();
      read = history.version(version);
      older.set(version, read);
      read.catch(() => {
        if (older.get(version) === read) older.delete(version);
      });
    }
    return read;
  }
  return {
    async read(version) {
      const current = await loadPublished();
      if (version === undefined || current?.version === version) return current;
      return readOlder(version);
    },
  };
}
