import type { CatalogCounts, Language } from '../domain/index.js';
import type { CatalogRemovals, VersionRecord } from '../store/index.js';

/**
 * A version as `somkb history --json` prints it and `GET /api/v1/versions` returns it (DESIGN.md,
 * "Stores, versions and history"): the source says `file` (the name it was ingested from) where the
 * store says `name`; an editor's publish adds `draft`, `author` and `reviewer`.
 */
export interface VersionView {
  readonly version: number;
  readonly language: Language;
  readonly publishedAt: string;
  readonly by: string;
  readonly message: string;
  readonly source: {
    readonly file: string;
    readonly sha256: string;
    readonly rollbackOf?: number;
    readonly draft?: string;
    /** The email of the draft's author (an editor's publish). */
    readonly author?: string;
    /** The email of the reviewer who approved the draft (an editor's publish). */
    readonly reviewer?: string;
  };
  readonly counts: CatalogCounts;
  readonly removals?: CatalogRemovals;
}

/** The one view of a version record shared by the CLI and the API. */
export function viewVersion(record: VersionRecord): VersionView {
  const { source } = record;
  return {
    version: record.version,
    language: record.language,
    publishedAt: record.publishedAt,
    by: record.by,
    message: record.message,
    source: {
      file: source.name,
      sha256: source.sha256,
      ...(source.rollbackOf === undefined ? {} : { rollbackOf: source.rollbackOf }),
      ...(source.draft === undefined ? {} : { draft: source.draft }),
      ...(source.author === undefined ? {} : { author: source.author }),
      ...(source.reviewer === undefined ? {} : { reviewer: source.reviewer }),
    },
    counts: record.counts,
    ...(record.removals === undefined ? {} : { removals: record.removals }),
  };
}
