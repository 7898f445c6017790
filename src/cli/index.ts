export { createProgram, formatReport, runCli } from './create-program.js';
export type { CliDeps, OpenedCatalog, ServeOptions } from './create-program.js';
