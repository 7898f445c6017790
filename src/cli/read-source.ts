import { createHash } from 'node:crypto';
import { readFile, stat } from 'node:fs/promises';
import { basename } from 'node:path';
import { SomkbError } from '../errors/index.js';
import { checkInputSize } from '../ingest/index.js';

/** A text file read for ingest: its bytes, its name without folders and the SHA-256 of the bytes (hex). */
export interface SourceFile {
  readonly bytes: Uint8Array;
  readonly name: string;
  readonly sha256: string;
}

/**
 * Reads the file at `path` for ingest. A missing path is `NOT_FOUND`, a folder is `USAGE`, and a file
 * larger than ingest accepts is refused before it is read.
 */
export async function readSource(path: string): Promise<SourceFile> {
  const name = basename(path);
  let size: number;
  try {
    const info = await stat(path);
    if (!info.isFile()) throw new SomkbError('USAGE', 'not a file', { where: path });
    size = info.size;
  } catch (error) {
    if (error instanceof SomkbError) throw error;
    throw new SomkbError('NOT_FOUND', 'no such file', { where: path, cause: error });
  }
  checkInputSize(size, path);
  const bytes = await readFile(path);
  return { bytes, name, sha256: createHash('sha256').update(bytes).digest('hex') };
}
