import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openSqliteCatalogStore } from '../src/store/index.js';
import { BUNDLED_CORPUS_PATH, readCorpusText, replaceOnce } from './support/corpus.js';
import { makeEditedSampleCatalog } from './support/published.js';
import { createTestDatabase, dropTestDatabase } from './support/postgres-test-database.js';
import type { CliRun } from './support/run-cli.js';
import { makeSampleCatalog } from './support/sample-catalog.js';
import { runCli } from './support/run-cli.js';

const work = mkdtempSync(join(tmpdir(), 'somkb-history-cli-'));
/** PostgreSQL databases made by this file, dropped at its end. */
const made: string[] = [];
const corpus = readCorpusText();
/** The summary with one word of paragraph 12 changed (金融 → 财务). */
const edited = join(work, 'edited.txt');
writeFileSync(
  edited,
  replaceOnce(corpus, '文件建议对非法所得进行金融调查', '文件建议对非法所得进行财务调查'),
);

interface HistoryJson {
  document: string;
  versions: {
    version: number;
    publishedAt: string;
    by: string;
    message: string;
    source: {
      file: string;
      sha256: string;
      rollbackOf?: number;
      draft?: string;
      author?: string;
      reviewer?: string;
    };
    counts: { paragraphs: number; papers: number; themes: number };
  }[];
}

interface DiffJson {
  from: number;
  to: number;
  changes: { kind: string; change: string; number?: number; parts?: { op: string; text: string }[] }[];
}

/** `somkb <args> --db <db>`. */
const cliOver =
  (db: () => string) =>
  (...args: string[]): Promise<CliRun> =>
    runCli([...args, '--db', db()]);

async function historyOf(somkb: (...args: string[]) => Promise<CliRun>): Promise<HistoryJson> {
  const run = await somkb('history', '--json');
  expect(run.code).toBe(0);
  return JSON.parse(run.stdout) as HistoryJson;
}

/** Asserts a refusal: one line on stderr starting `somkb: `, matching `message`, exit `code`. */
function expectRefusal(run: CliRun, code: number, message: RegExp): void {
  expect(run.code).toBe(code);
  const lines = run.stderr.trimEnd().split('\n');
  expect(lines).toHaveLength(1);
  expect(lines[0]).toMatch(/^somkb: /);
  expect(lines[0]).toMatch(message);
  expect(run.stdout).toBe('');
}

afterAll(async () => {
  rmSync(work, { recursive: true, force: true });
  for (const url of made) await dropTestDatabase(url);
});

const BACKENDS: readonly (readonly [string, () => Promise<string>])[] = [
  ['SQLite', () => Promise.resolve(join(work, 'history.db'))],
  [
    'PostgreSQL',
    async () => {
      const url = await createTestDatabase('history_cli');
      made.push(url);
      return url;
    },
  ],
];

describe.each(BACKENDS)('the done-when of issue 13 on %s, through the CLI', (_backend, makeStore) => {
  let db = '';
  const somkb = cliOver(() => db);

  beforeAll(async () => {
    db = await makeStore();
    expect((await somkb('ingest', BUNDLED_CORPUS_PATH, '--lang', 'zh')).code).toBe(0);
    expect((await somkb('ingest', edited, '--lang', 'zh', '--message', 'paragraph 12: 财务调查')).code).toBe(
      0,
    );
  }, 120_000);

  it('history lists both versions, oldest first, as JSON and as a table', async () => {
    const history = await historyOf(somkb);
    expect(history.document).toBe('thematic-summary-2021');
    expect(history.versions.map((version) => [version.version, version.source.file])).toEqual([
      [1, 'thematic-summary-2021.txt'],
      [2, 'edited.txt'],
    ]);
    expect(history.versions[0]?.source.sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(history.versions.map((version) => version.message)).toEqual(['', 'paragraph 12: 财务调查']);
    expect(history.versions.every((version) => /^cli:./.test(version.by))).toBe(true);
    expect(history.versions[0]?.counts).toMatchObject({ paragraphs: 79, papers: 17, themes: 9 });
    expect(Date.parse(history.versions[1]?.publishedAt ?? '')).not.toBeNaN();
    const table = await somkb('history');
    expect(table.stdout).toMatch(/^thematic-summary-2021: 2 versions/);
    expect(table.stdout).toMatch(
      /^\s+2\s+\d{4}-\d\d-\d\d \d\d:\d\d:\d\d\s+zh\s+.*edited\.txt [0-9a-f]{12}\s+paragraph 12: 财务调查$/m,
    );
  });

  it('diff 1 2 shows exactly the edited paragraph, as JSON and as marked text', async () => {
    const run = await somkb('diff', '1', '2', '--json');
    expect(run.code).toBe(0);
    const diff = JSON.parse(run.stdout) as DiffJson;
    expect([diff.from, diff.to]).toEqual([1, 2]);
    expect(diff.changes.map((change) => [change.kind, change.change, change.number])).toEqual([
      ['paragraph', 'changed', 12],
    ]);
    expect(diff.changes[0]?.parts?.filter((part) => part.op !== 'equal')).toEqual([
      { op: 'delete', text: '金融' },
      { op: 'insert', text: '财务' },
    ]);
    const text = await somkb('diff', '1', '2');
    expect(text.stdout).toMatch(/^thematic-summary-2021, version 1 → 2: 1 change\nparagraph 12 changed\n/);
    expect(text.stdout).toContain('进行[-金融-]{+财务+}调查');
  });

  it('rollback 1 publishes the content of version 1 as version 3, equal to it', async () => {
    const run = await somkb('rollback', '1', '--message', 'undo the edit');
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/as version 3: the content of version 1/);
    const history = await historyOf(somkb);
    expect(history.versions.map((version) => version.version)).toEqual([1, 2, 3]);
    const third = history.versions[2];
    expect(third?.message).toBe('undo the edit');
    expect(third?.by).toMatch(/^cli:./);
    expect(third?.source).toEqual({ ...history.versions[0]?.source, rollbackOf: 1 });
    const same = JSON.parse((await somkb('diff', '1', '3', '--json')).stdout) as DiffJson;
    expect(same.changes).toEqual([]);
    const back = JSON.parse((await somkb('diff', '2', '3', '--json')).stdout) as DiffJson;
    expect(back.changes.map((change) => change.number)).toEqual([12]);
  }, 120_000);

  it('refuses bad requests on one line each, writing nothing', async () => {
    expectRefusal(await somkb('rollback', '3'), 1, /version 3 is the current version/);
    expectRefusal(await somkb('rollback', '1'), 1, /same content as the current version 3/);
    expectRefusal(
      await somkb('rollback', '9'),
      1,
      /version 9 of thematic-summary-2021 does not exist \(versions 1–3\)/,
    );
    expectRefusal(
      await somkb('rollback', 'x'),
      2,
      /<version> is a version number, a whole number from 1 \(got 'x'\)/,
    );
    expectRefusal(await somkb('diff', '1', '9'), 1, /version 9 of thematic-summary-2021 does not exist/);
    expectRefusal(await somkb('diff', '0', '1'), 2, /<from> is a version number/);
    expectRefusal(
      await somkb('history', '--document', 'other'),
      1,
      /no document 'other'.*thematic-summary-2021/,
    );
    expect((await historyOf(somkb)).versions).toHaveLength(3);
  }, 120_000);
});

