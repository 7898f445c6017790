import { Worker } from 'node:worker_threads';
import type { Catalog } from '../domain/index.js';
import { SomkbError } from '../errors/index.js';
import type { KnowledgeBase } from '../knowledge/index.js';
import { buildVersionsIndex, encodeSearchIndex } from '../search/index.js';
import type { SearchIndexInputs } from './search-index-inputs.js';
import { searchIndexInputs } from './search-index-inputs.js';

/** What to build an index of: the catalogs (the reference first), the knowledge, and the key to store it under. */
export interface SearchIndexJob {
  readonly catalogs: readonly Catalog[];
  readonly knowledge: KnowledgeBase | undefined;
  readonly key: string;
  /** The inputs made from `catalogs` and `knowledge` by the caller, which a builder in the same thread may reuse. */
  readonly inputs?: SearchIndexInputs;
}

/** Builds the bytes of a stored index (`encodeSearchIndex`) for a job. */
export interface SearchIndexBuilder {
  /**
   * Whether it builds off the main thread: the search service then keeps answering from the
   * previous index while it builds, instead of waiting for the new one.
   */
  readonly inBackground: boolean;
  /** The encoded index of the job; rejects with a SomkbError `INTERNAL` when building fails. */
  build(job: SearchIndexJob): Promise<Uint8Array>;
}

/** Builds and encodes the index of a job, in the calling thread: what a builder's worker runs. */
export function encodeIndexOf(job: SearchIndexJob): Uint8Array {
  const { versions, options } = job.inputs ?? searchIndexInputs(job.catalogs, job.knowledge);
  return encodeSearchIndex(buildVersionsIndex(versions, options), job.key);
}

/** A builder in the calling thread: it blocks that thread for the build (tests, one-off commands). */
export const inProcessIndexBuilder: SearchIndexBuilder = {
  inBackground: false,
  build: (job) => {
    try {
      return Promise.resolve(encodeIndexOf(job));
    } catch (error) {
      return Promise.reject(buildFailed(error));
    }
  },
};

/** The message a worker posts back: the bytes (transferred), or why it failed. */
export type SearchIndexWorkerReply = { readonly bytes: Uint8Array } | { readonly error: string };

function buildFailed(error: unknown): SomkbError {
  const reason = error instanceof Error ? error.message : String(error);
  return new SomkbError('INTERNAL', `building the search index failed: ${reason}`, { cause: error });
}

/**
 * Starts the worker of `search-index-worker`: the compiled `.js` beside this module, or, when this
 * module runs from its TypeScript source (tests, `tsx`), the `.ts` loaded through tsx's loader,
 * which the worker registers first (a worker does not inherit the loader of its parent).
 */
function startWorker(): Worker {
  const here = import.meta.url;
  if (!here.endsWith('.ts')) return new Worker(new URL('./search-index-worker.js', here));
  const entry = new URL('./search-index-worker.ts', here).href;
  let api = 'tsx/esm/api';
  try {
    api = import.meta.resolve(api);
  } catch {
    // Resolved from the working directory by the worker instead.
  }
  const code = `import(${JSON.stringify(api)}).then(({ register }) => { register(); return import(${JSON.stringify(entry)}); });`;
  return new Worker(code, { eval: true });
}

/** Options of {@link createWorkerIndexBuilder}. */
export interface WorkerIndexBuilderOptions {
  /**
   * Whether a build in progress keeps the process alive. Default true (a command waits for its
   * index); false for a server, which then ends as soon as it is stopped, whatever it is building.
   */
  readonly keepsProcessAlive?: boolean;
}

/**
 * A builder that builds each index in a worker thread of its own (`node:worker_threads`), which
 * transfers the bytes back: the main thread stays free to answer requests meanwhile. A worker that
 * fails, throws or exits gives a SomkbError `INTERNAL` that says so.
 */
export function createWorkerIndexBuilder(options: WorkerIndexBuilderOptions = {}): SearchIndexBuilder {
  return {
    inBackground: true,
    build(job) {
      return new Promise<Uint8Array>((resolve, reject) => {
        let worker: Worker;
        try {
          worker = startWorker();
        } catch (error) {
          reject(buildFailed(error));
          return;
        }
        if (options.keepsProcessAlive === false) worker.unref();
        let settled = false;
        const settle = (outcome: () => void): void => {
          if (settled) return;
          settled = true;
          outcome();
          void worker.terminate();
        };
        worker.once('message', (reply: SearchIndexWorkerReply) => {
          settle(() => {
            if ('bytes' in reply) resolve(reply.bytes);
            else reject(buildFailed(new Error(`in its worker thread: ${reply.error}`)));
          });
        });
        worker.once('error', (error) => {
          settle(() => {
            reject(buildFailed(new Error(`in its worker thread: ${error.message}`, { cause: error })));
          });
        });
        worker.once('exit', (code) => {
          settle(() => {
            reject(buildFailed(new Error(`its worker thread exited (code ${code}) without an index`)));
          });
        });
        try {
          worker.postMessage({ catalogs: job.catalogs, knowledge: job.knowledge, key: job.key });
        } catch (error) {
          settle(() => {
            reject(buildFailed(error));
          });
        }
      });
    },
  };
}
