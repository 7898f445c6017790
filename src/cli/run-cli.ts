import { CommanderError } from 'commander';
import { SomkbError } from '../errors/index.js';
import type { CliDeps } from './cli-deps.js';
import { createProgram } from './create-program.js';

/**
 * Runs the CLI with `argv` (without the node and script entries) and returns the exit code:
 * 0 on success, 1 when the work failed, 2 on a usage error. Never throws: an error is one line on
 * stderr (`somkb: …`).
 */
export async function runCli(deps: CliDeps, argv: readonly string[]): Promise<number> {
  const program = createProgram(deps);
  try {
    await program.parseAsync([...argv], { from: 'user' });
    return 0;
  } catch (error) {
    if (error instanceof CommanderError) {
      if (error.exitCode === 0) return 0;
      return 2;
    }
    if (error instanceof SomkbError) {
      deps.stderr(`somkb: ${error.describe()}\n`);
      return error.code === 'USAGE' ? 2 : 1;
    }
    deps.stderr(`somkb: internal error: ${error instanceof Error ? error.message : String(error)}\n`);
    return 1;
  }
}
