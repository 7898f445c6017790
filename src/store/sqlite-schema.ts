/**
 * The names of the SQLite store's schema migrations, in the order they apply (see
 * `sqlite-migrations.ts`, which defines one for each name). Kept apart from the migrations so that
 * opening an up-to-date database does not load the migrator.
 */
export const MIGRATION_NAMES = [
  '0001-catalog-versions',
  '0002-drop-unused-tables',
  '0003-versions-per-document',
  '0004-editorial',
  '0005-version-authors',
] as const;

/** The name of one migration of {@link MIGRATION_NAMES}. */
export type MigrationName = (typeof MIGRATION_NAMES)[number];

/**
 * The schema version this code writes and reads: the number of its last migration, kept in the
 * database's `PRAGMA user_version` so that a reader learns it with one pragma and no write.
 */
export const SCHEMA_VERSION: number = MIGRATION_NAMES.length;

/**
 * The oldest schema version a read-only store can read. Schemas 1 and 2 (one version number for
 * the whole store, no provenance) are read through a view that numbers their versions per document
 * as migration `0003` does, with the provenance they lack left `unknown`.
 */
export const OLDEST_READABLE_SCHEMA = 1;

/** The table in which Kysely's migrator records the migrations applied (its default name). */
export const MIGRATION_TABLE = 'kysely_migration';

/**
 * The `CatalogCounts` of the catalog JSON in column `column`, as a JSON object computed by SQLite
 * (the same numbers as domain `countCatalog`): migration `0003` fills the counts of the versions
 * published before it with it, and a reader of an older schema computes them with it.
 */
export function countsJsonSql(column: string): string {
  return `json_object(
    'chapters', json_array_length(${column}, '$.document.chapters'),
    'themes', json_array_length(${column}, '$.themes'),
    'keyTopics', coalesce((SELECT sum(json_array_length(value, '$.keyTopics')) FROM json_each(${column}, '$.themes')), 0),
    'papers', json_array_length(${column}, '$.papers'),
    'paragraphs', json_array_length(${column}, '$.paragraphs'),
    'items', coalesce((SELECT sum(json_array_length(value, '$.items')) FROM json_each(${column}, '$.paragraphs')), 0)
  )`;
}
