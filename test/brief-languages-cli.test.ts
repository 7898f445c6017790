import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CatalogExport } from '../src/export/index.js';
import { readDocxParts } from '../src/export/testing/docx-parts.js';
import { docxToPdfText, squash } from '../src/export/testing/office-text.js';
import { openSqliteCatalogStore } from '../src/store/index.js';
import { languageFixtureCatalog, languageFixturePath } from './support/language-fixtures.js';
import { makeLanguageVersion } from './support/language-versions.js';
import { useOfficeCatalog } from './support/office-catalog.js';
import { runCli } from './support/run-cli.js';
import { corpusSearchIndex } from './support/search-fixture.js';

/**
 * `somkb export` and `somkb brief` over a store holding the bundled summary in Chinese and fixture
 * versions of it in English and Arabic (texts naming their place, `en text of paragraph 30`, made
 * with `makeLanguageVersion`): an export in another published language, the refusal of one not
 * published, and a bilingual Word pack opened in LibreOffice.
 */
const { work, db, textOf, exported } = useOfficeCatalog('somkb-brief-languages-');
const OFFICE_TIMEOUT = 240_000;

beforeAll(async () => {
  const { catalog } = corpusSearchIndex();
  const store = await openSqliteCatalogStore(db);
  try {
    for (const [language, words] of [
      ['en', 'en text of'],
      ['ar', 'نص تجريبي من'],
    ] as const) {
      await store.publish(
        makeLanguageVersion(catalog, language, (_, where) => `${words} ${where}`),
        {
          name: `summary.${language}.txt`,
          sha256: language.repeat(32),
        },
      );
    }
  } finally {
    await store.close();
  }
}, 60_000);

describe('somkb export --catalog-lang', () => {
  it('exports the English version: its texts, the same structure, its language', async () => {
    const run = await runCli(['export', '--format', 'json', '--catalog-lang', 'en', '--db', db]);
    expect(run.code, run.stderr).toBe(0);
    const english = JSON.parse(run.stdout) as CatalogExport;
    const chinese = JSON.parse(
      (await runCli(['export', '--format', 'json', '--db', db])).stdout,
    ) as CatalogExport;
    expect(english.document.language).toBe('en');
    expect(chinese.document.language).toBe('zh');
    expect(
      english.paragraphs.map((paragraph) => [paragraph.number, paragraph.paper, paragraph.items.length]),
    ).toEqual(
      chinese.paragraphs.map((paragraph) => [paragraph.number, paragraph.paper, paragraph.items.length]),
    );
    expect(english.themes.map((theme) => theme.papers)).toEqual(chinese.themes.map((theme) => theme.papers));
    expect(english.paragraphs.find((paragraph) => paragraph.number === 30)?.items[1]).toEqual({
      label: 'b',
      text: 'en text of item 30(b)',
    });
  });

  it('refuses a language the summary is not published in, naming those it is (exit 1)', async () => {
    const run = await runCli(['export', '--format', 'md', '--catalog-lang', 'fr', '--db', db]);
    expect(run.code).toBe(1);
    expect(run.stdout).toBe('');
    expect(run.stderr).toBe(
      "somkb: --catalog-lang: the thematic summary is not published in 'fr'; its published languages are ar, zh, en\n",
    );
    const pack = await runCli(['brief', '--parallel-lang', 'ru', '--out', join(work, 'x.docx'), '--db', db]);
    expect(pack.code).toBe(1);
    expect(pack.stderr).toBe(
      "somkb: --parallel-lang: the thematic summary is not published in 'ru'; its published languages are ar, zh, en\n",
    );
  });
});

describe('somkb brief --parallel-lang', () => {
  it('says its language options in --help', async () => {
    const help = await runCli(['brief', '--help']);
    expect(help.stdout).toContain('--catalog-lang <code>');
    expect(help.stdout).toContain('--parallel-lang <code>');
    expect(help.stdout).toContain('a bilingual pack');
  });

  it(
    'writes a bilingual Word pack whose tables hold both languages and that LibreOffice opens',
    async () => {
      const out = join(work, 'bilingual.docx');
      const run = await runCli([
        'brief',
        '--paper',
        'CTOC/COP/WG.7/2019/2',
        '--parallel-lang',
        'en',
        '--date',
        '2025-03-04',
        '--out',
        out,
        '--db',
        db,
      ]);
      expect(run.code, run.stderr).toBe(0);
      const xml = readDocxParts(readFileSync(out)).get('word/document.xml') ?? '';
      const numbers =
        exported().papers.find((paper) => paper.symbol === 'CTOC/COP/WG.7/2019/2')?.paragraphs ?? [];
      expect(numbers).toContain(30);
      // One table a paragraph.
      expect(xml.match(/<w:tbl>/g)?.length).toBe(numbers.length);
      const text = await docxToPdfText(out, work);
      const pdf = squash(text);
      // pdftotext reads the two cells of a row line by line, side by side: the English line of a
      // short English cell comes between two lines of the Chinese cell beside it.
      const chineseColumn = squash(text.replace(/\d+\. en text of paragraph \d+/g, ''));
      for (const number of numbers) {
        expect(chineseColumn).toContain(squash(textOf(number)));
        expect(pdf).toContain(squash(`${number}. en text of paragraph ${number}`));
      }
      expect(pdf).toContain(squash('en text of item 30(c)'));
      expect(pdf).toContain(squash('Thematic summary (2021), para. 30 (on CTOC/COP/WG.7/2019/2)'));
    },
    OFFICE_TIMEOUT,
  );

  it('writes an Arabic pack with Arabic headings, right to left, from --catalog-lang ar', async () => {
    const out = join(work, 'arabic.html');
    const run = await runCli([
      'brief',
      '--paper',
      'CTOC/COP/WG.7/2019/2',
      '--catalog-lang',
      'ar',
      '--format',
      'html',
      '--out',
      out,
      '--db',
      db,
    ]);
    expect(run.code, run.stderr).toBe(0);
    const html = readFileSync(out, 'utf8');
    expect(html).toContain('<html lang="ar" dir="rtl">');
    expect(html).toContain('<p lang="ar"><span class="number">30.</span>نص تجريبي من paragraph 30</p>');
  });
});

