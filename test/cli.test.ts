import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir, userInfo } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openSqliteCatalogStore } from '../src/store/index.js';
import type { VersionRecord } from '../src/store/index.js';
import { BUNDLED_CORPUS_PATH, readCorpusText, replaceOnce, swapParagraphs } from './support/corpus.js';
import { runCli, serveCli, startCli } from './support/run-cli.js';
import { sqliteVersionsOf } from './support/published.js';
import { makeLargeSummary } from './support/synthetic-summary.js';

const work = mkdtempSync(join(tmpdir(), 'somkb-cli-'));
const db = join(work, 'catalog.db');
const file = (name: string, content: string | Uint8Array): string => {
  const path = join(work, name);
  writeFileSync(path, content);
  return path;
};

interface ExportedCatalog {
  themes: { name: string; keyTopics: string[]; papers: string[] }[];
  papers: {
    symbol: string;
    year: number;
    meeting: number;
    theme: string;
    paragraphs: number[];
    url: string;
  }[];
  paragraphs: {
    number: number;
    text: string;
    items: { label: string; text: string }[];
    theme: string | null;
    paper: string | null;
  }[];
  references: { paragraph: number; instrument: string; article?: string; clause?: string; text: string }[];
  mechanisms: { id: string; labels: Record<string, string>; paragraphs: number[] }[];
  concepts: { id: string; kind: string; labels: Record<string, string>; paragraphs: number[] }[];
}

let published = '';

beforeAll(async () => {
  const run = await runCli(['ingest', BUNDLED_CORPUS_PATH, '--lang', 'zh', '--db', db]);
  expect(run.stderr).toContain('publishing');
  expect(run.code).toBe(0);
  published = (await runCli(['export', '--format', 'json', '--db', db])).stdout;
}, 60_000);

afterAll(() => {
  rmSync(work, { recursive: true, force: true });
});

describe('somkb ingest', () => {
  it('--check reports counts and every anomaly with its line, and touches no store', async () => {
    const checkDb = join(work, 'never-created.db');
    const run = await runCli(['ingest', BUNDLED_CORPUS_PATH, '--check', '--db', checkDb]);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain(
      'chapters 2 · themes 9 · key topics 109 · papers 17 · paragraphs 79 · items 41',
    );
    expect(run.stdout).toContain('anomalies: 0 errors, 5 warnings');
    expect(run.stdout).toMatch(/line 339 +warning +symbol-wrapped/);
    expect(existsSync(checkDb)).toBe(false);
  });

  it('--check --json prints the report as JSON', async () => {
    const run = await runCli(['ingest', BUNDLED_CORPUS_PATH, '--check', '--json']);
    const report = JSON.parse(run.stdout) as {
      ok: boolean;
      counts: { paragraphs: number };
      anomalies: unknown[];
    };
    expect(report.ok).toBe(true);
    expect(report.counts.paragraphs).toBe(79);
    expect(report.anomalies).toHaveLength(5);
  });

  it('publishes, and says so; publishing the same text again changes nothing', async () => {
    const run = await runCli(['ingest', BUNDLED_CORPUS_PATH, '--db', db]);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^unchanged: thematic-summary-2021 \(zh\) version 1/);
  });
});

