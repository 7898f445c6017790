import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, beforeAll } from 'vitest';
import type { Catalog, Language } from '../src/domain/index.js';
import type { CatalogExport } from '../src/export/index.js';
import type { SourceProgress } from '../src/ingest/index.js';
import { ingestSourceText, ingestSummaryText } from '../src/ingest/index.js';
import { createSourceReader } from '../src/sources/index.js';
import { readLanguageFixture } from './support/language-fixtures.js';
import { minimalPdf } from './support/minimal-pdf.js';
import { useOfficeCatalog } from './support/office-catalog.js';
import { convertToPdf } from '../src/export/testing/office-text.js';
import { textLinesDocx } from './support/office-sources.js';
import { runCli } from './support/run-cli.js';

/**
 * PDF and Word sources end to end: the project's Word rendering of the bundled summary in the UN
 * layout, and that file converted to PDF by LibreOffice, ingest into the catalog the text gives; a
 * language fixture does the same through a Word file and its PDF; bad files are each refused on one
 * line and leave the store as it was. LibreOffice and poppler-utils must be installed (the pretest
 * script installs them).
 */
const { work, db, exported } = useOfficeCatalog('somkb-sources-');
const OFFICE_TIMEOUT = 240_000;
const reader = createSourceReader();
let docx = '';
let pdf = '';

beforeAll(async () => {
  docx = join(work, 'summary-un.docx');
  const run = await runCli(['export', '--format', 'docx', '--layout', 'un', '--out', docx, '--db', db]);
  expect(run.code).toBe(0);
  pdf = await convertToPdf(docx, work);
}, OFFICE_TIMEOUT);

/** Publishes a file into a new store and returns its catalog as `somkb export --format json` prints it. */
async function publishedExport(file: string, lang: string): Promise<CatalogExport> {
  const fresh = join(work, `fresh-${Math.random().toString(36).slice(2)}.db`);
  const ingest = await runCli(['ingest', file, '--lang', lang, '--db', fresh]);
  expect(ingest.stderr).toMatch(/valid; publishing/);
  expect(ingest.code).toBe(0);
  const run = await runCli(['export', '--format', 'json', '--catalog-lang', lang, '--db', fresh]);
  expect(run.code).toBe(0);
  return JSON.parse(run.stdout) as CatalogExport;
}

/** A catalog's JSON with the spaces between a Chinese character and a digit or Latin letter taken out. */
function withoutSpacesBesideHan(value: unknown): string {
  return JSON.stringify(value).replace(
    /(?<=\p{Script=Han}) (?=[A-Za-z0-9])|(?<=[A-Za-z0-9]) (?=\p{Script=Han})/gu,
    '',
  );
}

