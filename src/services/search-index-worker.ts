/**
 * The worker thread of `createWorkerIndexBuilder`: it receives one job (catalogs, knowledge, key),
 * builds and encodes the index, transfers the bytes back (or says why it failed) and is then ended.
 */
import { parentPort } from 'node:worker_threads';
import type { SearchIndexJob, SearchIndexWorkerReply } from './search-index-builder.js';
import { encodeIndexOf } from './search-index-builder.js';

const port = parentPort;
if (port === null) throw new Error('search-index-worker runs in a worker thread only');
port.once('message', (job: SearchIndexJob) => {
  let reply: SearchIndexWorkerReply;
  try {
    reply = { bytes: encodeIndexOf(job) };
  } catch (error) {
    reply = { error: error instanceof Error ? error.message : String(error) };
  }
  port.postMessage(reply, 'bytes' in reply ? [reply.bytes.buffer as ArrayBuffer] : []);
});