describe('somkb ingest: provenance and the removal guard', () => {
  const historyDb = join(work, 'history.db');
  const by = `cli:${userInfo().username}`;
  const cutLines = (lines: number): string =>
    file(`cut-${lines}.txt`, `${readCorpusText().split('\n').slice(0, lines).join('\n')}\n`);

  /** The version records of the summary in `historyDb`, read as the store gives them. */
  async function history(): Promise<readonly VersionRecord[]> {
    const store = await openSqliteCatalogStore(historyDb, { readonly: true });
    try {
      return await store.history('thematic-summary-2021');
    } finally {
      await store.close();
    }
  }

  interface IngestJson {
    version: number;
    changed: boolean;
    document: string;
    by: string;
    message: string;
    removals: { paragraphs: number[]; papers: string[]; themes: string[] } | null;
  }

  it('records who published and the message, and names the version made', async () => {
    const run = await runCli([
      'ingest',
      BUNDLED_CORPUS_PATH,
      '--db',
      historyDb,
      '--message',
      '首次发布 v1',
      '--json',
    ]);
    expect(run.code).toBe(0);
    const output = JSON.parse(run.stdout) as IngestJson;
    expect(output).toMatchObject({
      version: 1,
      changed: true,
      document: 'thematic-summary-2021',
      by,
      message: '首次发布 v1',
      removals: null,
    });
    expect((await history()).map((record) => [record.version, record.by, record.message])).toEqual([
      [1, by, '首次发布 v1'],
    ]);
  });

  it('refuses the summary cut to its first 399 lines, naming what it would remove; nothing is published', async () => {
    const cut = cutLines(399);
    const check = await runCli(['ingest', cut, '--check']);
    expect(check.stdout).toContain('result: valid, can be published');
    const run = await runCli(['ingest', cut, '--db', historyDb]);
    expect(run.code).toBe(1);
    const lines = run.stderr.trimEnd().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(
      /^somkb: cut-399\.txt: not published: it would remove paragraphs 38–79, papers CTOC\/\S+, CTOC\/\S+, … \(8\), themes theme-4, theme-5, … \(6\) of version 1 of thematic-summary-2021 \(zh\)/,
    );
    expect(lines[0]).toContain('--allow-removals');
    expect(await history()).toHaveLength(1);
  });

  it('--allow-removals publishes it, and the history records the removals', async () => {
    const run = await runCli(['ingest', cutLines(399), '--db', historyDb, '--allow-removals', '--json']);
    expect(run.code).toBe(0);
    const output = JSON.parse(run.stdout) as IngestJson;
    expect(output.version).toBe(2);
    expect(output.removals?.paragraphs).toEqual(Array.from({ length: 42 }, (_, index) => index + 38));
    expect(output.removals?.papers).toHaveLength(8);
    expect(output.removals?.themes).toHaveLength(6);
    const records = await history();
    expect(records.map((record) => record.version)).toEqual([1, 2]);
    expect(records[1]?.removals).toEqual(output.removals);
    expect(records[1]?.counts).toMatchObject({ paragraphs: 37, papers: 9, themes: 3 });

    const back = await runCli(['ingest', BUNDLED_CORPUS_PATH, '--db', historyDb]);
    expect(back.code).toBe(0);
    expect(back.stdout).toMatch(/^published thematic-summary-2021 \(zh\) as version 3:/);
  });

  /** Runs `somkb start` over `db` until it serves, stops it, and gives what it printed on stderr. */
  async function startOnce(db: string): Promise<string> {
    const server = await serveCli(db, 'start');
    await server.stop();
    return server.stderr();
  }

  it('somkb start records its ingest of the bundled corpus as cli:<os user>, once: never over a later edition', async () => {
    const startDb = join(work, 'start.db');
    expect(await startOnce(startDb)).toContain(
      'published the bundled corpus as thematic-summary-2021 (zh) version 1',
    );
    expect(await startOnce(startDb)).toContain('catalog up to date: thematic-summary-2021 (zh) version 1');

    const edited = join(work, 'start-edited.txt');
    writeFileSync(
      edited,
      readFileSync(BUNDLED_CORPUS_PATH, 'utf8').replace('12. 文件详细说明', '12. 该文件详细说明'),
    );
    expect((await runCli(['ingest', edited, '--db', startDb, '--message', 'an edition'])).code).toBe(0);
    expect(await startOnce(startDb)).toContain(
      'serving thematic-summary-2021 (zh) version 2, published after the bundled corpus',
    );

    const store = await openSqliteCatalogStore(startDb, { readonly: true });
    try {
      const records = await store.history('thematic-summary-2021');
      expect(records.map((record) => [record.version, record.by, record.source.name])).toEqual([
        [1, by, 'thematic-summary-2021.txt'],
        [2, by, 'start-edited.txt'],
      ]);
      expect(records[0]?.message).not.toBe('');
      expect((await store.current('thematic-summary-2021', 'zh'))?.version).toBe(2);
    } finally {
      await store.close();
    }
  });
});

