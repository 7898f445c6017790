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
 * at most two connections of its own, opened on first use. The bytes are read as base64 text (4/3 of
 * their size), not in bytea's default hex text (twice their size; the driver cannot read binary
 * results): at 106 MB, a read took 1.4–1.6 s instead of 2.5–4 s. A write replaces the row of its key and deletes the
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
        const result = await pool.query<{ text: string }>(
          "SELECT encode(bytes, 'base64') AS text FROM search_index WHERE key_hash = $1",
          [sha256Hex(key)],
        );
        const text = result.rows[0]?.text;
        // The server breaks base64 into lines, which Node's decoder skips.
        return text === undefined ? undefined : Buffer.from(text, 'base64');
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
