import type { Command } from 'commander';
import type { CliDeps } from '../cli-deps.js';
import { dbOption } from '../cli-options.js';
import { printJsonOrText } from '../print-output.js';

interface MigrateOptions {
  readonly db: string;
  readonly json?: boolean;
}

/**
 * Registers `somkb migrate`: brings the store's schema to this somkb's version (SQLite or
 * PostgreSQL, under the migrator's lock) and says which migrations it applied, or that there was
 * nothing to do. `serve` and `ingest` apply pending migrations too; this does it ahead of them.
 */
export function registerMigrateCommand(program: Command, deps: CliDeps): void {
  program
    .command('migrate')
    .description("apply the store's pending schema migrations and say what was done")
    .addOption(dbOption(deps))
    .option('--json', 'print what was done as JSON')
    .action(async (options: MigrateOptions) => {
      const migration = await deps.migrateStore(options.db);
      printJsonOrText(deps.stdout, options.json === true, migration, () =>
        migration.applied.length === 0
          ? `${migration.store}: schema up to date (version ${migration.schemaVersion}), nothing to apply\n`
          : `${migration.store}: applied ${migration.applied.length} migration${migration.applied.length === 1 ? '' : 's'} ` +
            `(${migration.applied.join(', ')}); schema version ${migration.schemaVersion}\n`,
      );
    });
}
