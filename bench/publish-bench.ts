/**
 * Speed of a publish of the bundled summary on both backends, in one run:
 *
 *   tsx bench/publish-bench.ts [--runs N] [--db postgres://user:password@host:port/database]
 *                                                      (default: 20 runs)
 *
 * The summary is parsed once; each run publishes it with paragraph 1 marked by the run's number (so
 * that every publish is a change, i.e. a new version, not a no-op) through the store port, into a
 * SQLite file in a temporary folder and into PostgreSQL, alternately, after two warm-up publishes
 * on each. PostgreSQL is the database `--db` names (the versions it publishes stay there), or a
 * private PostgreSQL 15 cluster started for the run as the tests start theirs, with fsync on as
 * SQLite syncs its commits, removed afterwards. Prints the median, p95 and fastest time per backend
 * and the ratio of the medians (PostgreSQL / SQLite), and how much each store grew per version over
 * the timed runs (SQLite: `page_count × page_size` of the file; PostgreSQL: `pg_total_relation_size`
 * of `catalog_versions`, its index and its TOAST table, where the catalog's JSON is compressed).
 * The last line printed is one JSON object.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import Database from 'better-sqlite3';
import pg from 'pg';
import type { Catalog } from '../src/domain/index.js';
import { ingestSummary } from '../src/ingest/index.js';
import type { CatalogStore } from '../src/store/index.js';
import { openStoreFor } from '../src/store/index.js';
import { readCorpusBytes } from '../test/support/corpus.js';
import type { PrivateCluster } from '../test/support/private-postgres.js';
import { createDatabase, startPrivateCluster } from '../test/support/private-postgres.js';
import { summarize } from './sample-timing.js';

/** The bundled summary's catalog, parsed once. */
function summaryCatalog(): Catalog {
  const report = ingestSummary(readCorpusBytes(), { language: 'zh', name: 'thematic-summary-2021.txt' });
  if (!report.ok || report.catalog === undefined) throw new Error('the bundled summary does not ingest');
  return report.catalog;
}

/** The catalog with paragraph 1 marked by `n`, and a source hash of its own. */
function variant(catalog: Catalog, n: number): { catalog: Catalog; sha256: string } {
  return {
    catalog: {
      ...catalog,
      paragraphs: catalog.paragraphs.map((paragraph) =>
        paragraph.number === 1 ? { ...paragraph, text: `${paragraph.text}（第${n}次）` } : paragraph,
      ),
    },
    sha256: n.toString(16).padStart(64, '0'),
  };
}

async function timePublish(store: CatalogStore, catalog: Catalog, n: number): Promise<number> {
  const next = variant(catalog, n);
  const started = performance.now();
  const { changed } = await store.publish(next.catalog, {
    name: 'thematic-summary-2021.txt',
    sha256: next.sha256,
  });
  const elapsed = performance.now() - started;
  if (!changed) throw new Error(`publish ${n} was not a change`);
  return elapsed;
}

/** The size of a SQLite store's database, in bytes (its pages, the WAL's included). */
function sqliteBytes(path: string): number {
  const db = new Database(path, { readonly: true });
  try {
    return (
      Number(db.pragma('page_count', { simple: true })) * Number(db.pragma('page_size', { simple: true }))
    );
  } finally {
    db.close();
  }
}

/** The size of the PostgreSQL store's versions table with its index and TOAST table, in bytes. */
async function postgresBytes(url: string): Promise<number> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query<{ bytes: string }>(
      "SELECT pg_total_relation_size('catalog_versions') AS bytes",
    );
    return Number(rows[0]?.bytes);
  } finally {
    await client.end();
  }
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: { runs: { type: 'string', default: '20' }, db: { type: 'string' } },
  });
  const runs = Number(values.runs);
  const catalog = summaryCatalog();
  const folder = mkdtempSync(join(tmpdir(), 'somkb-publish-bench-'));
  let cluster: PrivateCluster | undefined;
  const stores: CatalogStore[] = [];
  try {
    let url = values.db;
    if (url === undefined) {
      cluster = await startPrivateCluster({ fsync: true });
      url = await createDatabase(cluster.url, 'bench_publish');
    }
    const sqlitePath = join(folder, 'bench.db');
    const sqlite = await openStoreFor(sqlitePath, 'write');
    stores.push(sqlite);
    const postgres = await openStoreFor(url, 'write');
    stores.push(postgres);

    const base = Date.now();
    for (let warm = 1; warm <= 2; warm++) {
      await timePublish(sqlite, catalog, base + warm);
      await timePublish(postgres, catalog, base + warm);
    }
    const before = { sqlite: sqliteBytes(sqlitePath), postgres: await postgresBytes(url) };
    const samples = { sqlite: [] as number[], postgres: [] as number[] };
    for (let run = 1; run <= runs; run++) {
      const n = base + 2 + run;
      samples.sqlite.push(await timePublish(sqlite, catalog, n));
      samples.postgres.push(await timePublish(postgres, catalog, n));
    }
    const growth = {
      sqlite: Math.round((sqliteBytes(sqlitePath) - before.sqlite) / runs),
      postgres: Math.round(((await postgresBytes(url)) - before.postgres) / runs),
    };
    const result = {
      sqlite: { ...summarize(samples.sqlite), growthBytesPerVersion: growth.sqlite },
      postgres: { ...summarize(samples.postgres), growthBytesPerVersion: growth.postgres },
    };
    const ratio = Number((result.postgres.medianMs / result.sqlite.medianMs).toFixed(2));
    const bytes = Buffer.byteLength(JSON.stringify(catalog));
    console.log(
      `publish of the bundled summary (${catalog.paragraphs.length} paragraphs, ${(bytes / 1024).toFixed(0)} KiB of JSON), ${runs} runs each:`,
    );
    for (const [name, timing] of Object.entries(result)) {
      console.log(
        `  ${name.padEnd(9)} median ${timing.medianMs} ms  p95 ${timing.p95Ms} ms  fastest ${timing.fastestMs} ms  ` +
          `growth ${timing.growthBytesPerVersion} bytes a version`,
      );
    }
    console.log(`  postgres / sqlite (medians): ${ratio}×`);
    console.log(
      JSON.stringify({
        benchmark: 'publish',
        runs,
        catalog: { paragraphs: catalog.paragraphs.length, jsonBytes: bytes },
        postgresServer: cluster === undefined ? 'given' : 'private cluster, fsync on',
        ...result,
        postgresToSqlite: ratio,
      }),
    );
  } finally {
    for (const store of stores) await store.close();
    await cluster?.remove();
    rmSync(folder, { recursive: true, force: true });
  }
}

await main();