/** The text of each cell of each table of a Word document's XML, row by row, and its visible text. */
function tableCells(xml: string): string[][][] {
  return [...xml.matchAll(/<w:tbl>([\s\S]*?)<\/w:tbl>/g)].map((table) =>
    [...(table[1] ?? '').matchAll(/<w:tr[ >]([\s\S]*?)<\/w:tr>/g)].map((row) =>
      [...(row[1] ?? '').matchAll(/<w:tc>([\s\S]*?)<\/w:tc>/g)].map((cell) => cell[1] ?? ''),
    ),
  );
}
const wordText = (xml: string): string =>
  [...xml.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((match) => match[1]).join('');
const unescapeXml = (text: string): string =>
  text
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');

describe('the fixture documents of the languages, ingested and briefed end to end', () => {
  const folder = mkdtempSync(join(tmpdir(), 'somkb-fixture-languages-'));
  const store = join(folder, 'fixtures.db');
  afterAll(() => {
    rmSync(folder, { recursive: true, force: true });
  });

  beforeAll(async () => {
    for (const language of ['zh', 'en', 'ar'] as const) {
      const run = await runCli(['ingest', languageFixturePath(language), '--lang', language, '--db', store]);
      expect(run.code, run.stderr).toBe(0);
    }
  }, 120_000);

  it('exports the English fixture as ingested, and makes an English–Arabic Word pack aligned item by item', async () => {
    const english = languageFixtureCatalog('en');
    const arabic = languageFixtureCatalog('ar');
    const exported = await runCli(['export', '--format', 'json', '--catalog-lang', 'en', '--db', store]);
    expect(exported.code, exported.stderr).toBe(0);
    const json = JSON.parse(exported.stdout) as CatalogExport;
    expect(json.document.language).toBe('en');
    expect(json.paragraphs.map((paragraph) => paragraph.text)).toEqual(
      english.paragraphs.map((paragraph) => paragraph.text),
    );

    const out = join(folder, 'en-ar.docx');
    const run = await runCli([
      'brief',
      '--catalog-lang',
      'en',
      '--parallel-lang',
      'ar',
      '--out',
      out,
      '--db',
      store,
    ]);
    expect(run.code, run.stderr).toBe(0);
    const tables = tableCells(readDocxParts(readFileSync(out)).get('word/document.xml') ?? '');
    expect(tables).toHaveLength(english.paragraphs.length);
    const withItems = english.paragraphs.find((paragraph) => paragraph.items.length > 0);
    const other = arabic.paragraphs.find((paragraph) => paragraph.number === withItems?.number);
    expect(withItems).toBeDefined();
    const table = tables.find((rows) =>
      unescapeXml(wordText(rows[0]?.[0] ?? '')).startsWith(`${withItems?.number}.`),
    );
    expect(table).toHaveLength(1 + (withItems?.items.length ?? 0));
    expect(unescapeXml(wordText(table?.[0]?.[0] ?? ''))).toBe(`${withItems?.number}. ${withItems?.text}`);
    expect(unescapeXml(wordText(table?.[0]?.[1] ?? ''))).toBe(`${withItems?.number}. ${other?.text}`);
    withItems?.items.forEach((item, index) => {
      const row = table?.[index + 1] ?? [];
      expect(unescapeXml(wordText(row[0] ?? ''))).toBe(`(${item.label}) ${item.text}`);
      expect(unescapeXml(wordText(row[1] ?? ''))).toBe(`(${item.label}) ${other?.items[index]?.text ?? ''}`);
      expect(row[0]).not.toContain('<w:bidi/>');
      expect(row[1]).toContain('<w:bidi/>');
    });
  });
});
