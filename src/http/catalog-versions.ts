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

/** Reads published catalogs by version for the portal and the API. */
export interface VersionReader {
  /**
   * The catalog to serve for `version`: the current one when `version` is undefined or is the
   * current's number (`undefined` when nothing is published), else that version from the history
   * (NOT_FOUND naming it when it does not exist, or when there is no history to read it from).
   */
  read(version: number | undefined): Promise<PublishedCatalog | undefined>;
}

/**
 * A {@link VersionReader} over the current catalog's loader and the history. An older version is
 * asked of the history, which keeps the versions it has read (they never change), so the adapter
 * keeps none of its own.
 */
export function createVersionReader(
  loadPublished: () => Promise<PublishedCatalog | undefined>,
  history: HistoryReader | undefined,
): VersionReader {
  return {
    async read(version) {
      const current = await loadPublished();
      if (version === undefined || current?.version === version) return current;
      if (history === undefined) {
        throw new SomkbError('NOT_FOUND', `no version ${version}: this server keeps no history`, {
          where: 'version',
        });
      }
      return history.version(version);
    },
  };
}