describe('the bundled summary as Word and PDF files', () => {
  it(
    'ingests the UN-layout Word file somkb export writes into the catalog of the text',
    async () => {
      const bytes = readFileSync(docx);
      expect(bytes.subarray(0, 2).toString('latin1')).toBe('PK');
      expect(await publishedExport(docx, 'zh')).toEqual(exported());
    },
    OFFICE_TIMEOUT,
  );

  it(
    'ingests a Word file by its content, whatever its name says',
    async () => {
      const named = join(work, 'summary-word.pdf');
      copyFileSync(docx, named);
      const run = await runCli(['ingest', named, '--lang', 'zh', '--check', '--json']);
      expect(run.code).toBe(0);
      const report = JSON.parse(run.stdout) as { ok: boolean; stats: { extraction: { format: string } } };
      expect(report.ok).toBe(true);
      expect(report.stats.extraction.format).toBe('docx');
    },
    OFFICE_TIMEOUT,
  );

  it(
    "ingests LibreOffice's PDF of that Word file into the same catalog, up to spaces at line breaks beside Chinese",
    async () => {
      const fromPdf = await publishedExport(pdf, 'zh');
      const fromText = exported();
      // Everything but the printed texts is the same: numbers, items, themes, key topics, papers.
      const shape = (catalog: CatalogExport): unknown => ({
        paragraphs: catalog.paragraphs.map((paragraph) => ({
          number: paragraph.number,
          items: paragraph.items.map((item) => item.label),
          theme: paragraph.theme,
          paper: paragraph.paper,
        })),
        papers: catalog.papers.map(({ symbol, year, meeting, paragraphs }) => ({
          symbol,
          year,
          meeting,
          paragraphs,
        })),
        themes: catalog.themes,
        document: catalog.document,
      });
      expect(shape(fromPdf)).toEqual(shape(fromText));
      // A PDF does not say whether a line broken between a Chinese character and a digit was broken at
      // a space (第 18 条) or not (第 18条); ingest puts one back, which the text may not have had.
      expect(withoutSpacesBesideHan(fromPdf)).toBe(withoutSpacesBesideHan(fromText));
    },
    OFFICE_TIMEOUT,
  );

  it(
    '--check reports a PDF as for text, with the lines of the extracted text and the furniture dropped',
    async () => {
      const run = await runCli(['ingest', pdf, '--lang', 'zh', '--check']);
      expect(run.code).toBe(0);
      const lines = run.stdout.split('\n');
      expect(lines[0]).toMatch(
        /^summary-un\.pdf \(zh\): \d+ lines, [1-9]\d* lines of page furniture dropped$/,
      );
      expect(lines[1]).toMatch(
        /^ {2}text extracted from a PDF of \d+ pages; line numbers are those of the extracted text \(running lines \d+, page numbers [1-9]\d*, job numbers 0 dropped;/,
      );
      expect(run.stdout).toContain('result: valid, can be published');
      const json = JSON.parse(
        (await runCli(['ingest', pdf, '--lang', 'zh', '--check', '--json'])).stdout,
      ) as {
        stats: { furnitureLines: number; extraction: { pages: number; pageNumbers: number } };
      };
      expect(json.stats.extraction.pageNumbers).toBe(json.stats.extraction.pages);
      expect(json.stats.furnitureLines).toBeGreaterThanOrEqual(json.stats.extraction.pages);
    },
    OFFICE_TIMEOUT,
  );

  it(
    'reports the pages of a long PDF as it reads them, and no progress on a stderr that is not a terminal',
    async () => {
      const seen: SourceProgress[] = [];
      const source = await createSourceReader({ pagesPerCall: 2 })(readFileSync(pdf), {
        name: 'summary.pdf',
        onProgress: (progress) => seen.push(progress),
      });
      expect(source.pages).toBeGreaterThan(2);
      expect(seen.map((progress) => progress.pagesRead)).toEqual(
        Array.from({ length: Math.ceil((source.pages ?? 0) / 2) }, (_, index) =>
          Math.min(source.pages ?? 0, 2 * (index + 1)),
        ),
      );
      const run = await runCli(['ingest', pdf, '--lang', 'zh', '--check']);
      expect(run.stderr).not.toMatch(/pages/);
    },
    OFFICE_TIMEOUT,
  );
});

/** The catalog a fixture's text gives, and the one its Word file (and, with `pdf`, that file's PDF) gives. */
async function fixtureRoundTrip(
  language: Language,
  options: { rightToLeft?: boolean; pdf: boolean },
): Promise<Record<string, Catalog>> {
  const folder = join(work, `fixture-${language}`);
  mkdirSync(folder, { recursive: true });
  const text = readLanguageFixture(language);
  const fromText = ingestSummaryText(text, { language, name: 'fixture' });
  expect(fromText.anomalies.filter((anomaly) => anomaly.severity === 'error')).toEqual([]);
  const file = join(folder, `summary-fixture.${language}.docx`);
  writeFileSync(file, await textLinesDocx(text, { rightToLeft: options.rightToLeft === true }));
  const catalogs: Record<string, Catalog> = { text: fromText.catalog as Catalog };
  for (const path of options.pdf ? [file, await convertToPdf(file, folder)] : [file]) {
    const source = await reader(readFileSync(path), { name: path });
    const report = ingestSourceText(source, { language, name: path });
    expect(report.anomalies.filter((anomaly) => anomaly.severity === 'error')).toEqual([]);
    catalogs[source.format] = report.catalog as Catalog;
  }
  return catalogs;
}

describe('a language fixture as Word and PDF files', () => {
  it(
    'reads the Russian fixture from its Word file and its PDF into the catalog of its text',
    async () => {
      const { text, docx: fromWord, pdf: fromPdf } = await fixtureRoundTrip('ru', { pdf: true });
      expect(fromWord).toEqual(text);
      expect(fromPdf).toEqual(text);
    },
    OFFICE_TIMEOUT,
  );

  it(
    'reads the Arabic fixture from its Word file into the catalog of its text',
    async () => {
      const { text, docx: fromWord } = await fixtureRoundTrip('ar', { rightToLeft: true, pdf: false });
      expect(fromWord).toEqual(text);
    },
    OFFICE_TIMEOUT,
  );
});

describe('bad source files', () => {
  /** Runs `somkb ingest` on a bad file and checks: one line on stderr, exit 1, the store's versions unchanged. */
  async function refused(
    file: string,
    args: readonly string[] = ['--lang', 'zh'],
    env: Record<string, string> = {},
  ): Promise<string> {
    const before = await runCli(['history', '--json', '--db', db]);
    const run = await runCli(['ingest', file, ...args, '--db', db], env);
    expect(run.code).toBe(1);
    expect(run.stdout).toBe('');
    expect(run.stderr.split('\n').filter((line) => line !== '')).toHaveLength(1);
    expect((await runCli(['history', '--json', '--db', db])).stdout).toBe(before.stdout);
    return run.stderr.trim();
  }

  function write(name: string, bytes: Uint8Array): string {
    const path = join(work, name);
    writeFileSync(path, bytes);
    return path;
  }

  it('refuses a scanned PDF without a text layer', async () => {
    expect(await refused(write('scan.pdf', minimalPdf({ image: true })))).toBe(
      'somkb: scan.pdf: no text layer: run OCR first (1 page of images, almost no text)',
    );
  });

  it('refuses an encrypted PDF', async () => {
    expect(await refused(write('locked.pdf', minimalPdf({ lines: ['secret'], encrypted: true })))).toBe(
      'somkb: locked.pdf: an encrypted PDF that needs a password; save an unencrypted copy and ingest that',
    );
  });

  it(
    'refuses a truncated PDF and a truncated Word file',
    async () => {
      const pdfBytes = readFileSync(pdf);
      expect(await refused(write('cut.pdf', pdfBytes.subarray(0, pdfBytes.length >> 1)))).toBe(
        'somkb: cut.pdf: a PDF cut short (it does not end with %%EOF): the file is truncated; get it again',
      );
      const docxBytes = readFileSync(docx);
      expect(await refused(write('cut.docx', docxBytes.subarray(0, docxBytes.length >> 1)))).toBe(
        'somkb: cut.docx: a Word file cut short or damaged (its ZIP archive is incomplete): the file is truncated; get it again',
      );
    },
    OFFICE_TIMEOUT,
  );

  it('refuses a .docx that is another ZIP archive, and reads a text named .docx as text', async () => {
    const zip = Buffer.concat([Buffer.from([0x50, 0x4b, 0x05, 0x06]), Buffer.alloc(18)]);
    expect(await refused(write('fake.docx', zip))).toBe(
      'somkb: fake.docx: a ZIP archive, not a Word document (it holds no word/document.xml); give the summary as .docx, PDF or UTF-8 text',
    );
    expect(
      await refused(
        write('notes.docx', Buffer.from('会议记录\n今天讨论了很多事情，但这不是专题概要。\n'.repeat(3))),
      ),
    ).toMatch(
      /^somkb: notes\.docx: not published: line \d+: no chapter heading found: this is not a thematic summary in Chinese$/,
    );
  });

  it(
    'refuses a PDF of another document as not a thematic summary',
    async () => {
      const other = write(
        'letter.txt',
        Buffer.from(
          '致工作组成员的一封信\n\n各位同事：感谢大家出席本次会议，会议纪要将于下周分发。我们期待下一次会议上的讨论。\n',
        ),
      );
      const letter = await convertToPdf(other, work);
      expect(await refused(letter)).toMatch(
        /^somkb: letter\.pdf: not published: line \d+: no chapter heading found: this is not a thematic summary in Chinese$/,
      );
    },
    OFFICE_TIMEOUT,
  );

  it('refuses a PDF whose text is not in the language given', async () => {
    expect(await refused(pdf, ['--lang', 'ru'])).toMatch(
      /^somkb: summary-un\.pdf: not Russian: \d+% of its letters are Chinese characters; give its language with --lang$/,
    );
  });

  it('says how to install pdftotext when poppler is missing', async () => {
    const empty = join(work, 'no-tools');
    mkdirSync(empty, { recursive: true });
    expect(await refused(pdf, ['--lang', 'zh'], { PATH: empty })).toBe(
      "somkb: summary-un.pdf: PDF needs poppler's pdftotext: apt-get install poppler-utils",
    );
  });
});
