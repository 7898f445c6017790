export { createProgram } from './create-program.js';
export { runCli } from './run-cli.js';
export { formatReport } from './commands/ingest-command.js';
export type { CliDeps, OpenedCatalog, ServeOptions } from './cli-deps.js';
