/**
 * Vitest global setup: compiles somkb (`tsc -p tsconfig.build.json`, into `dist/`, as `npm run build`
 * does) once before the tests, so that the tests that run the command line start `node dist/main.js`
 * (about 0.8 s a start) rather than the TypeScript sources through tsx's loader (about 2.5 s): the
 * CLI's end-to-end tests start it hundreds of times. Incremental (the build information in
 * `node_modules/.cache/`), so a run after a small change recompiles little; when `dist/main.js` is
 * missing the information is dropped, so that tsc writes every file again.
 */
import { execFile } from 'node:child_process';
import { existsSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { PROJECT_ROOT } from './run-cli.js';

const run = promisify(execFile);

export default async function setup(): Promise<void> {
  const buildInfo = join(PROJECT_ROOT, 'node_modules', '.cache', 'somkb-tests.tsbuildinfo');
  if (!existsSync(join(PROJECT_ROOT, 'dist', 'main.js'))) rmSync(buildInfo, { force: true });
  const tsc = createRequire(import.meta.url).resolve('typescript/bin/tsc');
  try {
    await run(
      process.execPath,
      [tsc, '-p', 'tsconfig.build.json', '--incremental', '--tsBuildInfoFile', buildInfo],
      { cwd: PROJECT_ROOT },
    );
  } catch (error) {
    const { stdout = '' } = error as { stdout?: string };
    throw new Error(`the tests could not compile somkb (tsc -p tsconfig.build.json):\n${stdout}`);
  }
}
