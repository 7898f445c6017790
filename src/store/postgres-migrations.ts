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
  /**
   * The editorial store (`postgres-editorial-store.ts`): users (their email unique whatever its
   * case, through `email_key`), sessions, API tokens, failed sign-ins, drafts (their changes and
   * comments as JSON text, kept exactly), the versions of the knowledge base and the audit log. The
   * audit log and the knowledge versions are append-only in the database itself: a trigger refuses
   * every UPDATE, DELETE and TRUNCATE of them, whatever the client.
   */
  '0002-editorial': {
    async up(db) {
      const statements = [
        `CREATE TABLE users (
           id text PRIMARY KEY,
           email text NOT NULL,
           email_key text NOT NULL UNIQUE,
           role text NOT NULL CHECK (role IN ('editor', 'reviewer', 'admin')),
           password_hash text NOT NULL,
           totp_secret text,
           disabled boolean NOT NULL DEFAULT false,
           created_at text NOT NULL,
           updated_at text NOT NULL
         )`,
        `CREATE TABLE sessions (
           id text PRIMARY KEY,
           user_id text NOT NULL REFERENCES users (id),
           created_at text NOT NULL,
           last_seen_at text NOT NULL,
           expires_at text NOT NULL,
           form_token text NOT NULL,
           ip text NOT NULL
         )`,
        'CREATE INDEX sessions_by_user ON sessions (user_id)',
        `CREATE TABLE api_tokens (
           id text PRIMARY KEY,
           user_id text NOT NULL REFERENCES users (id),
           name text NOT NULL,
           token_hash text NOT NULL UNIQUE,
           created_at text NOT NULL,
           last_used_at text,
           revoked_at text
         )`,
        'CREATE INDEX api_tokens_by_user ON api_tokens (user_id, created_at)',
        `CREATE TABLE sign_in_failures (
           id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
           key text NOT NULL,
           at text NOT NULL
         )`,
        'CREATE INDEX sign_in_failures_by_key ON sign_in_failures (key, at)',
        `CREATE TABLE drafts (
           id text PRIMARY KEY,
           title text NOT NULL,
           document_id text NOT NULL,
           base integer NOT NULL,
           knowledge_base integer NOT NULL,
           author_id text NOT NULL,
           reviewer_id text,
           status text NOT NULL CHECK (status IN ('open', 'submitted', 'approved', 'published', 'withdrawn')),
           changes_json text NOT NULL,
           comments_json text NOT NULL,
           revision integer NOT NULL CHECK (revision >= 1),
           created_at text NOT NULL,
           updated_at text NOT NULL,
           published_version integer
         )`,
        'CREATE INDEX drafts_by_author ON drafts (author_id, created_at)',
        'CREATE INDEX drafts_by_status ON drafts (status, created_at)',
        `CREATE TABLE knowledge_versions (
           version integer PRIMARY KEY CHECK (version >= 1),
           published_at text NOT NULL,
           published_by text NOT NULL,
           draft text,
           thesaurus_json text NOT NULL,
           mechanisms_json text NOT NULL
         )`,
        `CREATE TABLE audit_log (
           id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
           at text NOT NULL,
           actor text NOT NULL,
           ip text NOT NULL,
           action text NOT NULL,
           target text NOT NULL,
           before text,
           after text,
           detail_json text NOT NULL
         )`,
        'CREATE INDEX audit_log_by_actor ON audit_log (actor, id)',
        'CREATE INDEX audit_log_by_action ON audit_log (action, id)',
        'CREATE INDEX audit_log_by_time ON audit_log (at, id)',
        `CREATE FUNCTION somkb_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
         BEGIN
           RAISE EXCEPTION 'somkb keeps every entry of %: % refused', TG_TABLE_NAME, TG_OP;
         END
         $$`,
      ];
      for (const table of ['audit_log', 'knowledge_versions']) {
        statements.push(
          `CREATE TRIGGER ${table}_append_only BEFORE UPDATE OR DELETE OR TRUNCATE ON ${table}
           FOR EACH STATEMENT EXECUTE FUNCTION somkb_append_only()`,
        );
      }
      for (const statement of statements) await sql.raw(statement).execute(db);
    },
  },
  /**
   * The author and the reviewer of an editor's publish in its version's provenance
   * (`CatalogSource.author`, `reviewer`); the versions published before have none (NULL). Adding a
   * column rewrites no row, so the trigger that keeps every version is not in the way.
   */
  '0003-version-authors': {
    async up(db) {
      await sql`ALTER TABLE catalog_versions ADD COLUMN author text, ADD COLUMN reviewer text`.execute(db);
    },
  },
  /**
   * The stored search index (`SearchIndexStore`): the bytes of the index of the current catalog
   * versions, under the hash of its key, so that every process on every machine loads what one of
   * them built. One row is kept: writing the index of a new key deletes the others.
   */
  '0004-search-index': {
    async up(db) {
      await sql`CREATE TABLE search_index (
        key_hash text PRIMARY KEY,
        key text NOT NULL,
        bytes bytea NOT NULL,
        written_at timestamptz NOT NULL DEFAULT now()
      )`.execute(db);
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
