/**
 * The names of the SQLite store's schema migrations, in the order they apply (see
 * `sqlite-migrations.ts`, which defines one for each name). Kept apart from the migrations so that
 * opening an up-to-date database does not load the migrator.
 */
export const MIGRATION_NAMES = ['0001-catalog-versions', '0002-drop-unused-tables'] as const;

/** The name of one migration of {@link MIGRATION_NAMES}. */
export type MigrationName = (typeof MIGRATION_NAMES)[number];

/**
 * The schema version this code writes and reads: the number of its last migration, kept in the
 * database's `PRAGMA user_version` so that a reader learns it with one pragma and no write.
 */
export const SCHEMA_VERSION: number = MIGRATION_NAMES.length;

/** The oldest schema version a read-only store can read: every version has the same two tables. */
export const OLDEST_READABLE_SCHEMA = 1;

/** The table in which Kysely's migrator records the migrations applied (its default name). */
export const MIGRATION_TABLE = 'kysely_migration';
