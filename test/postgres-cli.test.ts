import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { BUNDLED_CORPUS_PATH, readCorpusText, replaceOnce } from './support/corpus.js';
import { eventually } from './support/eventually.js';
import { queryDatabase, useTestDatabases, testServerUrl } from './support/postgres-test-database.js';
import { databaseUrl, startPrivateCluster } from './support/private-postgres.js';
import { runCli, serveCli } from './support/run-cli.js';
import type { ServedCli } from './support/run-cli.js';

const work = mkdtempSync(join(tmpdir(), 'somkb-postgres-cli-'));
/** A database of its own for each test, all dropped at the file's end. */
const freshDatabase = useTestDatabases();

afterAll(() => {
  rmSync(work, { recursive: true, force: true });
});

/** The bundled summary with paragraph 1 marked by `mark`, written to a file of its own. */
function editedCorpus(mark: string): string {
  const path = join(work, `summary-${mark}.txt`);
  writeFileSync(path, replaceOnce(readCorpusText(), '以支持各国专家', `以支持各国专家（${mark}）`));
  return path;
}

/** The text of paragraph `number` as the server serves it now. */
async function paragraphText(server: ServedCli, number: number): Promise<string> {
  const response = await fetch(`${server.url}/api/v1/catalog`);
  if (response.status !== 200) return `status ${response.status}`;
  const body = (await response.json()) as { paragraphs: { number: number; text: string }[] };
  return body.paragraphs.find((paragraph) => paragraph.number === number)?.text ?? '';
}

/** The text of paragraph 1 as the server serves it now. */
function firstParagraph(server: ServedCli): Promise<string> {
  return paragraphText(server, 1);
}

