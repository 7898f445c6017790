import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { BUNDLED_CORPUS_PATH, readCorpusText, replaceOnce } from './support/corpus.js';
import { createTestDatabase, dropTestDatabase } from './support/postgres-test-database.js';
import { sqliteVersionsOf } from './support/published.js';
import { runCli } from './support/run-cli.js';

const work = mkdtempSync(join(tmpdir(), 'somkb-copy-postgres-'));
const made: string[] = [];

afterAll(async () => {
  rmSync(work, { recursive: true, force: true });
  for (const url of made) await dropTestDatabase(url);
});

interface CopyJson {
  readonly versions: number;
  readonly checksum: string;
  readonly verified: boolean;
}

describe('somkb copy between SQLite and PostgreSQL', () => {
  it('moves every version to PostgreSQL and back unchanged, with the same checksum each way', async () => {
    const sqlite = join(work, 'from.db');
    const edited = join(work, 'edited.txt');
    writeFileSync(edited, replaceOnce(readCorpusText(), '以支持各国专家', '以支持各国专家（改）'));
    expect((await runCli(['ingest', BUNDLED_CORPUS_PATH, '--db', sqlite])).code).toBe(0);
    expect((await runCli(['ingest', edited, '--db', sqlite, '--message', '第 1 段'])).code).toBe(0);
    const postgres = await createTestDatabase('copy');
    made.push(postgres);

    const there = await runCli(['copy', '--from', sqlite, '--to', postgres, '--json']);
    expect(there.stderr).toBe('copied 1/2 versions\ncopied 2/2 versions\n');
    expect(there.code).toBe(0);
    const thereReport = JSON.parse(there.stdout) as CopyJson;
    expect(thereReport).toMatchObject({ versions: 2, verified: true });
    const { password } = new URL(postgres);
    if (password !== '') expect(there.stdout + there.stderr).not.toContain(password);

    const history = await runCli(['history', '--db', postgres, '--json']);
    const versions = (JSON.parse(history.stdout) as { versions: { version: number; message: string }[] })
      .versions;
    expect(versions.map((version) => [version.version, version.message])).toEqual([
      [1, ''],
      [2, '第 1 段'],
    ]);

    const back = join(work, 'back.db');
    const returned = await runCli(['copy', '--from', postgres, '--to', back, '--json']);
    expect(returned.code).toBe(0);
    expect((JSON.parse(returned.stdout) as CopyJson).checksum).toBe(thereReport.checksum);
    expect(await sqliteVersionsOf(back)).toEqual(await sqliteVersionsOf(sqlite));

    const again = await runCli(['copy', '--from', sqlite, '--to', postgres]);
    expect(again.code).toBe(1);
    expect(again.stderr).toMatch(/^somkb: thematic-summary-2021: the target store already holds version 1/);
  }, 120_000);
});
