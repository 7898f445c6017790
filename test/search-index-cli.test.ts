import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { BUNDLED_CORPUS_PATH } from './support/corpus.js';
import { runCli } from './support/run-cli.js';

const work = mkdtempSync(join(tmpdir(), 'somkb-index-cli-'));

afterAll(() => {
  rmSync(work, { recursive: true, force: true });
});

const indexFiles = (folder: string): string[] =>
  existsSync(folder) ? readdirSync(folder).filter((name) => name.endsWith('.somkbidx')) : [];

describe('somkb search and the stored index', () => {
  it('stores the index in SOMKB_INDEX_DIR (else beside the database), loads it, and rebuilds a corrupt one', async () => {
    const db = join(work, 'somkb.db');
    expect((await runCli(['ingest', BUNDLED_CORPUS_PATH, '--db', db])).code).toBe(0);
    const folder = join(work, 'shared index');
    const env = { SOMKB_INDEX_DIR: folder };
    const first = await runCli(['search', '洗钱', '--json', '--db', db], env);
    expect(first.code, first.stderr).toBe(0);
    expect(first.stderr).toBe('');
    expect(indexFiles(folder)).toHaveLength(1);
    expect(indexFiles(`${db}.index`)).toEqual([]);
    const file = join(folder, indexFiles(folder)[0] as string);
    const sound = readFileSync(file);

    const loaded = await runCli(['search', '洗钱', '--json', '--db', db], env);
    expect(loaded.stdout).toBe(first.stdout);
    expect(loaded.stderr).toBe('');

    writeFileSync(file, sound.subarray(0, sound.length - 64));
    const rebuilt = await runCli(['search', '洗钱', '--json', '--db', db], env);
    expect(rebuilt.code).toBe(0);
    expect(rebuilt.stdout).toBe(first.stdout);
    expect(rebuilt.stderr).toMatch(/^somkb: stored search index not used: length .* \(truncated\?\)\n$/);
    expect(readFileSync(file).equals(sound)).toBe(true);

    const beside = await runCli(['search', '洗钱', '--json', '--db', db]);
    expect(beside.stdout).toBe(first.stdout);
    expect(indexFiles(`${db}.index`)).toHaveLength(1);
  }, 120_000);
});

describe('somkb index build', () => {
  it('builds and stores the index of the current versions, then finds it up to date', async () => {
    const db = join(work, 'build.db');
    expect((await runCli(['ingest', BUNDLED_CORPUS_PATH, '--db', db])).code).toBe(0);
    const built = await runCli(['index', 'build', '--db', db]);
    expect(built.code, built.stderr).toBe(0);
    expect(built.stdout).toMatch(
      /^search index built in [\d.]+ s \([\d.]+ MB\)\nstored in .*build\.db\.index\n$/,
    );
    expect(indexFiles(`${db}.index`)).toHaveLength(1);
    const again = await runCli(['index', 'build', '--db', db]);
    expect(again.code, again.stderr).toBe(0);
    expect(again.stdout).toMatch(/^search index up to date in .*build\.db\.index \([\d.]+ MB\), loaded\n$/);
    const memory = await runCli(['index', 'build', '--db', ':memory:']);
    expect(memory.code).toBe(2);
    expect(memory.stderr).toContain('keeps no search index');
  }, 120_000);
});