describe('somkb over PostgreSQL', () => {
  it('migrate applies the schema once and then says there is nothing to do, on both backends', async () => {
    const url = await freshDatabase('cli_migrate');
    const first = await runCli(['migrate', '--db', url]);
    expect(first.code, first.stderr).toBe(0);
    const label = url.replace(/:[^:@/]*@/, '@');
    expect(first.stdout).toBe(
      `${label}: applied 4 migrations (0001-catalog-versions, 0002-editorial, 0003-version-authors, 0004-search-index); schema version 4\n`,
    );
    expect(first.stdout).not.toContain(new URL(url).password);
    const again = await runCli(['migrate', '--json'], { SOMKB_DB: url });
    expect(again.code, again.stderr).toBe(0);
    expect(JSON.parse(again.stdout)).toEqual({
      store: label,
      backend: 'postgres',
      applied: [],
      schemaVersion: 4,
    });

    const file = join(work, 'migrated.db');
    const sqlite = await runCli(['migrate', '--db', file, '--json']);
    expect(sqlite.code, sqlite.stderr).toBe(0);
    const migration = JSON.parse(sqlite.stdout) as {
      applied: string[];
      schemaVersion: number;
      backend: string;
    };
    expect(migration.backend).toBe('sqlite');
    expect(migration.applied.length).toBeGreaterThan(0);
    expect(migration.applied).toHaveLength(migration.schemaVersion);
    const sqliteAgain = await runCli(['migrate', '--db', file]);
    expect(sqliteAgain.stdout).toMatch(/schema up to date \(version \d+\), nothing to apply/);
  }, 60_000);

  it('ingest, then the reading commands, with --db and with SOMKB_DB', async () => {
    const url = await freshDatabase('cli_commands');
    const ingest = await runCli(['ingest', BUNDLED_CORPUS_PATH, '--db', url]);
    expect(ingest.code, ingest.stderr).toBe(0);
    const search = await runCli(['search', '洗钱', '--json', '--limit', '3', '--db', url]);
    expect(search.code, search.stderr).toBe(0);
    expect((JSON.parse(search.stdout) as { hits: unknown[] }).hits.length).toBeGreaterThan(0);
    const exported = await runCli(['export', '--format', 'json'], { SOMKB_DB: url });
    expect(exported.code, exported.stderr).toBe(0);
    expect((JSON.parse(exported.stdout) as { paragraphs: unknown[] }).paragraphs).toHaveLength(79);
    const topics = await runCli(['topics', '--json'], { SOMKB_DB: url });
    expect(topics.code, topics.stderr).toBe(0);
    const again = await runCli(['ingest', BUNDLED_CORPUS_PATH, '--db', url]);
    expect(again.code, again.stderr).toBe(0);
    const { rows } = await queryDatabase(url, 'SELECT count(*)::int AS n FROM catalog_versions');
    expect(rows).toEqual([{ n: 1 }]);
  }, 120_000);

  it('serve and ingest started together over a new database both migrate it without colliding', async () => {
    const url = await freshDatabase('cli_together');
    const [server, ingest] = await Promise.all([
      serveCli(url, 'serve'),
      runCli(['ingest', BUNDLED_CORPUS_PATH, '--db', url]),
    ]);
    try {
      expect(ingest.code, ingest.stderr).toBe(0);
      await eventually(async () => (await firstParagraph(server)).includes('以支持各国专家'), 30_000, 50);
    } finally {
      await server.stop();
    }
    const { rows } = await queryDatabase(url, 'SELECT name FROM kysely_migration ORDER BY name');
    expect(rows).toEqual([
      { name: '0001-catalog-versions' },
      { name: '0002-editorial' },
      { name: '0003-version-authors' },
      { name: '0004-search-index' },
    ]);
  }, 120_000);

  it('two servers follow the publishes of one of them and of the CLI; history, diff and rollback', async () => {
    const url = await freshDatabase('cli_follow');
    const somkb = (...args: string[]) => runCli([...args, '--db', url]);
    const paragraph12 = '文件建议对非法所得进行金融调查';
    const edited = join(work, 'edited-12.txt');
    writeFileSync(edited, replaceOnce(readCorpusText(), paragraph12, '文件建议对非法所得进行财务调查'));
    const reader = await serveCli(url, 'serve');
    let starter: ServedCli | undefined;
    try {
      expect((await fetch(`${reader.url}/api/v1/catalog`)).status).toBe(404);
      starter = await serveCli(url, 'start');
      await eventually(async () => (await paragraphText(reader, 12)).includes(paragraph12), 30_000, 50);

      const ingest = await somkb('ingest', edited, '--lang', 'zh', '--message', 'paragraph 12: 财务');
      expect(ingest.code, ingest.stderr).toBe(0);
      for (const server of [reader, starter]) {
        await eventually(async () => (await paragraphText(server, 12)).includes('进行财务调查'), 30_000, 50);
      }
      const diff = await somkb('diff', '1', '2', '--json');
      expect(diff.code, diff.stderr).toBe(0);
      const changes = (
        JSON.parse(diff.stdout) as { changes: { kind: string; change: string; number?: number }[] }
      ).changes;
      expect(changes.map((change) => [change.kind, change.change, change.number])).toEqual([
        ['paragraph', 'changed', 12],
      ]);

      const rollback = await somkb('rollback', '1');
      expect(rollback.code, rollback.stderr).toBe(0);
      for (const server of [reader, starter]) {
        await eventually(async () => (await paragraphText(server, 12)).includes(paragraph12), 30_000, 50);
      }
      const history = JSON.parse((await somkb('history', '--json')).stdout) as {
        versions: { version: number; message: string; by: string; source: { rollbackOf?: number } }[];
      };
      expect(history.versions.map((version) => version.version)).toEqual([1, 2, 3]);
      expect(history.versions[1]?.message).toBe('paragraph 12: 财务');
      expect(history.versions[1]?.by).toMatch(/^cli:./);
      expect(history.versions[2]?.source.rollbackOf).toBe(1);
      const versions = await fetch(`${reader.url}/api/v1/versions`);
      expect(versions.status).toBe(200);
      for (const server of [reader, starter]) {
        const health = (await (await fetch(`${server.url}/api/v1/health`)).json()) as {
          status: string;
          catalog: { version: number };
        };
        expect(health.status).toBe('ok');
        expect(health.catalog.version, 'each server says it serves version 3').toBe(3);
      }
    } finally {
      await Promise.all([reader.stop(), starter?.stop()]);
    }
  }, 180_000);
});

