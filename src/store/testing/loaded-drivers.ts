/**
 * Test helper, run as a child process by `open-store.test.ts`:
 *
 *     node --import tsx src/store/testing/loaded-drivers.ts <database>
 *
 * Opens the store `<database>` with `openStoreFor` (a SQLite file, or a `postgres://` URL),
 * publishes a small catalog, closes it, and prints one JSON line saying whether the PostgreSQL
 * driver (`pg`, a CommonJS package, hence listed in `require.cache` once loaded) was loaded.
 */
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import { openStoreFor } from '../index.js';
import { foreverCatalog } from './publish-forever.js';

async function main(database: string): Promise<void> {
  const store = await openStoreFor(database, 'write');
  try {
    await store.publish(foreverCatalog(1, 3), { name: 'loaded.txt', sha256: '1'.repeat(64) });
  } finally {
    await store.close();
  }
  const cache = createRequire(import.meta.url).cache;
  const pgLoaded = Object.keys(cache).some((path) => /[\\/]node_modules[\\/]pg[\\/]/.test(path));
  process.stdout.write(`${JSON.stringify({ pgLoaded })}\n`);
}

const entry = process.argv[1];
if (entry !== undefined && import.meta.url === pathToFileURL(entry).href) {
  const [database] = process.argv.slice(2);
  if (database === undefined) {
    process.stderr.write('usage: loaded-drivers.ts <database>\n');
    process.exit(2);
  }
  main(database).catch((error: unknown) => {
    process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exit(1);
  });
}
