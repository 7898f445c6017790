import { Command } from 'commander';
import type { CliDeps } from './cli-deps.js';
import { registerAuditCommand } from './commands/audit-command.js';
import { registerBriefCommand } from './commands/brief-command.js';
import { registerCopyCommand } from './commands/copy-command.js';
import { registerDiffCommand } from './commands/diff-command.js';
import { registerExportCommand } from './commands/export-command.js';
import { registerHistoryCommand } from './commands/history-command.js';
import { registerIndexCommand } from './commands/index-command.js';
import { registerIngestCommand } from './commands/ingest-command.js';
import { registerMechanismsCommand } from './commands/mechanisms-command.js';
import { registerMigrateCommand } from './commands/migrate-command.js';
import { registerProvisionsCommand } from './commands/provisions-command.js';
import { registerRollbackCommand } from './commands/rollback-command.js';
import { registerSearchCommand } from './commands/search-command.js';
import { registerServeCommand } from './commands/serve-command.js';
import { registerStartCommand } from './commands/start-command.js';
import { registerTokensCommand } from './commands/tokens-command.js';
import { registerTopicsCommand } from './commands/topics-command.js';
import { registerUsersCommand } from './commands/users-command.js';

/**
 * Builds the `somkb` command line: `ingest`, `export`, `brief`, `search`, `topics`, `provisions`,
 * `mechanisms`, `history`, `diff`, `rollback`, `serve`, `start`, `migrate`, `copy`, `users`, `tokens`
 * and `audit`, each from its own file
 * under `commands/`. Each command has
 * `--help`; `--json` output goes to stdout; errors go to stderr as one line, with a non-zero exit
 * (1 for a failure, 2 for a usage error; see `runCli`).
 */
export function createProgram(deps: CliDeps): Command {
  const program = new Command('somkb');
  program
    .description('somkb: the knowledge portal of the UN Working Group on the Smuggling of Migrants')
    .version(deps.version, '-v, --version')
    .showHelpAfterError('(run with --help for usage)')
    .configureOutput({ writeOut: deps.stdout, writeErr: deps.stderr })
    .exitOverride();
  registerIngestCommand(program, deps);
  registerExportCommand(program, deps);
  registerBriefCommand(program, deps);
  registerSearchCommand(program, deps);
  registerTopicsCommand(program, deps);
  registerProvisionsCommand(program, deps);
  registerMechanismsCommand(program, deps);
  registerHistoryCommand(program, deps);
  registerDiffCommand(program, deps);
  registerRollbackCommand(program, deps);
  registerServeCommand(program, deps);
  registerStartCommand(program, deps);
  registerMigrateCommand(program, deps);
  registerIndexCommand(program, deps);
  registerCopyCommand(program, deps);
  registerUsersCommand(program, deps);
  registerTokensCommand(program, deps);
  registerAuditCommand(program, deps);
  return program;
}
