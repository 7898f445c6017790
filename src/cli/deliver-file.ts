import { writeFile } from 'node:fs/promises';
import { SomkbError } from '../errors/index.js';
import type { ExportFile } from '../export/index.js';
import type { CliDeps } from './cli-deps.js';

/**
 * Writes a made file to `out` and says so on stderr (with `what` it is and its size in bytes), or
 * prints its text on stdout when no `out` is given; refuses to print a binary file.
 */
export async function deliverFile(
  deps: CliDeps,
  file: ExportFile,
  out: string | undefined,
  what: string,
): Promise<void> {
  if (out === undefined) {
    if (typeof file.body !== 'string') {
      throw new SomkbError('USAGE', `${what} is a binary file: give --out <file>.${file.extension}`, {
        where: '--out',
      });
    }
    deps.stdout(file.body);
    return;
  }
  try {
    await writeFile(out, file.body);
  } catch (error) {
    const missing = (error as NodeJS.ErrnoException).code === 'ENOENT';
    throw new SomkbError(
      missing ? 'NOT_FOUND' : 'USAGE',
      `cannot write the file (${(error as Error).message})`,
      {
        where: out,
        cause: error,
      },
    );
  }
  const size = typeof file.body === 'string' ? Buffer.byteLength(file.body) : file.body.byteLength;
  deps.stderr(`wrote ${out} (${what}, ${size} bytes)\n`);
}