describe('somkb over PostgreSQL: bad input, one line each, exit 1, no password', () => {
  /** Runs `somkb export --db <db>` and checks the failure's shape; returns its one line. */
  async function failure(db: string, password: string): Promise<string> {
    const run = await runCli(['export', '--format', 'json', '--db', db]);
    expect(run.code, run.stderr).toBe(1);
    expect(run.stdout).toBe('');
    const lines = run.stderr.trimEnd().split('\n');
    expect(lines, run.stderr).toHaveLength(1);
    expect(run.stderr).not.toMatch(/\n\s+at |internal error/);
    if (password !== '') expect(run.stderr).not.toContain(password);
    return lines[0] ?? '';
  }

  it('a malformed URL, a wrong password, an unknown database, a server down, a newer schema', async () => {
    const server = new URL(testServerUrl());
    expect(await failure('postgres://user:s3cret-pw@/nowhere', 's3cret-pw')).toMatch(
      /^somkb: The PostgreSQL URL is malformed: .*; write it as postgres:\/\/user:password@host:port\/database\.$/,
    );
    expect(await failure('postgres://user:s3cret-pw@localhost', 's3cret-pw')).toMatch(
      /The PostgreSQL URL is malformed: it names no database/,
    );

    const wrong = new URL(server);
    wrong.password = 'wrong-pw-771';
    expect(await failure(wrong.toString(), 'wrong-pw-771')).toMatch(
      /^somkb: database postgres: Could not open the catalog store .*: password authentication failed/,
    );

    const none = new URL(server);
    none.password = '';
    expect(await failure(none.toString(), '')).toMatch(
      /the server asks for a password and the URL gives none \(postgres:\/\/user:password@host:port\/database\)\.$/,
    );

    expect(await failure(databaseUrl(server.toString(), 'somkb_missing_db'), server.password)).toMatch(
      /database "somkb_missing_db" does not exist/,
    );

    const down = new URL(server);
    down.port = '1';
    expect(await failure(down.toString(), server.password)).toMatch(
      /no PostgreSQL server answers at 127\.0\.0\.1:1/,
    );

    const newer = await freshDatabase('cli_newer');
    expect((await runCli(['migrate', '--db', newer])).code).toBe(0);
    await queryDatabase(newer, `INSERT INTO kysely_migration (name, timestamp) VALUES ('9999-later', 'x')`);
    expect(await failure(newer, server.password)).toMatch(
      /newer than this somkb supports \(4\); upgrade somkb\.$/,
    );
    const ingest = await runCli(['ingest', BUNDLED_CORPUS_PATH, '--db', newer]);
    expect(ingest.code).toBe(1);
    const { rows } = await queryDatabase(newer, 'SELECT count(*)::int AS n FROM catalog_versions');
    expect(rows, 'nothing written').toEqual([{ n: 0 }]);
  }, 120_000);
});

describe('somkb serve when the database goes away', () => {
  it('keeps serving, says degraded, logs the loss and the return, reconnects and catches up', async () => {
    const cluster = await startPrivateCluster();
    try {
      const url = databaseUrl(cluster.url, 'postgres');
      expect((await runCli(['ingest', BUNDLED_CORPUS_PATH, '--db', url])).code).toBe(0);
      const server = await serveCli(url, 'serve');
      let failures = 0;
      let requests = 0;
      const loader = { running: true };
      const load = (async () => {
        while (loader.running) {
          const response = await fetch(`${server.url}/api/v1/papers/CTOC-COP-WG.7-2015-4`);
          await response.arrayBuffer();
          requests++;
          if (response.status !== 200) failures++;
        }
      })();
      try {
        await eventually(() => Promise.resolve(requests > 20), 30_000, 50);
        await cluster.stop();
        await eventually(
          async () => {
            const response = await fetch(`${server.url}/api/v1/health`);
            const body = (await response.json()) as { status: string; store?: { status: string } };
            return response.status === 200 && body.status === 'degraded' && body.store?.status === 'degraded';
          },
          30_000,
          50,
        );
        // The log comes through the child's stderr, which may reach us after the health check's answer.
        await eventually(() => server.stderr().includes('catalog store unreachable'), 10_000);
        expect(server.stderr()).not.toContain(new URL(cluster.url).password);
        const health = await (await fetch(`${server.url}/api/v1/health`)).text();
        expect(health, 'the health check names no host or port').not.toContain(String(cluster.port));
        expect((await fetch(`${server.url}/api/v1/catalog`)).status).toBe(200);
        const during = requests;
        await eventually(() => Promise.resolve(requests > during + 20), 30_000, 50);

        await cluster.start();
        await eventually(
          async () => {
            const body = (await (await fetch(`${server.url}/api/v1/health`)).json()) as { status: string };
            return body.status === 'ok';
          },
          30_000,
          50,
        );
        await eventually(() => server.stderr().includes('catalog store reachable again'), 10_000);
        const ingest = await runCli(['ingest', editedCorpus('重连后'), '--db', url]);
        expect(ingest.code, ingest.stderr).toBe(0);
        await eventually(async () => (await firstParagraph(server)).includes('重连后'), 30_000, 50);
      } finally {
        loader.running = false;
        await load;
        await server.stop();
      }
      expect(failures, 'every read answered while the database was away').toBe(0);
    } finally {
      await cluster.remove();
    }
  }, 180_000);
});
