import type { ExportFile } from '../export/index.js';

/** The size of a kept file, in bytes, as the cache counts it (two per UTF-16 unit of a text, as V8 may store it). */
function sizeOf(file: ExportFile): number {
  return (typeof file.body === 'string' ? file.body.length * 2 : file.body.byteLength) + 128;
}

/**
 * Made files (exports and briefing packs) by key, least recently used dropped once the files kept
 * exceed `maxBytes`. A file is a pure function of the catalog version and the request, so its key
 * holds the catalog's version key (document, catalog language, version) and every field of the
 * request that changes the bytes; files of an older version are never asked for again and age out.
 * Files are shared: callers must not change them.
 */
export class FileCache<F extends ExportFile = ExportFile> {
  readonly #maxBytes: number;
  /** Files by key, least recently used first. */
  readonly #files = new Map<string, F>();
  #bytes = 0;

  /** `maxBytes`: the most the kept files may take, in bytes; 0 keeps nothing. */
  constructor(maxBytes: number) {
    this.#maxBytes = Math.max(0, maxBytes);
  }

  /** The file kept under `key`, marked as recently used; undefined when none is. */
  get(key: string): F | undefined {
    const file = this.#files.get(key);
    if (file !== undefined) {
      this.#files.delete(key);
      this.#files.set(key, file);
    }
    return file;
  }

  /** Keeps `file` under `key`, dropping the least recently used files beyond the size limit. */
  set(key: string, file: F): void {
    const size = sizeOf(file);
    if (size > this.#maxBytes) return;
    const previous = this.#files.get(key);
    if (previous !== undefined) {
      this.#files.delete(key);
      this.#bytes -= sizeOf(previous);
    }
    this.#files.set(key, file);
    this.#bytes += size;
    for (const [oldKey, oldFile] of this.#files) {
      if (this.#bytes <= this.#maxBytes) break;
      this.#files.delete(oldKey);
      this.#bytes -= sizeOf(oldFile);
    }
  }

  /** The bytes the kept files take, as counted by the cache. */
  get bytes(): number {
    return this.#bytes;
  }

  /** How many files are kept. */
  get size(): number {
    return this.#files.size;
  }
}