describe('somkb copy', () => {
  const fromDb = join(work, 'copy-from.db');
  const toDb = join(work, 'copy-to.db');

  beforeAll(async () => {
    expect((await runCli(['ingest', BUNDLED_CORPUS_PATH, '--db', fromDb])).code).toBe(0);
    const edited = file('edited.txt', replaceOnce(readCorpusText(), '偷运移民', '偷运移民（改）'));
    expect((await runCli(['ingest', edited, '--db', fromDb, '--message', '改一段'])).code).toBe(0);
  }, 60_000);

  it('copies every version with progress on stderr, and says the copy was checked', async () => {
    const run = await runCli(['copy', '--from', fromDb, '--to', toDb]);
    expect(run.code).toBe(0);
    expect(run.stderr).toBe('copied 1/2 versions\ncopied 2/2 versions\n');
    expect(run.stdout).toContain(`copied 2 versions of 1 document from ${fromDb} to ${toDb}`);
    expect(run.stdout).toMatch(/checked: .*SHA-256 .*\(checksum [0-9a-f]{64}\)/);
    const copied = await sqliteVersionsOf(toDb);
    expect(copied).toHaveLength(2);
    expect(copied).toEqual(await sqliteVersionsOf(fromDb));
  });

  it('refuses a target that already holds the versions, in one line, and writes nothing', async () => {
    const before = await sqliteVersionsOf(toDb);
    const run = await runCli(['copy', '--from', fromDb, '--to', toDb, '--json']);
    expect(run.code).toBe(1);
    const lines = run.stderr.trimEnd().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(
      /^somkb: thematic-summary-2021: the target store already holds version 1 of thematic-summary-2021 \(and 1 more of its versions\); nothing was copied/,
    );
    expect(run.stdout).toBe('');
    expect(await sqliteVersionsOf(toDb)).toEqual(before);
  });

  it('--json gives the counts and the checksum; the same content gives the same checksum', async () => {
    const jsonDb = join(work, 'copy-json.db');
    const first = await runCli(['copy', '--from', fromDb, '--to', toDb.replace('copy-to', 'copy-text')]);
    expect(first.code).toBe(0);
    const run = await runCli(['copy', '--from', fromDb, '--to', jsonDb, '--json']);
    expect(run.code).toBe(0);
    const report = JSON.parse(run.stdout) as {
      from: string;
      to: string;
      documents: { document: string; versions: number; languages: string[] }[];
      versions: number;
      checksum: string;
      verified: boolean;
    };
    expect(report).toMatchObject({
      from: fromDb,
      to: jsonDb,
      documents: [{ document: 'thematic-summary-2021', versions: 2, languages: ['zh'] }],
      versions: 2,
      verified: true,
    });
    expect(first.stdout).toContain(`(checksum ${report.checksum})`);
    const again = await runCli(['copy', '--from', jsonDb, '--to', join(work, 'copy-again.db'), '--json']);
    expect((JSON.parse(again.stdout) as { checksum: string }).checksum).toBe(report.checksum);
  });

  it('needs both stores', async () => {
    const run = await runCli(['copy', '--from', fromDb]);
    expect(run.code).not.toBe(0);
    expect(run.stderr).toMatch(/--to <db>/);
  });
});

