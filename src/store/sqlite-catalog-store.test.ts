import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import type { Catalog, Item } from '../domain/index.js';
import { isSomkbError } from '../errors/index.js';
import type { SomkbError } from '../errors/index.js';
import { runCatalogStoreContract, sampleCatalog } from './catalog-store.contract.js';
import { openSqliteCatalogStore } from './index.js';
import type { CatalogSource } from './index.js';
import { PUBLISH_FOREVER_DOCUMENT, lastParagraphText } from './testing/publish-forever.js';

const root = mkdtempSync(join(tmpdir(), 'somkb-store-'));
let files = 0;

/** A path for a new database file in this run's temporary directory. */
function freshPath(name = 'catalog'): string {
  files += 1;
  return join(root, `${name}-${files}.sqlite`);
}

afterAll(() => {
  rmSync(root, { recursive: true, force: true });
});

function source(digit: string): CatalogSource {
  return { name: `source-${digit}.txt`, sha256: digit.repeat(64) };
}

/** Runs `work` and returns the SomkbError it threw or rejected with, failing if it did not. */
async function storeFailure(work: () => unknown): Promise<SomkbError> {
  try {
    await work();
  } catch (error) {
    expect(isSomkbError(error, 'STORE_FAILED'), String(error)).toBe(true);
    return error as SomkbError;
  }
  throw new Error('expected a STORE_FAILED error');
}

runCatalogStoreContract('SQLite :memory:', () => Promise.resolve(openSqliteCatalogStore(':memory:')));
runCatalogStoreContract('SQLite file', () => Promise.resolve(openSqliteCatalogStore(freshPath('contract'))));

