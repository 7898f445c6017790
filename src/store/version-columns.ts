import type { CatalogCounts, CatalogRemovals, Language } from '../domain/index.js';
import type { CatalogSource, VersionRecord } from './catalog-store.js';

/**
 * The columns of `catalog_versions` that hold a version's record, named alike in both backends
 * (SQLite and PostgreSQL); each backend keeps the counts, the removals and the catalog in columns
 * of its own kind (JSON text in SQLite, `jsonb` and a hash beside the text in PostgreSQL).
 */
export interface RecordColumns {
  readonly document_id: string;
  readonly version: number;
  readonly language: string;
  readonly published_at: string;
  readonly published_by: string;
  readonly message: string;
  readonly source_name: string;
  readonly source_sha256: string;
  readonly rollback_of: number | null;
  readonly draft: string | null;
  /** The email of an editor's publish's author; `null` for other publishes and older versions. */
  readonly author: string | null;
  /** The email of the reviewer who approved an editor's publish; `null` otherwise. */
  readonly reviewer: string | null;
}

/** The record columns of a version, for an insert. */
export function recordColumns(record: VersionRecord): RecordColumns {
  return {
    document_id: record.documentId,
    version: record.version,
    language: record.language,
    published_at: record.publishedAt,
    published_by: record.by,
    message: record.message,
    source_name: record.source.name,
    source_sha256: record.source.sha256,
    rollback_of: record.source.rollbackOf ?? null,
    draft: record.source.draft ?? null,
    author: record.source.author ?? null,
    reviewer: record.source.reviewer ?? null,
  };
}

/** The version record of a row, given its counts and removals as the backend reads them. */
export function recordFromColumns(
  row: RecordColumns,
  counts: CatalogCounts,
  removals: CatalogRemovals | null,
): VersionRecord {
  return {
    documentId: row.document_id,
    language: row.language as Language,
    version: row.version,
    publishedAt: row.published_at,
    by: row.published_by,
    message: row.message,
    source: {
      name: row.source_name,
      sha256: row.source_sha256,
      ...(row.rollback_of === null ? {} : { rollbackOf: row.rollback_of }),
      ...(row.draft === null ? {} : { draft: row.draft }),
      ...(row.author === null ? {} : { author: row.author }),
      ...(row.reviewer === null ? {} : { reviewer: row.reviewer }),
    },
    counts,
    ...(removals === null ? {} : { removals }),
  };
}

/** The source as a store records it: its known fields only (a caller's extra fields are not kept). */
export function copySource(source: CatalogSource): CatalogSource {
  return {
    name: source.name,
    sha256: source.sha256,
    ...(source.rollbackOf === undefined ? {} : { rollbackOf: source.rollbackOf }),
    ...(source.draft === undefined ? {} : { draft: source.draft }),
    ...(source.author === undefined ? {} : { author: source.author }),
    ...(source.reviewer === undefined ? {} : { reviewer: source.reviewer }),
  };
}