describe('refusals of somkb history, diff and rollback (SQLite)', () => {
  it('says that nothing is published, for each command over an empty store', async () => {
    const empty = join(work, 'empty.db');
    for (const args of [['history'], ['diff', '1', '2'], ['rollback', '1']]) {
      expectRefusal(await runCli([...args, '--db', empty]), 1, /nothing is published yet/);
    }
  }, 120_000);

  it('refuses a rollback that would remove paragraphs, papers and themes, unless --allow-removals', async () => {
    const cutDb = join(work, 'cut.db');
    const cut = join(work, 'cut.txt');
    writeFileSync(cut, `${corpus.split('\n').slice(0, 399).join('\n')}\n`);
    const cli = (...args: string[]): Promise<CliRun> => runCli([...args, '--db', cutDb]);
    expect((await cli('ingest', cut, '--lang', 'zh')).code).toBe(0);
    expect((await cli('ingest', BUNDLED_CORPUS_PATH, '--lang', 'zh')).code).toBe(0);
    expectRefusal(
      await cli('rollback', '1'),
      1,
      /^somkb: version 1: not published: it would remove paragraphs 38–79, papers .*\(8\), themes .*\(6\) of version 2 .*--allow-removals/,
    );
    expect((await historyOf(cli)).versions).toHaveLength(2);
    const allowed = await cli('rollback', '1', '--allow-removals');
    expect(allowed.code).toBe(0);
    expect(allowed.stdout).toMatch(
      /as version 3: the content of version 1; removed paragraphs 38–79, papers /,
    );
    const history = await historyOf(cli);
    expect(history.versions[2]?.source.rollbackOf).toBe(1);
    expect((await cli('history')).stdout).toMatch(/^\s+3 .*\[removed paragraphs 38–79, /m);
  }, 120_000);
});

describe("the provenance of an editor's publish, through the CLI", () => {
  it('history --json gives the draft, its author and its reviewer; the table names them too', async () => {
    const db = join(work, 'edits.db');
    const store = await openSqliteCatalogStore(db);
    try {
      await store.publish(
        makeSampleCatalog(),
        { name: 'summary.txt', sha256: 'a'.repeat(64) },
        { by: 'cli:ana' },
      );
      await store.publish(
        makeEditedSampleCatalog(),
        {
          name: 'draft d-7',
          sha256: 'b'.repeat(64),
          draft: 'd-7',
          author: 'editor@example.org',
          reviewer: 'reviewer@example.org',
        },
        { by: 'reviewer@example.org', message: 'paragraph 4' },
      );
    } finally {
      await store.close();
    }
    const json = await runCli(['history', '--json', '--db', db]);
    expect(json.code, json.stderr).toBe(0);
    const history = JSON.parse(json.stdout) as HistoryJson;
    expect(history.versions.map((version) => version.source)).toEqual([
      { file: 'summary.txt', sha256: 'a'.repeat(64) },
      {
        file: 'draft d-7',
        sha256: 'b'.repeat(64),
        draft: 'd-7',
        author: 'editor@example.org',
        reviewer: 'reviewer@example.org',
      },
    ]);
    const table = await runCli(['history', '--db', db]);
    expect(table.code, table.stderr).toBe(0);
    expect(table.stdout).toContain('draft d-7, by editor@example.org, reviewed by reviewer@example.org');
  }, 60_000);
});
