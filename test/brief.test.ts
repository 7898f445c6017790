import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { bookmarkName } from '../src/brief/index.js';
import { readDocxParts, wordText } from '../src/export/testing/docx-parts.js';
import { docxToPdfText, squash } from '../src/export/testing/office-text.js';
import { useOfficeCatalog } from './support/office-catalog.js';
import { runCli } from './support/run-cli.js';

/**
 * `somkb brief` end to end: briefing packs in Word (opened with LibreOffice, converted to PDF and
 * read back with pdftotext), HTML and Markdown. LibreOffice and poppler-utils must be installed;
 * without them these tests fail, saying so.
 */
const { work, db, textOf } = useOfficeCatalog('somkb-brief-');
const OFFICE_TIMEOUT = 240_000;

describe('somkb brief --format docx', () => {
  const out = join(work, 'pack.docx');
  let written = '';

  beforeAll(async () => {
    const run = await runCli([
      'brief',
      '--theme',
      'theme-1',
      '--topic',
      'hawala',
      '--title',
      'Financial investigations',
      '--date',
      '2025-03-04',
      '--out',
      out,
      '--db',
      db,
    ]);
    expect(run.stderr).toMatch(
      /^wrote .*pack\.docx \(docx briefing pack, 1 theme, 5 papers, 21 paragraphs, \d+ bytes\)\n$/,
    );
    expect(run.code).toBe(0);
    written = run.stderr;
  }, 60_000);

  it(
    'opens in LibreOffice with its cover, contents, Chinese paragraphs, citations and links',
    async () => {
      expect(written).toContain('docx briefing pack');
      const pdf = await docxToPdfText(out, work);
      const text = squash(pdf);
      expect(text).toContain('Financialinvestigations');
      expect(text).toContain(squash('Date: 4 March 2025'));
      // Issue 12.14: names in the pack's language, no internal id on the cover.
      expect(text).toContain(squash('Themes: Criminal justice responses'));
      expect(text).toContain(squash('Topics: Hawala'));
      expect(text).not.toContain('theme-1');
      expect(text).toContain('Contents');
      expect(text).toContain(squash(textOf(12)));
      expect(text).toContain(squash(textOf(4)));
      expect(text).toContain(squash('Thematic summary (2021), para. 12 (on CTOC/COP/WG.7/2015/4)'));
      expect(text).toContain('https://undocs.org/CTOC/COP/WG.7/2015/4');
      expect(text).toContain(squash('Key topics: financial or other material benefit; online services'));
      expect(text).toContain(squash('Smuggling of Migrants Protocol, art. 3(a) (Use of terms)'));
      // The contents come before the first section and list every paper of the theme.
      const contents = pdf.indexOf('Contents');
      const firstParagraph = pdf.indexOf('2018 年，秘书处');
      expect(contents).toBeGreaterThan(-1);
      expect(firstParagraph).toBeGreaterThan(contents);
      for (const symbol of ['CTOC/COP/WG.7/2018/2', 'CTOC/COP/WG.7/2012/2']) {
        expect(pdf.indexOf(`${symbol} (`)).toBeGreaterThan(contents);
        expect(pdf.indexOf(`${symbol} (`)).toBeLessThan(firstParagraph);
      }
      // Issue 12.14: LibreOffice shows a page number after every entry, the page the heading is on.
      const pages = pdf.split('\f');
      const tocPage = pages.findIndex((page) => page.trimStart().startsWith('Contents\n'));
      // An entry reads `heading.......3`: the heading, the dot leader, the page number.
      const entries = [...(pages[tocPage] ?? '').matchAll(/^(.+?)\.{3,}\s*(\d+)$/gm)];
      expect(entries.length).toBe(8);
      for (const [, heading = '', number] of entries) {
        const page = Number(number);
        expect(page, heading).toBeGreaterThan(tocPage + 1);
        expect(pages[page - 1], `${heading} on page ${String(number)}`).toContain(heading.trim());
      }
    },
    OFFICE_TIMEOUT,
  );

  it('holds a table-of-contents field whose every entry links to a bookmark of the pack', () => {
    const parts = readDocxParts(readFileSync(out));
    const document = parts.get('word/document.xml') ?? '';
    expect(document).toContain('<w:instrText xml:space="preserve">TOC \\h \\o &quot;1-2&quot;</w:instrText>');
    const bookmarks = new Set(
      [...document.matchAll(/<w:bookmarkStart [^>]*w:name="([^"]+)"/g)].map((m) => m[1]),
    );
    const anchors = [...document.matchAll(/<w:hyperlink [^>]*w:anchor="([^"]+)"/g)].map((m) => m[1]);
    expect(bookmarks.has(bookmarkName('theme-1'))).toBe(true);
    expect(bookmarks.has(bookmarkName('paper-ctoc-cop-wg-7-2015-4'))).toBe(true);
    expect(anchors).toContain(bookmarkName('para-5'));
    for (const anchor of anchors) expect(bookmarks.has(anchor)).toBe(true);
    // Issue 12.14: each entry of the table of contents has its page number, as a PAGEREF field
    // written with the page it works out, and Word is asked to update the fields on opening.
    const pageReferences = [
      ...document.matchAll(
        /<w:instrText xml:space="preserve">PAGEREF (\w+) \\h<\/w:instrText><w:fldChar w:fldCharType="separate"\/><w:t xml:space="preserve">(\d+)<\/w:t>/g,
      ),
    ];
    expect(pageReferences.length).toBe(8);
    for (const [, bookmark] of pageReferences) expect(bookmarks.has(bookmark)).toBe(true);
    expect(parts.get('word/settings.xml')).toMatch(/<w:updateFields( w:val="true")?\/>/);
    const relationships = parts.get('word/_rels/document.xml.rels') ?? '';
    expect(relationships).toContain('Target="https://undocs.org/CTOC/COP/WG.7/2015/4" TargetMode="External"');
    expect(wordText(document)).toContain('Financial investigations');
  });
});

