import pg from 'pg';
import { sha256Hex } from './catalog-json.js';
import { postgresError } from './postgres-catalog-store.js';
import type { SearchIndexStore } from './search-index-store.js';
import { parsePostgresUrl } from './store-url.js';

/** A search index store with connections of its own, to be closed. */
export interface ClosableSearchIndexStore extends SearchIndexStore {
  close(): Promise<void>;
}

/**
 * The search index store of a PostgreSQL store: the table `search_index` (migration
 * `0004-search-index`, applied by whichever process opens the catalog store first), over a pool of
 * at most two connections of its own, opened on first use (the bytes come as hex text, twice their
 * size, which the driver decodes natively). A write replaces the row of its key and deletes the
 * others, in one transaction.
 *
 * @throws SomkbError `STORE_FAILED` (without the password) from read and write.
 */
export function openPostgresSearchIndexStore(url: string): ClosableSearchIndexStore {
  const location = parsePostgresUrl(url);
  // Idle connections do not keep a command's process alive (`somkb search` ends when it is done).
  const pool = new pg.Pool({
    connectionString: location.connectionString,
    max: 2,
    connectionTimeoutMillis: 10_000,
    allowExitOnIdle: true,
  });
  pool.on('error', () => undefined);
  return {
    where: location.label,
    async read(key) {
      try {
        const result = await pool.query<{ bytes: Buffer }>(
          'SELECT bytes FROM search_index WHERE key_hash = $1',
          [sha256Hex(key)],
        );
        return result.rows[0]?.bytes;
      } catch (error) {
        throw postgresError('read', location, error, 'search index store');
      }
    },
    async write(key, bytes) {
      const client = await pool.connect().catch((error: unknown) => {
        throw postgresError('write', location, error, 'search index store');
      });
      try {
        const hash = sha256Hex(key);
        await client.query('BEGIN');
        await client.query(
          `INSERT INTO search_index (key_hash, key, bytes) VALUES ($1, $2, $3)
           ON CONFLICT (key_hash) DO UPDATE SET key = EXCLUDED.key, bytes = EXCLUDED.bytes, written_at = now()`,
          [hash, key, Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength)],
        );
        await client.query('DELETE FROM search_index WHERE key_hash <> $1', [hash]);
        await client.query('COMMIT');
      } catch (error) {
        await client.query('ROLLBACK').catch(() => undefined);
        throw postgresError('write', location, error, 'search index store');
      } finally {
        client.release();
      }
    },
    close: () => pool.end(),
  };
}