// Some tests run somkb five times or more; on a loaded machine one run can take several seconds.
describe('somkb export', { timeout: 120_000 }, () => {
  it('--format json follows the contract of DESIGN.md', () => {
    const catalog = JSON.parse(published) as ExportedCatalog;
    expect(catalog.themes.map((theme) => theme.name)[3]).toBe('空中偷运');
    expect(catalog.themes[3]?.keyTopics).toHaveLength(7);
    expect(catalog.themes[4]?.keyTopics).toHaveLength(11);
    expect(catalog.papers).toHaveLength(17);
    expect(catalog.papers[0]).toMatchObject({
      symbol: 'CTOC/COP/WG.7/2018/2',
      year: 2018,
      meeting: 5,
      theme: '刑事司法对策',
      paragraphs: [4, 5, 6, 7, 8, 9],
      url: 'https://undocs.org/CTOC/COP/WG.7/2018/2',
    });
    expect(catalog.paragraphs).toHaveLength(79);
    expect(catalog.paragraphs[68]?.items.map((item) => item.label)).toEqual([
      'a',
      'b',
      'c',
      'd',
      'e',
      'f',
      'g',
      'h',
    ]);
    expect(catalog.paragraphs[68]).toMatchObject({ theme: '预防', paper: 'CTOC/COP/WG.7/2015/3' });
    expect(catalog.paragraphs[0]).toMatchObject({ theme: null, paper: null });
  });

  it('--format json carries the cited provisions, the mechanisms and the concepts with their paragraphs', () => {
    const catalog = JSON.parse(published) as ExportedCatalog;
    const textOf = (number: number): string => {
      const paragraph = catalog.paragraphs.find((candidate) => candidate.number === number);
      return [paragraph?.text ?? '', ...(paragraph?.items.map((item) => item.text) ?? [])].join('\n');
    };
    expect(catalog.references.length).toBeGreaterThan(10);
    for (const reference of catalog.references) {
      expect(textOf(reference.paragraph)).toContain(reference.text);
      if (reference.article !== undefined) expect(reference.text).toContain(reference.article);
    }
    expect(catalog.references.map((reference) => reference.instrument)).toEqual(
      expect.arrayContaining(['protocol', 'untoc']),
    );
    const eurosur = catalog.mechanisms.find((mechanism) => mechanism.id === 'eurosur');
    expect(eurosur?.labels['en']).toBe('European Border Surveillance System');
    for (const number of eurosur?.paragraphs ?? []) expect(textOf(number)).toContain(eurosur?.labels['zh']);
    const topics = catalog.concepts.filter((concept) => concept.kind === 'topic');
    expect(new Set(catalog.themes.flatMap((theme) => theme.keyTopics)).size).toBeLessThanOrEqual(
      topics.length + 10,
    );
    expect(
      catalog.concepts.every(
        (concept) => concept.labels['zh'] !== undefined && concept.labels['en'] !== undefined,
      ),
    ).toBe(true);
  });

  it('--format csv prints one row per paper', async () => {
    const run = await runCli(['export', '--format', 'csv', '--db', db]);
    const rows = run.stdout.trimEnd().split('\r\n');
    expect(rows[0]).toBe('symbol,year,meeting,theme,paragraphs,url,title');
    expect(rows).toHaveLength(18);
    expect(rows[1]).toMatch(
      /^CTOC\/COP\/WG\.7\/2018\/2,2018,5,刑事司法对策,4-9,https:\/\/undocs\.org\/CTOC\/COP\/WG\.7\/2018\/2,\S/,
    );
    expect(run.stdout.charCodeAt(0)).toBe('s'.charCodeAt(0));
  });

  it('--bom starts a CSV export or the thesaurus CSV with a UTF-8 byte order mark (issue 12.15)', async () => {
    const plain = await runCli(['export', '--format', 'csv', '--db', db]);
    const marked = await runCli(['export', '--format', 'csv', '--bom', '--db', db]);
    expect(marked.stdout).toBe(`\uFEFF${plain.stdout}`);
    const out = join(work, 'papers.csv');
    expect((await runCli(['export', '--format', 'csv', '--bom', '--out', out, '--db', db])).code).toBe(0);
    expect([...readFileSync(out).subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const thesaurus = await runCli(['topics', '--format', 'csv', '--bom', '--db', db]);
    expect(thesaurus.stdout).toMatch(/^\uFEFFid,kind,zh,en/);
    const refused = await runCli(['export', '--format', 'json', '--bom', '--db', db]);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain('--bom: only a CSV file takes a byte order mark');
  });

  it('--format md prints Markdown', async () => {
    const run = await runCli(['export', '--format', 'md', '--db', db]);
    expect(run.stdout).toMatch(/^# 自偷运移民问题工作组第一次会议以来的背景文件/);
    expect(run.stdout).toContain('[CTOC/COP/WG.7/2015/3](https://undocs.org/CTOC/COP/WG.7/2015/3)');
  });

  it('--format text prints a clean text that ingests back into an identical catalog', async () => {
    const text = (await runCli(['export', '--format', 'text', '--db', db])).stdout;
    expect(text).not.toContain('undocs.org');
    expect(text).toContain(
      '\n69. 文件认真研究了采取综合多层面做法以防止偷运移民的必要性。这方面良好做法的事例包括：\n  (a) ',
    );
    const copy = file('summary-clean.txt', text);
    const secondDb = join(work, 'round-trip.db');
    const ingested = await runCli(['ingest', copy, '--db', secondDb]);
    expect(ingested.code).toBe(0);
    const again = await runCli(['export', '--format', 'json', '--db', secondDb]);
    expect(JSON.parse(again.stdout)).toEqual(JSON.parse(published));
    const textAgain = (await runCli(['export', '--format', 'text', '--db', secondDb])).stdout;
    expect(textAgain).toBe(text);
  });

  it('refuses an unknown format with a usage error', async () => {
    const run = await runCli(['export', '--format', 'pdf', '--db', db]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("the formats are json, csv, md, docx, text (got 'pdf')");
  });

  it('says clearly when nothing is published, and a command that only reads creates no database', async () => {
    const absent = join(work, 'never-made.db');
    const run = await runCli(['export', '--db', absent]);
    expect(run.code).toBe(1);
    expect(run.stderr.trim()).toBe(
      "somkb: no catalog in 'zh' is published yet; run: somkb ingest <file> --lang zh",
    );
    expect((await runCli(['history', '--db', absent])).code).toBe(1);
    expect(existsSync(absent)).toBe(false);
  });
});

describe('bad input through the CLI', () => {
  const corpus = readCorpusText();
  const cases: readonly (readonly [string, () => string, RegExp])[] = [
    ['an empty file', () => file('empty.txt', ''), /^somkb: empty\.txt: the file is empty/],
    [
      'a binary file',
      () => file('binary.bin', Buffer.from([0x7f, 0x45, 0x4c, 0x46, 2, 1, 1, 0, 0, 0])),
      /binary data/,
    ],
    ['a UTF-16 file', () => file('utf16.txt', Buffer.from(`\ufeff${corpus}`, 'utf16le')), /UTF-16/],
    ['a GBK file', () => join(import.meta.dirname, 'fixtures', 'summary-head.gbk.txt'), /GBK\/GB18030/],
    [
      'a file cut in the middle of a paragraph',
      () => file('cut.txt', corpus.slice(0, corpus.indexOf('的典型组织结构'))),
      /line \d+: the text ends in the middle of paragraph 41/,
    ],
    [
      'a file with paragraphs out of order',
      () => file('order.txt', swapParagraphs(corpus, 44)),
      /line \d+: paragraph 45 follows paragraph 43 \(expected 44\) \(3 errors in all; --check lists them\)/,
    ],
    [
      'a 50 MB file of noise',
      () => file('noise.bin', Buffer.alloc(50 * 1024 * 1024, 0x5a)),
      /noise\.bin: 50\.0 MiB is too large; the largest text somkb ingests is 16\.0 MiB/,
    ],
    [
      'a file in English',
      () =>
        file(
          'english.txt',
          'Working Group on the Smuggling of Migrants\n\nI. Introduction\n\n1. Background papers were prepared for each meeting.\n',
        ),
      /not Chinese: \d+% of its letters are Latin/,
    ],
    ['a file that does not exist', () => join(work, 'missing.txt'), /no such file/],
  ];

  for (const [what, makeFile, message] of cases) {
    it(`${what}: one clear line, a non-zero exit, and the store keeps its catalog`, async () => {
      const run = await runCli(['ingest', makeFile(), '--db', db]);
      expect(run.code).toBe(1);
      const lines = run.stderr.trimEnd().split('\n');
      expect(lines).toHaveLength(1);
      expect(lines[0]).toMatch(/^somkb: /);
      expect(lines[0]).toMatch(message);
      expect((await runCli(['export', '--format', 'json', '--db', db])).stdout).toBe(published);
    });
  }

  it('a kill during publish leaves the previous catalog intact', async () => {
    const large = file('large.txt', makeLargeSummary(corpus, 15 * 1024 * 1024));
    for (const delay of [0, 40, 120]) {
      const child = startCli(['ingest', large, '--db', db]);
      let stderr = '';
      const killed = new Promise<string | null>((resolve) => {
        child.stderr?.setEncoding('utf8').on('data', (chunk: string) => {
          stderr += chunk;
          if (stderr.includes('publishing')) {
            setTimeout(() => child.kill('SIGKILL'), delay);
          }
        });
        child.once('close', (_code, signal) => {
          resolve(signal);
        });
      });
      expect(await killed).toBe('SIGKILL');
      expect(stderr).not.toMatch(/^published/m);
      expect((await runCli(['export', '--format', 'json', '--db', db])).stdout).toBe(published);
    }
  }, 120_000);
});

describe('somkb search', () => {
  it('--json prints hits and total per the contract, best first', async () => {
    const run = await runCli(['search', '电子监视 OR "', '--json', '--db', db]);
    expect(run.code).toBe(0);
    const result = JSON.parse(run.stdout) as { hits: Record<string, unknown>[]; total: number };
    expect(result.total).toBeGreaterThan(0);
    expect(Object.keys(result.hits[0] ?? {})).toEqual(
      expect.arrayContaining(['paragraph', 'document', 'paper', 'theme', 'score', 'snippet']),
    );
  });

  it('honours --limit and renders a readable page with symbol, paragraph and marked terms', async () => {
    const json = JSON.parse(
      (await runCli(['search', '国际合作', '--json', '--limit', '3', '--db', db])).stdout,
    ) as {
      hits: { paragraph: number }[];
    };
    expect(json.hits).toHaveLength(3);
    const run = await runCli(['search', '电子监视', '--db', db]);
    expect(run.stdout).toMatch(/^\d+ results? for 电子监视 \(page 1 of 1\)/);
    expect(run.stdout).toContain('  1. CTOC/COP/WG.7/2013/2 · para. 20 · 刑事司法对策');
    expect(run.stdout).toContain('[电子监视]');
  });

  it('refuses a bad limit, and says when the catalog is empty', async () => {
    const run = await runCli(['search', 'x', '--limit', '0', '--db', db]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("--limit is a whole number from 1 to 100 (got '0')");
    const empty = await runCli(['search', 'x', '--db', join(work, 'nothing.db')]);
    expect(empty.code).toBe(1);
    expect(empty.stderr).toContain('no catalog');
  });
});

// Some tests run somkb five times or more; on a loaded machine one run can take several seconds.
describe('somkb topics, provisions and mechanisms', { timeout: 120_000 }, () => {
  it('topics lists the thesaurus with paragraphs, as text, JSON, SKOS and CSV', async () => {
    const text = await runCli(['topics', '--key-topics', '--db', db]);
    expect(text.code).toBe(0);
    expect(text.stdout).toMatch(
      /^international-cooperation\s+国际合作 \/ international cooperation {2}\[theme-/m,
    );
    const json = await runCli(['topics', '--json', '--db', db]);
    const concepts = JSON.parse(json.stdout) as { id: string; themes: string[]; paragraphs: number[] }[];
    expect(concepts.find((concept) => concept.id === 'international-cooperation')?.themes).toHaveLength(6);
    const skos = await runCli(['topics', '--format', 'skos', '--db', db]);
    expect(skos.stdout).toContain('@prefix skos: <http://www.w3.org/2004/02/skos/core#>');
    expect(skos.stdout.match(/ a skos:Concept\b/g)?.length).toBe(concepts.length);
    const csv = await runCli(['topics', '--format', 'csv', '--db', db]);
    expect(csv.stdout.split('\r\n')[0]).toMatch(/^id,kind,zh,en/);
    const bad = await runCli(['topics', '--label', 'xx', '--db', db]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('--label');
  });

  it('provisions lists every cited article with its title and where it is cited', async () => {
    const run = await runCli(['provisions', '--db', db]);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('Smuggling of Migrants Protocol');
    expect(run.stdout).toMatch(/art\. \d+.* — para\. \d+/);
    const json = JSON.parse((await runCli(['provisions', '--json', '--db', db])).stdout) as {
      references: { instrument: string; citation: { en: string; zh: string } }[];
    };
    expect(json.references.some((reference) => reference.instrument === 'cop-resolution')).toBe(true);
    expect(json.references.every((reference) => reference.citation.zh.length > 0)).toBe(true);
  });

  it('mechanisms lists the directory with kinds, years and paragraphs', async () => {
    const run = await runCli(['mechanisms', '--db', db]);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/People Smuggling Strike Team.*2000 — para/);
    const json = JSON.parse((await runCli(['mechanisms', '--json', '--db', db])).stdout) as {
      id: string;
      paragraphs: number[];
    }[];
    expect(json.length).toBeGreaterThan(14);
    expect(json.every((mechanism) => mechanism.paragraphs.length > 0)).toBe(true);
  });

  it('search finds the Chinese paragraphs for an English query and names the concept', async () => {
    const run = await runCli(['search', 'special investigative techniques', '--json', '--db', db]);
    const result = JSON.parse(run.stdout) as {
      hits: { paragraph: number; concepts: { concept: string; name: string }[] }[];
    };
    expect(
      result.hits
        .slice(0, 4)
        .map((hit) => hit.paragraph)
        .sort((a, b) => a - b),
    ).toEqual([18, 19, 20, 61]);
    expect(result.hits[0]?.concepts[0]?.concept).toBe('special-investigative-techniques');
    const text = await runCli(['search', 'hawala', '--db', db]);
    expect(text.stdout).toContain('concepts: hawala → 哈瓦拉');
  });
});

// Each test runs somkb up to eight times; on a loaded machine one run can take several seconds.
describe('old option names', { timeout: 120_000 }, () => {
  const notice = (old: string, now: string): string => `note: ${old} is now ${now}; ${old} still works\n`;

  it('search --lang (DESIGN.md) prints the same JSON as --catalog-lang, with a one-line notice on stderr', async () => {
    const now = await runCli([
      'search',
      '国际合作',
      '--json',
      '--limit',
      '3',
      '--catalog-lang',
      'zh',
      '--db',
      db,
    ]);
    const old = await runCli(['search', '国际合作', '--json', '--limit', '3', '--lang', 'zh', '--db', db]);
    expect(now.code).toBe(0);
    expect(old.code).toBe(0);
    expect(JSON.parse(old.stdout)).toMatchObject({ total: expect.any(Number) as number });
    expect(old.stdout).toBe(now.stdout);
    expect(now.stderr).toBe('');
    expect(old.stderr).toBe(notice('--lang', '--catalog-lang'));
  });

  it('--lang still names the catalog of export, topics, provisions and mechanisms', async () => {
    const english = await runCli(['provisions', '--lang', 'en', '--db', db]);
    expect(english.code).toBe(1);
    expect(english.stderr).toBe(
      `${notice('--lang', '--catalog-lang')}somkb: no catalog in 'en' is published yet; run: somkb ingest <file> --lang en\n`,
    );
    for (const command of [
      ['export', '--format', 'csv'],
      ['topics', '--json'],
      ['mechanisms', '--json'],
    ]) {
      const now = await runCli([...command, '--catalog-lang', 'zh', '--db', db]);
      const old = await runCli([...command, '--lang', 'zh', '--db', db]);
      expect(old.code, command[0]).toBe(0);
      expect(old.stdout, command[0]).toBe(now.stdout);
      expect(old.stderr, command[0]).toBe(notice('--lang', '--catalog-lang'));
    }
  });

  it('brief --lang still names the language of the headings, now --headings-lang', async () => {
    const pack = async (flag: string, name: string): Promise<{ stderr: string; text: string }> => {
      const out = join(work, name);
      const args = ['brief', '--theme', 'theme-4', '--format', 'md', flag, 'zh', '--date', '2025-03-04'];
      const run = await runCli([...args, '--out', out, '--db', db]);
      expect(run.code, flag).toBe(0);
      return { stderr: run.stderr, text: readFileSync(out, 'utf8') };
    };
    const now = await pack('--headings-lang', 'headings-now.md');
    const old = await pack('--lang', 'headings-old.md');
    expect(now.text).toContain('2025 年 3 月 4 日');
    expect(old.text).toBe(now.text);
    expect(now.stderr).not.toContain('note:');
    expect(old.stderr).toMatch(new RegExp(`^${notice('--lang', '--headings-lang')}wrote `));
    // Issue 12.14: the six UN languages are headings languages; another is refused.
    const french = await runCli([
      'brief',
      '--headings-lang',
      'fr',
      '--format',
      'md',
      '--out',
      join(work, 'x.md'),
      '--db',
      db,
    ]);
    expect(french.code, french.stderr).toBe(0);
    expect(readFileSync(join(work, 'x.md'), 'utf8')).toContain('Table des matières');
    const german = await runCli(['brief', '--headings-lang', 'de', '--out', join(work, 'y.md'), '--db', db]);
    expect(german.code).toBe(2);
    expect(german.stderr).toContain("--headings-lang is one of en, zh, fr, es, ru, ar (got 'de')");
  });

  it('refuses an old name and its new name together, and hides the old name from the help', async () => {
    const both = await runCli(['search', 'x', '--lang', 'zh', '--catalog-lang', 'zh', '--db', db]);
    expect(both.code).toBe(2);
    expect(both.stderr).toBe('somkb: --lang: --lang is the old name of --catalog-lang: give one of them\n');
    const help = await runCli(['search', '--help']);
    expect(help.stdout).toContain('--catalog-lang <code>');
    expect(help.stdout).not.toMatch(/--lang\b/);
  });
});

describe('somkb --help', () => {
  it('describes every command', async () => {
    for (const command of [[], ['ingest'], ['export'], ['search'], ['serve'], ['start']]) {
      const run = await runCli([...command, '--help']);
      expect(run.code).toBe(0);
      expect(run.stdout).toMatch(/^Usage: somkb/);
    }
  });

  it('refuses an unknown command and a bad port', async () => {
    expect((await runCli(['frobnicate'])).code).toBe(2);
    const run = await runCli(['serve', '--port', 'eighty']);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("a port is a whole number from 1 to 65535 (got 'eighty')");
  });
});

describe('somkb serve', () => {
  it('serves the portal over the published catalog until stopped', async () => {
    const server = await serveCli(db);
    try {
      const response = await fetch(`${server.url}/`);
      expect(response.status).toBe(200);
      expect(await response.text()).toContain('刑事司法对策');
      const health = (await (await fetch(`${server.url}/api/v1/health`)).json()) as {
        status: string;
      };
      expect(health.status).toBe('ok');
    } finally {
      await server.stop();
    }
  });
});