describe('somkb brief --headings-lang in the other UN languages (issue 12.14)', () => {
  const headings = {
    fr: ['Table des matières', 'Réponses de la justice pénale', 'Questions clefs'],
    es: ['Índice', 'Respuestas de la justicia penal', 'Cuestiones clave'],
    ru: ['Содержание', 'Меры системы уголовного правосудия', 'Ключевые вопросы'],
    ar: ['المحتويات', 'تدابير التصدي في مجال العدالة الجنائية', 'المسائل الرئيسية'],
  } as const;
  for (const [language, [contents, theme, keyTopics]] of Object.entries(headings)) {
    it(`writes a Word pack with ${language} headings, theme names and key topics`, async () => {
      const out = join(work, `pack-${language}.docx`);
      const run = await runCli([
        'brief',
        '--theme',
        'theme-1',
        '--headings-lang',
        language,
        '--date',
        '2025-03-04',
        '--out',
        out,
        '--db',
        db,
      ]);
      expect(run.code, run.stderr).toBe(0);
      const document = wordText(readDocxParts(readFileSync(out)).get('word/document.xml') ?? '');
      expect(document).toContain(contents);
      expect(document).toContain(theme);
      expect(document).toContain(keyTopics);
      expect(document).not.toContain('Key topics');
      expect(document).not.toContain('theme-1');
    });
  }
});

describe('somkb brief in HTML and Markdown', () => {
  it("writes a query's pack as print-ready HTML with Chinese headings", async () => {
    const out = join(work, 'pack.html');
    const run = await runCli([
      'brief',
      '--query',
      '哈瓦拉',
      '--format',
      'html',
      '--lang',
      'zh',
      '--date',
      '2025-03-04',
      '--out',
      out,
      '--db',
      db,
    ]);
    expect(run.code).toBe(0);
    const html = readFileSync(out, 'utf8');
    expect(html).toContain('<html lang="zh">');
    expect(html).toContain('<h2 id="toc-title">目录</h2>');
    expect(html).toContain('<dt>检索</dt><dd lang="zh">“哈瓦拉”，找到');
    expect(html).toContain('<time datetime="2025-03-04">2025 年 3 月 4 日</time>');
    expect(html).toContain(textOf(12));
    expect(html).toContain('专题概要（2021 年），第 12 段（关于文件 CTOC/COP/WG.7/2015/4）');
    expect(html).not.toContain('<script');
  });

  it("writes Markdown with today's date unless one is given", async () => {
    const out = join(work, 'pack.md');
    const run = await runCli([
      'brief',
      '--paper',
      'CTOC/COP/WG.7/2015/2',
      '--format',
      'md',
      '--out',
      out,
      '--db',
      db,
    ]);
    expect(run.code).toBe(0);
    const markdown = readFileSync(out, 'utf8');
    const now = new Date();
    const month = now.toLocaleString('en', { month: 'long' });
    expect(markdown).toContain(`**Date:** ${now.getDate()} ${month} ${now.getFullYear()}  \n`);
    expect(markdown).toContain('**Papers:** CTOC/COP/WG.7/2015/2');
    expect(markdown).toContain(`**43.** ${textOf(43)}`);
    expect(markdown).not.toContain('**42.**');
  });
});

describe('somkb brief refuses', () => {
  it('a query that finds nothing, writing no file', async () => {
    const out = join(work, 'nothing.docx');
    const run = await runCli(['brief', '--query', 'zzzqqq', '--out', out, '--db', db]);
    expect(run.code).toBe(1);
    expect(run.stderr.trim()).toBe("somkb: --query: no paragraph matches the query 'zzzqqq'");
    expect(existsSync(out)).toBe(false);
  });

  it('to run without --out, or with an unknown format or language', async () => {
    const noOut = await runCli(['brief', '--theme', 'theme-1', '--db', db]);
    expect(noOut.code).toBe(2);
    expect(noOut.stderr).toContain("required option '--out <file>' not specified");
    const format = await runCli(['brief', '--format', 'pdf', '--out', join(work, 'x.pdf'), '--db', db]);
    expect(format.code).toBe(2);
    expect(format.stderr).toContain("--format is one of docx, html, md (got 'pdf')");
    const lang = await runCli(['brief', '--lang', 'de', '--out', join(work, 'x.docx'), '--db', db]);
    expect(lang.code).toBe(2);
    expect(lang.stderr).toContain("--lang is one of en, zh, fr, es, ru, ar (got 'de')");
  });

  it('a date that is not an ISO date', async () => {
    const run = await runCli(['brief', '--date', '2025-02-30', '--out', join(work, 'x.docx'), '--db', db]);
    expect(run.code).toBe(2);
    expect(run.stderr.trim()).toBe(
      "somkb: date: the date of a briefing pack is an ISO date such as 2021-10-14 (got '2025-02-30')",
    );
  });
});
