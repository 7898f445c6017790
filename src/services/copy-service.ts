import type { Language } from '../domain/index.js';
import { SomkbError } from '../errors/index.js';
import type { CatalogStore, PublishedCatalog, VersionRecord } from '../store/index.js';
import { canonicalJson, sha256Hex } from '../store/index.js';

/** How far a copy is, reported after each version written. */
export interface CopyProgress {
  /** Versions written so far (1 after the first). */
  readonly copied: number;
  /** Versions to write in all. */
  readonly total: number;
  /** The version just written. */
  readonly record: VersionRecord;
}

/** Options of {@link copyStore}. */
export interface CopyOptions {
  /** Called after each version is written to the target (`somkb copy` prints it on stderr). */
  readonly onProgress?: (progress: CopyProgress) => void;
}

/** One document copied, as the report of {@link copyStore} lists it. */
export interface CopiedDocument {
  readonly document: string;
  /** How many versions of it were copied (and found on both sides afterwards). */
  readonly versions: number;
  /** Its languages, in the order of their first version. */
  readonly languages: readonly Language[];
}

/** What {@link copyStore} did, and what it checked. */
export interface CopyReport {
  /** The documents copied, by id. */
  readonly documents: readonly CopiedDocument[];
  /** How many versions were copied in all. */
  readonly versions: number;
  /**
   * SHA-256 (lowercase hex) over every version's document, number and the SHA-256 of its catalog's
   * canonical JSON, in order: equal on both sides once the copy is checked, so that two runs or two
   * stores can be compared by it.
   */
  readonly checksum: string;
  /** Always true: a copy whose check fails throws instead. */
  readonly verified: true;
}

/**
 * Copies every version of every document from the store `from` to the store `to` (of either
 * backend), as each was published: number, time, who, message, source, counts, removals and catalog
 * (`somkb copy`, the way from the embedded store to PostgreSQL as a deployment grows). Each
 * document's versions are written oldest first, so that the target's current catalogs are the
 * source's.
 *
 * The target must hold no version of the documents copied: they are checked before anything is
 * written. At the end, both sides are read again and compared: the same versions, with the same
 * records (counts included), and the same SHA-256 of each catalog's canonical JSON.
 *
 * @throws SomkbError `NOT_FOUND` when the source holds nothing; `CONFLICT` naming the document and
 *   the version when the target already holds a version of a document copied (nothing was
 *   written); `STORE_FAILED` when the copy does not match the source (naming the first difference).
 */
export async function copyStore(
  from: CatalogStore,
  to: CatalogStore,
  options: CopyOptions = {},
): Promise<CopyReport> {
  const documents = [...new Set((await from.listCurrent()).map((published) => published.documentId))];
  if (documents.length === 0) {
    throw new SomkbError('NOT_FOUND', 'the source store holds no published version; nothing to copy');
  }
  const histories = new Map<string, readonly VersionRecord[]>();
  for (const document of documents) histories.set(document, await from.history(document));
  for (const document of documents) {
    const held = await to.history(document);
    const first = held[0];
    if (first !== undefined) {
      const more = held.length > 1 ? ` (and ${held.length - 1} more of its versions)` : '';
      throw new SomkbError(
        'CONFLICT',
        `the target store already holds version ${first.version} of ${document}${more}; nothing was copied ` +
          `(copy into a store that holds none of the documents copied)`,
        { where: document },
      );
    }
  }

  const total = [...histories.values()].reduce((sum, records) => sum + records.length, 0);
  const checksums = new Map<string, string>();
  let copied = 0;
  for (const [document, records] of histories) {
    for (const record of records) {
      const published = await readVersion(from, document, record.version, 'the source');
      checksums.set(versionKey(document, record.version), catalogChecksum(published));
      await to.importVersion(published);
      copied += 1;
      options.onProgress?.({ copied, total, record });
    }
  }

  const report: CopiedDocument[] = [];
  const digest: string[] = [];
  for (const [document, records] of histories) {
    const copies = await to.history(document);
    if (canonicalJson(copies) !== canonicalJson(records)) {
      throw mismatch(
        `the versions of ${document} differ (${records.length} in the source, ${copies.length} copied)`,
      );
    }
    for (const record of records) {
      const copy = await readVersion(to, document, record.version, 'the target');
      const expected = checksums.get(versionKey(document, record.version)) ?? '';
      const found = catalogChecksum(copy);
      if (found !== expected) {
        throw mismatch(
          `version ${record.version} of ${document} has the catalog checksum ${found} in the target, ` +
            `${expected} in the source`,
        );
      }
      digest.push(`${versionKey(document, record.version)} ${found}\n`);
    }
    report.push({
      document,
      versions: records.length,
      languages: [...new Set(records.map((record) => record.language))],
    });
  }
  return { documents: report, versions: total, checksum: sha256Hex(digest.join('')), verified: true };
}

/** SHA-256 of the canonical JSON of a version's catalog, lowercase hex. */
function catalogChecksum(published: PublishedCatalog): string {
  return sha256Hex(canonicalJson(published.catalog));
}

function versionKey(document: string, version: number): string {
  return `${document}\t${version}`;
}

async function readVersion(
  store: CatalogStore,
  document: string,
  version: number,
  side: string,
): Promise<PublishedCatalog> {
  const published = await store.version(document, version);
  if (published === undefined) {
    throw mismatch(
      `version ${version} of ${document} is listed in the history of ${side} but cannot be read`,
    );
  }
  return published;
}

function mismatch(what: string): SomkbError {
  return new SomkbError('STORE_FAILED', `the copy does not match its source: ${what}`);
}