describe('SQLite catalog store', () => {
  it('creates the schema with its version and uses WAL for files', async () => {
    const path = freshPath();
    const store = openSqliteCatalogStore(path);
    await store.close();
    const db = new Database(path, { readonly: true });
    try {
      expect(db.pragma('user_version', { simple: true })).toBe(1);
      expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
      const tables = db
        .prepare<[], { name: string }>("SELECT name FROM sqlite_schema WHERE type = 'table' ORDER BY name")
        .all()
        .map((row) => row.name);
      expect(tables).toEqual(
        expect.arrayContaining(['catalog_versions', 'current_catalog', 'paragraphs', 'papers', 'themes']),
      );
    } finally {
      db.close();
    }
  });

  it('a reopened file store sees the published catalog and keeps numbering versions', async () => {
    const path = freshPath();
    const first = openSqliteCatalogStore(path);
    const published = await first.publish(sampleCatalog({ variant: '甲' }), source('a'));
    await first.close();

    const reopened = openSqliteCatalogStore(path);
    try {
      expect(await reopened.current('thematic-summary-2021', 'zh')).toEqual(published.published);
      expect(await reopened.listCurrent()).toEqual([published.published]);
      const same = await reopened.publish(sampleCatalog({ variant: '甲' }), source('a'));
      expect(same.changed).toBe(false);
      const next = await reopened.publish(sampleCatalog({ variant: '乙' }), source('b'));
      expect(next.published.version).toBeGreaterThan(published.published.version);
    } finally {
      await reopened.close();
    }
  });

  it('refuses a file that is not a SQLite database, naming it, and leaves it untouched', async () => {
    const garbage = freshPath('garbage');
    const bytes = randomBytes(64 * 1024);
    writeFileSync(garbage, bytes);
    const text = freshPath('text');
    writeFileSync(text, '第1段：这不是数据库。\n'.repeat(500));

    for (const path of [garbage, text]) {
      for (const readonly of [false, true]) {
        const error = await storeFailure(() => openSqliteCatalogStore(path, { readonly }));
        expect(error.message).toContain(path);
        expect(error.message).toMatch(/not a SQLite database/);
        expect(error.where).toBe(path);
        expect(error.cause).toBeInstanceOf(Database.SqliteError);
      }
    }
    expect(readFileSync(garbage).equals(bytes)).toBe(true);
  });

  it('refuses databases it cannot use, naming the file', async () => {
    const foreign = freshPath('foreign');
    const other = new Database(foreign);
    other.exec('CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT)');
    other.close();
    expect((await storeFailure(() => openSqliteCatalogStore(foreign))).message).toMatch(
      new RegExp(`${escapeRegExp(foreign)} is a SQLite database of another application`),
    );

    const newer = freshPath('newer');
    const future = new Database(newer);
    future.pragma('user_version = 99');
    future.close();
    const newerError = await storeFailure(() => openSqliteCatalogStore(newer));
    expect(newerError.message).toContain(newer);
    expect(newerError.message).toMatch(/schema version 99/);

    const missingDirectory = join(root, 'no-such-directory', 'catalog.sqlite');
    expect((await storeFailure(() => openSqliteCatalogStore(missingDirectory))).message).toContain(
      missingDirectory,
    );

    const missingFile = freshPath('missing');
    expect(
      (await storeFailure(() => openSqliteCatalogStore(missingFile, { readonly: true }))).message,
    ).toContain(missingFile);
    await storeFailure(() => openSqliteCatalogStore(':memory:', { readonly: true }));
  });

  it('a read-only store sees new publishes without reopening and cannot publish', async () => {
    const path = freshPath();
    const writer = openSqliteCatalogStore(path);
    await writer.publish(sampleCatalog({ variant: '旧' }), source('a'));
    const reader = openSqliteCatalogStore(path, { readonly: true });
    try {
      expect((await reader.current('thematic-summary-2021', 'zh'))?.catalog).toEqual(
        sampleCatalog({ variant: '旧' }),
      );
      const next = await writer.publish(sampleCatalog({ variant: '新' }), source('b'));
      expect(await reader.current('thematic-summary-2021', 'zh')).toEqual(next.published);
      const error = await storeFailure(() => reader.publish(sampleCatalog(), source('c')));
      expect(error.message).toContain(path);
      expect(error.message).toMatch(/read-only/);
    } finally {
      await reader.close();
      await writer.close();
    }
  });

  it('lists what this and other connections publish, after a listing was kept', async () => {
    const path = freshPath();
    const writer = openSqliteCatalogStore(path);
    const reader = openSqliteCatalogStore(path, { readonly: true });
    const variantOf = async (store: typeof writer) =>
      (await store.listCurrent()).map((published) => published.catalog.document.header.title);
    try {
      await writer.publish(sampleCatalog({ variant: '旧' }), source('a'));
      const before = await variantOf(reader);
      expect(await variantOf(reader)).toEqual(before);
      expect(await variantOf(writer)).toEqual(before);
      await writer.publish(sampleCatalog({ variant: '新' }), source('b'));
      const after = await variantOf(reader);
      expect(after).not.toEqual(before);
      expect(await variantOf(writer)).toEqual(after);
      expect((await reader.listCurrent())[0]?.catalog).toEqual(sampleCatalog({ variant: '新' }));
    } finally {
      await reader.close();
      await writer.close();
    }
  });

  it('keeps only the 5 latest versions of each document and language, with their rows', async () => {
    const path = freshPath();
    const store = openSqliteCatalogStore(path);
    const versions: number[] = [];
    for (let n = 0; n < 8; n++) {
      const result = await store.publish(sampleCatalog({ variant: `第${n}版` }), source(String(n)));
      versions.push(result.published.version);
    }
    const english = await store.publish(sampleCatalog({ language: 'en' }), source('e'));
    await store.close();

    const db = new Database(path, { readonly: true });
    try {
      const kept = (language: string): number[] =>
        db
          .prepare<[string], { version: number }>(
            'SELECT version FROM catalog_versions WHERE language = ? ORDER BY version',
          )
          .all(language)
          .map((row) => row.version);
      expect(kept('zh')).toEqual(versions.slice(-5));
      expect(kept('en')).toEqual([english.published.version]);
      for (const table of ['paragraphs', 'themes', 'papers']) {
        const rowVersions = db
          .prepare<[], { version: number }>(`SELECT DISTINCT version FROM ${table} ORDER BY version`)
          .all()
          .map((row) => row.version);
        expect(rowVersions).toEqual([...versions.slice(-5), english.published.version]);
      }
      expect(db.pragma('foreign_key_check')).toEqual([]);
    } finally {
      db.close();
    }
  });

  it('writes the normalized paragraphs, themes and papers of each version', async () => {
    const path = freshPath();
    const store = openSqliteCatalogStore(path);
    const catalog = sampleCatalog({ paragraphs: 12, variant: '表' });
    const { published } = await store.publish(catalog, source('a'));
    await store.close();

    const db = new Database(path, { readonly: true });
    try {
      const paragraphs = db
        .prepare<
          [number],
          {
            number: number;
            text: string;
            items_json: string;
            chapter: number;
            theme: string | null;
            paper: string | null;
          }
        >(
          'SELECT number, text, items_json, chapter, theme, paper FROM paragraphs WHERE version = ? ORDER BY number',
        )
        .all(published.version);
      expect(
        paragraphs.map((row) => ({
          number: row.number,
          text: row.text,
          items: JSON.parse(row.items_json) as Item[],
          chapter: row.chapter,
          theme: row.theme,
          paper: row.paper,
        })),
      ).toEqual(catalog.paragraphs);

      const themes = db
        .prepare<
          [number],
          { id: string; number: number; name: string; key_topics_json: string; papers_json: string }
        >(
          'SELECT id, number, name, key_topics_json, papers_json FROM themes WHERE version = ? ORDER BY number',
        )
        .all(published.version);
      expect(
        themes.map((row) => ({
          id: row.id,
          number: row.number,
          name: row.name,
          keyTopics: JSON.parse(row.key_topics_json) as string[],
          papers: JSON.parse(row.papers_json) as string[],
        })),
      ).toEqual(catalog.themes);

      const papers = db
        .prepare<
          [number],
          {
            symbol: string;
            year: number;
            meeting: number;
            subject: string;
            theme: string;
            paragraphs_json: string;
            url: string;
          }
        >(
          'SELECT symbol, year, meeting, subject, theme, paragraphs_json, url FROM papers WHERE version = ? ORDER BY year',
        )
        .all(published.version);
      expect(
        papers.map((row) => ({
          symbol: row.symbol,
          year: row.year,
          meeting: row.meeting,
          subject: row.subject,
          theme: row.theme,
          paragraphs: JSON.parse(row.paragraphs_json) as number[],
          url: row.url,
        })),
      ).toEqual(catalog.papers);
    } finally {
      db.close();
    }
  });

  it('a publish that fails part-way writes nothing and leaves the previous catalog current', async () => {
    const path = freshPath();
    const store = openSqliteCatalogStore(path);
    try {
      const before = await store.publish(sampleCatalog(), source('a'));
      const good = sampleCatalog({ paragraphs: 50, variant: '坏' });
      const duplicated: Catalog = {
        ...good,
        paragraphs: [
          ...good.paragraphs,
          { ...good.paragraphs[0], number: 1 } as Catalog['paragraphs'][number],
        ],
      };
      const error = await storeFailure(() => store.publish(duplicated, source('b')));
      expect(error.message).toContain(path);
      expect(await store.current('thematic-summary-2021', 'zh')).toEqual(before.published);
      const after = await store.publish(good, source('b'));
      expect(after.changed).toBe(true);
    } finally {
      await store.close();
    }
    const db = new Database(path, { readonly: true });
    try {
      expect(db.prepare('SELECT count(*) AS n FROM catalog_versions').get()).toEqual({ n: 2 });
      expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
    } finally {
      db.close();
    }
  });

  it('a closed store rejects calls with STORE_FAILED; closing twice is harmless', async () => {
    const store = openSqliteCatalogStore(':memory:');
    await store.close();
    await store.close();
    const error = await storeFailure(() => store.current('thematic-summary-2021', 'zh'));
    expect(error.message).toMatch(/in-memory database is closed/);
    await storeFailure(() => store.listCurrent());
    await storeFailure(() => store.publish(sampleCatalog(), source('a')));
  });
});

