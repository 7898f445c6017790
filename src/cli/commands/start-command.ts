import type { Command } from 'commander';
import type { CliDeps } from '../cli-deps.js';
import { cliPublisher, dbOption } from '../cli-options.js';
import { withCatalog } from '../open-catalog.js';
import { readSource } from '../read-source.js';
import type { ServerOptions } from '../serve-until-stopped.js';
import { hostOption, portOption, serveUntilStopped } from '../serve-until-stopped.js';
import { auditIngest } from './ingest-command.js';

/**
 * Registers `somkb start`: publishes the bundled corpus unless that very text was published before
 * (so a new release's corpus is published once, and editions published since are never overwritten),
 * then serves like `somkb serve`.
 */
export function registerStartCommand(program: Command, deps: CliDeps): void {
  program
    .command('start')
    .description('publish the bundled corpus (unless that text was published before), then serve')
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
          onlyOnce: true,
        });
        const { published, changed } = publication;
        if (changed) await auditIngest(deps, options.db, published, source.name);
        const what = `${published.catalog.document.id} (${published.catalog.language}) version ${published.version}`;
        deps.stderr(
          changed
            ? `published the bundled corpus as ${what}\n`
            : published.source.sha256 === source.sha256
              ? `catalog up to date: ${what}\n`
              : `serving ${what}, published after the bundled corpus (somkb history lists the versions)\n`,
        );
      });
      await serveUntilStopped(deps, options);
    });
}
