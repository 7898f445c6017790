import type { Command } from 'commander';
import type { CliDeps } from '../cli-deps.js';
import { cliPublisher, dbOption } from '../cli-options.js';
import { withCatalog } from '../open-catalog.js';
import { readSource } from '../read-source.js';
import type { ServerOptions } from '../serve-until-stopped.js';
import { hostOption, portOption, serveUntilStopped } from '../serve-until-stopped.js';

/** Registers `somkb start`: ingests the bundled corpus when it changed, then serves like `somkb serve`. */
export function registerStartCommand(program: Command, deps: CliDeps): void {
  program
    .command('start')
    .description('ingest the bundled corpus (when it changed), then serve')
    .addOption(portOption(deps))
    .addOption(hostOption(deps))
    .addOption(dbOption(deps))
    .action(async (options: ServerOptions) => {
      await withCatalog(deps, options.db, 'write', async (service) => {
        const source = await readSource(deps.bundledCorpus.path);
        const { publication } = await service.ingest({
          ...source,
          language: deps.bundledCorpus.language,
          by: cliPublisher(deps),
          message: 'somkb start: the bundled corpus',
        });
        const { published, changed } = publication;
        deps.stderr(
          `${changed ? 'published' : 'catalog up to date:'} ${published.catalog.document.id} (${published.catalog.language}) version ${published.version}\n`,
        );
      });
      await serveUntilStopped(deps, options);
    });
}
