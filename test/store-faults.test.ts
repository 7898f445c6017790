import { randomBytes } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { BUNDLED_CORPUS_PATH } from './support/corpus.js';
import { runCli, serveCli } from './support/run-cli.js';

const work = mkdtempSync(join(tmpdir(), 'somkb-store-faults-'));

afterAll(() => {
  rmSync(work, { recursive: true, force: true });
});

describe('the store under faults, through the CLI', () => {
  it('a database folder that cannot be created is reported as such, not as an internal error', async () => {
    const file = join(work, 'a-file');
    writeFileSync(file, 'not a folder');
    const run = await runCli(['ingest', BUNDLED_CORPUS_PATH, '--db', join(file, 'data', 'catalog.db')]);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain(`cannot create the folder ${join(file, 'data')} for the database`);
    expect(run.stderr).not.toContain('internal error');
  }, 60_000);

  it('serve over a zero-length database reports nothing published and leaves the file untouched', async () => {
    const db = join(work, 'zero.db');
    writeFileSync(db, '');
    const server = await serveCli(db);
    try {
      expect((await fetch(`${server.url}/api/v1/health`)).status).toBe(200);
      const catalog = await fetch(`${server.url}/api/v1/catalog`);
      expect(catalog.status).toBe(404);
      expect(((await catalog.json()) as { error: { code: string } }).error.code).toBe('CATALOG_EMPTY');
    } finally {
      await server.stop();
    }
    expect(statSync(db).size).toBe(0);
  }, 60_000);

  it('serve reads the database without writing to it, so a read-only folder would do', async () => {
    const db = join(work, 'published.db');
    expect((await runCli(['ingest', BUNDLED_CORPUS_PATH, '--db', db])).code).toBe(0);
    const before = readFileSync(db);
    const server = await serveCli(db);
    try {
      const health = await fetch(`${server.url}/api/v1/health`);
      expect(health.status).toBe(200);
      expect((await fetch(`${server.url}/api/v1/catalog`)).status).toBe(200);
      expect(existsSync(`${db}-wal`)).toBe(false);
      expect(existsSync(`${db}-shm`)).toBe(false);
    } finally {
      await server.stop();
    }
    expect(readFileSync(db).equals(before)).toBe(true);
  }, 60_000);

  it('the commands that only read leave the database as it was, so a read-only folder would do', async () => {
    const db = join(work, 'read-by-commands.db');
    expect((await runCli(['ingest', BUNDLED_CORPUS_PATH, '--db', db])).code).toBe(0);
    const before = readFileSync(db);
    const reads = [
      ['search', '洗钱', '--json'],
      ['export', '--format', 'csv'],
      ['topics', '--json'],
      ['provisions', '--json'],
      ['mechanisms', '--json'],
      ['brief', '--theme', 'theme-1', '--format', 'md', '--out', join(work, 'pack.md')],
    ];
    for (const args of reads) {
      const result = await runCli([...args, '--db', db]);
      expect(result.code, `${args.join(' ')}: ${result.stderr}`).toBe(0);
      expect(existsSync(`${db}-wal`), args.join(' ')).toBe(false);
      expect(existsSync(`${db}-shm`), args.join(' ')).toBe(false);
    }
    expect(readFileSync(db).equals(before)).toBe(true);
  }, 120_000);

  it('a damaged database answers 503 naming the file without the folders above it', async () => {
    const db = join(work, 'damaged.db');
    const ingest = await runCli(['ingest', BUNDLED_CORPUS_PATH, '--db', db]);
    expect(ingest.code).toBe(0);
    const server = await serveCli(db);
    try {
      writeFileSync(db, randomBytes(256 * 1024));
      const response = await fetch(`${server.url}/api/v1/catalog`);
      const text = await response.text();
      expect(response.status).toBe(503);
      const body = JSON.parse(text) as { error: { code: string; details: { where?: string } } };
      expect(body.error.code).toBe('STORE_FAILED');
      expect(body.error.details.where).toBe('damaged.db');
      expect(text).not.toContain(work);
    } finally {
      await server.stop();
    }
  }, 60_000);
});
