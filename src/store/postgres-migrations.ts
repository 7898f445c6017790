import type { Kysely, Migration, MigrationProvider } from 'kysely';
import { Migrator, sql } from 'kysely';

/**
 * The schema migrations of the PostgreSQL store, run by Kysely's `Migrator` in the order of their
 * names. A migration is never changed once released: a new schema is a new migration with the next
 * number. The schema version of a database is the number of migrations recorded in its migration
 * table ({@link POSTGRES_MIGRATION_TABLE}).
 *
 * Versions are kept for ever: a trigger refuses any UPDATE or DELETE of `catalog_versions`, so that
 * not even a bug of somkb's can rewrite the history.
 */
const MIGRATIONS = {
  '0001-catalog-versions': {
    async up(db) {
      await db.schema
        .createTable('documents')
        .addColumn('document_id', 'text', (column) => column.primaryKey())
        .addColumn('last_version', 'integer', (column) => column.notNull())
        .execute();
      await db.schema
        .createTable('catalog_versions')
        .addColumn('document_id', 'text', (column) => column.notNull().references('documents.document_id'))
        .addColumn('version', 'integer', (column) => column.notNull().check(sql`version > 0`))
        .addColumn('language', 'text', (column) => column.notNull())
        .addColumn('published_at', 'text', (column) => column.notNull())
        .addColumn('published_by', 'text', (column) => column.notNull())
        .addColumn('message', 'text', (column) => column.notNull())
        .addColumn('source_name', 'text', (column) => column.notNull())
        .addColumn('source_sha256', 'text', (column) => column.notNull())
        .addColumn('rollback_of', 'integer')
        .addColumn('draft', 'text')
        .addColumn('counts', 'jsonb', (column) => column.notNull())
        .addColumn('removals', 'jsonb')
        .addColumn('catalog_sha256', 'text', (column) => column.notNull())
        .addColumn('catalog_json', 'text', (column) => column.notNull())
        .addPrimaryKeyConstraint('catalog_versions_key', ['document_id', 'version'])
        .execute();
      await db.schema
        .createIndex('catalog_versions_by_language')
        .on('catalog_versions')
        .columns(['document_id', 'language', 'version'])
        .execute();
      await db.schema
        .createTable('current_catalog')
        .addColumn('document_id', 'text', (column) => column.notNull())
        .addColumn('language', 'text', (column) => column.notNull())
        .addColumn('version', 'integer', (column) => column.notNull())
        .addPrimaryKeyConstraint('current_catalog_key', ['document_id', 'language'])
        .addForeignKeyConstraint('current_catalog_version', ['document_id', 'version'], 'catalog_versions', [
          'document_id',
          'version',
        ])
        .execute();
      await sql`
        CREATE FUNCTION somkb_keep_catalog_versions() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
          RAISE EXCEPTION 'somkb keeps every catalog version: % of catalog_versions refused', TG_OP;
        END
        $$`.execute(db);
      await sql`
        CREATE TRIGGER catalog_versions_are_kept BEFORE UPDATE OR DELETE ON catalog_versions
        FOR EACH STATEMENT EXECUTE FUNCTION somkb_keep_catalog_versions()`.execute(db);
    },
  },
} as const satisfies Record<string, Migration>;

/** The names of the migrations, in the order they apply. */
export const POSTGRES_MIGRATION_NAMES: readonly string[] = Object.keys(MIGRATIONS).sort();

/** The schema version this code writes and reads: the number of its migrations. */
export const POSTGRES_SCHEMA_VERSION = POSTGRES_MIGRATION_NAMES.length;

/** The table in which Kysely's migrator records the migrations applied (its default name). */
export const POSTGRES_MIGRATION_TABLE = 'kysely_migration';

/** Its lock table (Kysely's default name); on PostgreSQL the lock itself is an advisory lock. */
const POSTGRES_MIGRATION_LOCK_TABLE = 'kysely_migration_lock';

const provider: MigrationProvider = { getMigrations: () => Promise.resolve(MIGRATIONS) };

/**
 * The names of the migrations recorded as applied in the database (empty when it has none), in
 * the order of their names.
 */
export async function appliedMigrations(db: Kysely<unknown>): Promise<string[]> {
  const { rows: found } = await sql<{ readonly present: boolean }>`
    SELECT to_regclass(${POSTGRES_MIGRATION_TABLE}) IS NOT NULL AS present`.execute(db);
  if (found[0]?.present !== true) return [];
  const { rows } = await sql<{ readonly name: string }>`
    SELECT name FROM ${sql.table(POSTGRES_MIGRATION_TABLE)} ORDER BY name`.execute(db);
  return rows.map((row) => row.name);
}

/**
 * Applies the migrations `db` lacks, in one transaction under Kysely's migration lock (on
 * PostgreSQL a transaction-scoped advisory lock): a second process migrating the same database at
 * the same time waits for it, then finds nothing left to do; a failed migration leaves the database
 * as it was. Returns the names of the migrations it applied (empty when none was pending).
 */
export async function migratePostgresDatabase(db: Kysely<unknown>): Promise<string[]> {
  const migrator = new Migrator({
    db,
    provider,
    migrationTableName: POSTGRES_MIGRATION_TABLE,
    migrationLockTableName: POSTGRES_MIGRATION_LOCK_TABLE,
  });
  const { error, results = [] } = await migrator.migrateToLatest();
  if (error !== undefined) {
    throw error instanceof Error ? error : new Error("Kysely's migrator failed.", { cause: error });
  }
  return results.filter((result) => result.status === 'Success').map((result) => result.migrationName);
}
