import type { Command } from 'commander';
import type { CliDeps } from '../cli-deps.js';
import { dbOption } from '../cli-options.js';
import type { ServerOptions } from '../serve-until-stopped.js';
import { hostOption, portOption, serveUntilStopped } from '../serve-until-stopped.js';

/** Registers `somkb serve`: the web portal and the JSON API over the published catalog, until stopped. */
export function registerServeCommand(program: Command, deps: CliDeps): void {
  program
    .command('serve')
    .description('serve the web portal and the JSON API (/api/v1) over the published catalog')
    .addOption(portOption(deps))
    .addOption(hostOption(deps))
    .addOption(dbOption(deps))
    .action(async (options: ServerOptions) => {
      await serveUntilStopped(deps, options);
    });
}
