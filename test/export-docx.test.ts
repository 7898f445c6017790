import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { CatalogExport } from '../src/export/index.js';
import { describe, expect, it } from 'vitest';
import { docxToPdfText, squash } from '../src/export/testing/office-text.js';
import { useOfficeCatalog } from './support/office-catalog.js';
import { runCli } from './support/run-cli.js';

/**
 * `somkb export` of the whole catalog and of selections, in Word and the text formats, end to end:
 * the Word files are opened with LibreOffice, converted to PDF and read back with pdftotext.
 * LibreOffice and poppler-utils must be installed; without them these tests fail, saying so.
 */
const { work, db, exported, textOf } = useOfficeCatalog('somkb-export-docx-');
const OFFICE_TIMEOUT = 240_000;

describe('somkb export --format docx', () => {
  it(
    'writes the whole catalog as a Word file whose Chinese text, papers and links LibreOffice reads',
    async () => {
      const out = join(work, 'catalog.docx');
      const run = await runCli(['export', '--format', 'docx', '--out', out, '--db', db]);
      expect(run.code).toBe(0);
      expect(run.stdout).toBe('');
      expect(run.stderr).toMatch(/^wrote .*catalog\.docx \(docx, \d+ bytes\)\n$/);
      const text = squash(await docxToPdfText(out, work));
      expect(text).toContain(squash('自偷运移民问题工作组第一次会议以来的背景文件'));
      expect(text).toContain(
        squash('文件详细说明了偷运移民所涉金融方面，包括诸如使用哈瓦拉系统之类金融交易的形式和方法。'),
      );
      for (const paragraph of exported().paragraphs) expect(text).toContain(squash(paragraph.text));
      expect(text).toContain(squash('CTOC/COP/WG.7/2015/4 (2015, meeting 3)'));
      expect(text).toContain('https://undocs.org/CTOC/COP/WG.7/2015/4');
      expect(text).toContain(squash('关键议题：金钱或其他物质利益；网上服务；金融机构'));
      expect(text).toContain(
        squash(
          'Smuggling of Migrants Protocol, art. 3(a) (Use of terms) · 《打击偷运移民议定书》第 3 条(a)款（术语的使用） — para. 5',
        ),
      );
    },
    OFFICE_TIMEOUT,
  );

  it(
    'writes a theme alone',
    async () => {
      const out = join(work, 'theme-9.docx');
      const run = await runCli([
        'export',
        '--format',
        'docx',
        '--theme',
        'theme-9',
        '--out',
        out,
        '--db',
        db,
      ]);
      expect(run.code).toBe(0);
      const text = squash(await docxToPdfText(out, work));
      expect(text).toContain(squash(textOf(76)));
      expect(text).toContain('https://undocs.org/CTOC/COP/WG.7/2020/3');
      expect(text).not.toContain(squash(textOf(12)));
      expect(text).not.toContain('CTOC/COP/WG.7/2015/4');
    },
    OFFICE_TIMEOUT,
  );

  it('refuses to write Word without --out', async () => {
    const run = await runCli(['export', '--format', 'docx', '--db', db]);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr.trim()).toBe(
      'somkb: --out: --format docx writes a binary file: give --out <file>.docx',
    );
  });
});

describe('somkb export of a selection', () => {
  it('exports a paper as JSON with only its paragraphs and provisions', async () => {
    const run = await runCli(['export', '--paper', 'CTOC/COP/WG.7/2018/2', '--db', db]);
    expect(run.code).toBe(0);
    const part = JSON.parse(run.stdout) as CatalogExport;
    expect(part.paragraphs.map((paragraph) => paragraph.number)).toEqual([4, 5, 6, 7, 8, 9]);
    expect(part.papers.map((paper) => paper.symbol)).toEqual(['CTOC/COP/WG.7/2018/2']);
    expect(part.themes.map((theme) => theme.name)).toEqual(['刑事司法对策']);
    expect(part.references.map((reference) => reference.paragraph)).toEqual([5]);
  });

  it('unites themes and topics, each repeatable', async () => {
    const run = await runCli([
      'export',
      '--format',
      'csv',
      '--theme',
      'theme-4',
      '--theme',
      'theme-5',
      '--topic',
      'hawala',
      '--db',
      db,
    ]);
    expect(run.code).toBe(0);
    const symbols = run.stdout
      .trim()
      .split('\r\n')
      .slice(1)
      .map((row) => row.split(',')[0]);
    expect(symbols).toEqual(expect.arrayContaining(['CTOC/COP/WG.7/2019/3', 'CTOC/COP/WG.7/2015/2']));
    expect(symbols).toContain('CTOC/COP/WG.7/2015/4');
  });

  it("exports a query's results as Markdown, to a file identical to stdout", async () => {
    const printed = await runCli(['export', '--format', 'md', '--query', '哈瓦拉', '--db', db]);
    expect(printed.code).toBe(0);
    expect(printed.stdout).toContain(`**12.** ${textOf(12)}`);
    expect(printed.stdout).not.toContain(`**1.** `);
    const out = join(work, 'hawala.md');
    const written = await runCli(['export', '--format', 'md', '--query', '哈瓦拉', '--out', out, '--db', db]);
    expect(written.code).toBe(0);
    expect(readFileSync(out, 'utf8')).toBe(printed.stdout);
  });

  it('keeps the whole-catalog text format, and refuses it a selection', async () => {
    const whole = await runCli(['export', '--format', 'text', '--db', db]);
    expect(whole.code).toBe(0);
    expect(whole.stdout.startsWith('偷运移民问题工作组\n')).toBe(true);
    const run = await runCli(['export', '--format', 'text', '--theme', 'theme-1', '--db', db]);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toContain('the text format is the whole summary as ingest reads it back');
  });

  it('names an unknown theme, paper or topic, and a query that finds nothing', async () => {
    const theme = await runCli(['export', '--theme', 'theme-12', '--db', db]);
    expect(theme.code).toBe(1);
    expect(theme.stderr.trim()).toBe("somkb: theme: no theme 'theme-12' (themes are theme-1 … theme-9)");
    const paper = await runCli(['export', '--paper', 'CTOC/COP/WG.7/2011/1', '--db', db]);
    expect(paper.stderr).toContain("no paper 'CTOC/COP/WG.7/2011/1'");
    const topic = await runCli(['export', '--topic', 'no-such-concept', '--db', db]);
    expect(topic.stderr).toContain("no topic 'no-such-concept'");
    const out = join(work, 'nothing.docx');
    const query = await runCli(['export', '--format', 'docx', '--query', 'zzzqqq', '--out', out, '--db', db]);
    expect(query.code).toBe(1);
    expect(query.stderr.trim()).toBe("somkb: --query: no paragraph matches the query 'zzzqqq'");
    expect(existsSync(out)).toBe(false);
  });
});
