import type { Command } from 'commander';
import { describeRemovals } from '../../domain/index.js';
import type { CliDeps } from '../cli-deps.js';
import { cliPublisher, dbOption } from '../cli-options.js';
import { documentOption, parseVersionArgument } from '../history-options.js';
import { auditFromCli, withHistory } from '../open-catalog.js';

/** The options of `somkb rollback`. */
interface RollbackOptions {
  readonly document?: string;
  readonly message?: string;
  readonly allowRemovals?: true;
  readonly db: string;
}

/**
 * Registers `somkb rollback <version>`: publishes that version's content again as a new version,
 * recorded as by `cli:<os user>`. Refuses the current version, a version that does not exist, and
 * (unless `--allow-removals`) one that lacks paragraphs, papers or themes of the current version.
 */
export function registerRollbackCommand(program: Command, deps: CliDeps): void {
  program
    .command('rollback')
    .description("publish a version's content again as a new version (nothing is deleted)")
    .argument('<version>', 'the version to bring back (a number, see somkb history)')
    .addOption(documentOption())
    .option('--message <text>', 'why, recorded with the new version')
    .option(
      '--allow-removals',
      'publish even when it removes paragraphs, papers or themes of the current version',
    )
    .addOption(dbOption(deps))
    .action(async (versionText: string, options: RollbackOptions) => {
      const version = parseVersionArgument(versionText, '<version>');
      const { published } = await withHistory(deps, options.db, 'write', (service) =>
        service.rollback(version, {
          by: cliPublisher(deps),
          ...(options.message === undefined ? {} : { message: options.message }),
          ...(options.allowRemovals === true ? { allowRemovals: true } : {}),
          ...(options.document === undefined ? {} : { document: options.document }),
        }),
      );
      await auditFromCli(
        deps,
        options.db,
        {
          action: 'catalog-rolled-back',
          target: `document:${published.documentId}`,
          before: published.version > 1 ? String(published.version - 1) : null,
          after: String(published.version),
          detail: {
            language: published.language,
            rollbackOf: version,
            message: published.message,
            ...(published.removals === undefined ? {} : { removals: describeRemovals(published.removals) }),
          },
        },
        `published ${published.documentId} (${published.language}) as version ${published.version}`,
      );
      const removals =
        published.removals === undefined ? '' : `; removed ${describeRemovals(published.removals)}`;
      deps.stdout(
        `published ${published.documentId} (${published.language}) as version ${published.version}: the content of version ${version}${removals}\n`,
      );
    });
}