describe('SQLite catalog store: publish killed with SIGKILL', () => {
  /** Paragraphs per catalog the child publishes: big enough that one publish takes seconds. */
  const CHILD_PARAGRAPHS = 200_000;
  const SCRIPT = fileURLToPath(new URL('./testing/publish-forever.ts', import.meta.url));
  const PROJECT_ROOT = fileURLToPath(new URL('../../', import.meta.url));
  const catalogA = sampleCatalog({ documentId: PUBLISH_FOREVER_DOCUMENT, paragraphs: 5, variant: 'A' });

  interface Publisher {
    /** Resolves with the time (performance.now()) the child printed `line`. */
    waitFor(line: string): Promise<number>;
    printed(line: string): boolean;
    /** Sends SIGKILL and resolves once the child is gone and its output is read. */
    kill(): Promise<void>;
  }

  /** Children still running, killed after the tests even if a test failed or timed out. */
  const running = new Set<Publisher>();

  afterAll(async () => {
    await Promise.all([...running].map((publisher) => publisher.kill()));
  });

  function startPublisher(database: string): Publisher {
    const child = spawn(process.execPath, ['--import', 'tsx', SCRIPT, database, String(CHILD_PARAGRAPHS)], {
      cwd: PROJECT_ROOT,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const lines = new Map<string, number>();
    const listeners = new Set<() => void>();
    let pending = '';
    let stderr = '';
    let closed = false;
    const notify = (): void => {
      for (const listener of listeners) listener();
    };
    child.stdout.setEncoding('utf8');
    child.stdout.on('data', (chunk: string) => {
      const at = performance.now();
      const parts = (pending + chunk).split('\n');
      pending = parts.pop() ?? '';
      for (const line of parts) lines.set(line, at);
      notify();
    });
    child.stderr.setEncoding('utf8');
    child.stderr.on('data', (chunk: string) => {
      stderr += chunk;
    });
    const gone = new Promise<void>((resolve) => {
      child.on('close', () => {
        closed = true;
        notify();
        resolve();
      });
    });
    const publisher: Publisher = {
      waitFor(line) {
        return new Promise((resolve, reject) => {
          const check = (): void => {
            const at = lines.get(line);
            if (at !== undefined) {
              listeners.delete(check);
              resolve(at);
            } else if (closed) {
              listeners.delete(check);
              reject(new Error(`publish-forever exited before printing "${line}":\n${stderr}`));
            }
          };
          listeners.add(check);
          check();
        });
      },
      printed: (line) => lines.has(line),
      async kill() {
        if (!closed) child.kill('SIGKILL');
        await gone;
        running.delete(publisher);
      },
    };
    running.add(publisher);
    return publisher;
  }

  async function databaseWithA(): Promise<{ path: string; versionA: number }> {
    const path = freshPath('killed');
    const store = openSqliteCatalogStore(path);
    const { published } = await store.publish(catalogA, source('a'));
    await store.close();
    return { path, versionA: published.version };
  }

  /** Deletes a database of a finished run now: each holds up to a few hundred MB. */
  function removeDatabase(path: string): void {
    for (const suffix of ['', '-wal', '-shm']) rmSync(`${path}${suffix}`, { force: true });
  }

  function walBytes(path: string): number {
    return statSync(`${path}-wal`, { throwIfNoEntry: false })?.size ?? 0;
  }

  /**
   * Reopens the store after the kill and checks that the current catalog is exactly A or exactly
   * one of the child's complete catalogs, and that the file is sound. Returns 0 for A, else the
   * number of the child's catalog.
   */
  async function checkAfterKill(path: string, versionA: number, lastStarted: number): Promise<number> {
    const store = openSqliteCatalogStore(path);
    let outcome: number;
    let version: number;
    try {
      const current = await store.current(PUBLISH_FOREVER_DOCUMENT, 'zh');
      if (current === undefined) throw new Error('no current catalog after the kill');
      version = current.version;
      if (current.catalog.paragraphs.length === catalogA.paragraphs.length) {
        expect(current.catalog).toEqual(catalogA);
        expect(current.version).toBe(versionA);
        outcome = 0;
      } else {
        const match = /^第(\d+)版$/.exec(current.catalog.document.header.title);
        outcome = Number(match?.[1]);
        expect(outcome).toBeGreaterThanOrEqual(1);
        expect(outcome).toBeLessThanOrEqual(lastStarted);
        expect(current.catalog.paragraphs).toHaveLength(CHILD_PARAGRAPHS);
        expect(current.catalog.paragraphs.at(-1)?.text).toBe(lastParagraphText(outcome, CHILD_PARAGRAPHS));
        expect(current.catalog.paragraphs[0]?.text.startsWith(`第${outcome}版，第1段`)).toBe(true);
        expect(current.source.name).toBe(`forever-${outcome}.txt`);
      }
    } finally {
      await store.close();
    }

    const db = new Database(path, { readonly: true });
    try {
      expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
      expect(db.pragma('foreign_key_check')).toEqual([]);
      expect(db.prepare('SELECT max(version) AS v FROM catalog_versions').get()).toEqual({ v: version });
      const expectedRows = outcome === 0 ? catalogA.paragraphs.length : CHILD_PARAGRAPHS;
      expect(db.prepare('SELECT count(*) AS n FROM paragraphs WHERE version = ?').get(version)).toEqual({
        n: expectedRows,
      });
    } finally {
      db.close();
    }
    return outcome;
  }

  interface KillReport {
    /** 0 when the catalog A published before the child ran is current, else the child's catalog number. */
    readonly outcome: number;
    /** Size of the WAL file right after the kill: above 0 means the child had written pages. */
    readonly walBytes: number;
    readonly description: string;
  }

  /**
   * Publishes A, starts the child, waits until it printed `publishing 1`, then (when `walGrowth`)
   * until its write transaction has put pages into the WAL, waits `delayMs` more, and kills it.
   */
  async function killDuringFirstPublish(delayMs: number, walGrowth: boolean): Promise<KillReport> {
    const run = await databaseWithA();
    expect(walBytes(run.path), 'closing the store after publishing A empties the WAL').toBe(0);
    const publisher = startPublisher(run.path);
    try {
      await publisher.waitFor('publishing 1');
      if (walGrowth) {
        while (walBytes(run.path) === 0 && !publisher.printed('published 1')) await sleep(1);
      }
      await sleep(delayMs);
    } finally {
      await publisher.kill();
    }
    const description = `killed ${delayMs} ms after ${walGrowth ? 'the WAL grew' : 'publishing 1 was printed'}`;
    expect(publisher.printed('published 1'), `${description}: the kill must land mid-publish`).toBe(false);
    const wal = walBytes(run.path);
    const outcome = await checkAfterKill(run.path, run.versionA, 1);
    removeDatabase(run.path);
    return {
      outcome,
      walBytes: wal,
      description: `${description}: WAL ${wal} bytes, current = ${outcome === 0 ? 'A' : `catalog ${outcome}`}`,
    };
  }

  it('killed while it prepares the publish, the previous catalog stays current', async () => {
    for (const delay of [50, 150]) await killDuringFirstPublish(delay, false);
  }, 120_000);

  it('killed inside the write transaction, the half-written catalog is rolled back', async () => {
    const reports: KillReport[] = [];
    for (const delay of [0, 50, 150]) reports.push(await killDuringFirstPublish(delay, true));
    const descriptions = reports.map((report) => report.description).join('\n');
    // Uncommitted pages in the WAL and A still current: the kill interrupted the transaction.
    expect(
      reports.some((report) => report.outcome === 0 && report.walBytes > 0),
      descriptions,
    ).toBe(true);
  }, 120_000);

  it('killed while replacing a complete large catalog, one complete catalog stays current', async () => {
    const run = await databaseWithA();
    const publisher = startPublisher(run.path);
    let publishMs: number;
    try {
      const started = await publisher.waitFor('publishing 1');
      publishMs = (await publisher.waitFor('published 1')) - started;
      await publisher.waitFor('publishing 2');
      await sleep(publishMs * 0.5);
    } finally {
      await publisher.kill();
    }
    expect(
      publisher.printed('published 2'),
      `the kill ${Math.round(publishMs * 0.5)} ms into publish 2 must land mid-publish`,
    ).toBe(false);
    expect([1, 2]).toContain(await checkAfterKill(run.path, run.versionA, 2));
    removeDatabase(run.path);
  }, 120_000);
});

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
