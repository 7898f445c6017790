import type { ContentfulStatusCode } from 'hono/utils/http-status';

/** A rendered page kept for reuse: its HTML, its status and its entity tag. */
export interface CachedPage {
  readonly body: string;
  readonly status: ContentfulStatusCode;
  /** A strong entity tag (quoted SHA-1 of the body, hex). */
  readonly etag: string;
}

/** The size of a cached page, in bytes, as the cache counts it (two per UTF-16 unit, as V8 may store it). */
function sizeOf(page: CachedPage): number {
  return page.body.length * 2 + 64;
}

/**
 * Rendered pages by key, for one generation of the data they were rendered from: least recently used
 * pages are dropped once the pages kept exceed `maxBytes`. Pages are pure functions of the data, the
 * interface language and the URL, so a page is kept under a key that holds the language and URL, in
 * a generation tied to the data objects (see {@link PageCache.generation}); a newly published catalog
 * starts a new, empty generation.
 */
export class PageCache {
  readonly #maxBytes: number;
  readonly #generations = new WeakMap<object, Map<string, CachedPage>>();
  #current: Map<string, CachedPage> | undefined;
  #bytes = 0;

  /** `maxBytes`: the most the pages of the current generation may take; 0 keeps nothing. */
  constructor(maxBytes: number) {
    this.#maxBytes = maxBytes;
  }

  /** The pages rendered from `data`; switching to other data forgets the byte count of the previous. */
  generation(data: object): Map<string, CachedPage> {
    let pages = this.#generations.get(data);
    if (pages === undefined) {
      pages = new Map();
      this.#generations.set(data, pages);
    }
    if (pages !== this.#current) {
      this.#current?.clear();
      this.#current = pages;
      this.#bytes = 0;
      for (const page of pages.values()) this.#bytes += sizeOf(page);
    }
    return pages;
  }

  /** The page kept under `key` for `data`, marked as recently used; undefined when none is. */
  get(data: object, key: string): CachedPage | undefined {
    if (this.#maxBytes === 0) return undefined;
    const pages = this.generation(data);
    const page = pages.get(key);
    if (page !== undefined) {
      pages.delete(key);
      pages.set(key, page);
    }
    return page;
  }

  /** Keeps `page` under `key` for `data`, dropping the least recently used pages beyond the size limit. */
  set(data: object, key: string, page: CachedPage): void {
    const size = sizeOf(page);
    if (size > this.#maxBytes) return;
    const pages = this.generation(data);
    const previous = pages.get(key);
    if (previous !== undefined) {
      pages.delete(key);
      this.#bytes -= sizeOf(previous);
    }
    pages.set(key, page);
    this.#bytes += size;
    for (const [oldKey, oldPage] of pages) {
      if (this.#bytes <= this.#maxBytes) break;
      pages.delete(oldKey);
      this.#bytes -= sizeOf(oldPage);
    }
  }

  /** The bytes the current generation's pages take, as counted by the cache. */
  get bytes(): number {
    return this.#bytes;
  }
}
