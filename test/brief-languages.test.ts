import { describe, expect, it } from 'vitest';
import type { Catalog, Language } from '../src/domain/index.js';
import { exportSelection } from '../src/export/index.js';
import { readDocxParts } from '../src/export/testing/docx-parts.js';
import { describeCatalog } from '../src/knowledge/index.js';
import { bundledKnowledge } from './support/knowledge.js';
import { makeLanguageVersion } from './support/language-versions.js';
import { corpusSearchIndex } from './support/search-fixture.js';
import type { BriefingRequest } from '../src/brief/index.js';
import {
  buildBriefing,
  renderBriefingDocx,
  renderBriefingHtml,
  renderBriefingMarkdown,
} from '../src/brief/index.js';

const { catalog: chinese } = corpusSearchIndex();

/** A fixture version of the summary whose every text names its place: `en text of item 30(b)`. */
function fixtureVersion(language: Language, words = `${language} text of`): Catalog {
  return makeLanguageVersion(chinese, language, (_, where) => `${words} ${where}`);
}

const english = fixtureVersion('en');
const arabic = fixtureVersion('ar', 'نص تجريبي من');

/** A pack of paper CTOC/COP/WG.7/2019/2 (paragraphs 29 and 30, with items) from `first`. */
function packOf(first: Catalog, request: Partial<BriefingRequest> = {}) {
  return buildBriefing(first, describeCatalog(first, bundledKnowledge()), {
    selection: { papers: ['CTOC/COP/WG.7/2019/2'] },
    date: '2025-03-04',
    ...request,
  });
}

/** The paragraph `number` of a pack. */
function paragraphOf(briefing: ReturnType<typeof packOf>, number: number) {
  const found = briefing.sections
    .flatMap((section) => [...section.paragraphs, ...section.papers.flatMap((paper) => paper.paragraphs)])
    .find((paragraph) => paragraph.number === number);
  if (found === undefined) throw new Error(`the pack has no paragraph ${number}`);
  return found;
}

/** The text of each cell of each table of a Word document's XML, row by row. */
function tableCells(xml: string): string[][][] {
  return [...xml.matchAll(/<w:tbl>([\s\S]*?)<\/w:tbl>/g)].map((table) =>
    [...(table[1] ?? '').matchAll(/<w:tr[ >]([\s\S]*?)<\/w:tr>/g)].map((row) =>
      [...(row[1] ?? '').matchAll(/<w:tc>([\s\S]*?)<\/w:tc>/g)].map((cell) => cell[1] ?? ''),
    ),
  );
}

/** The visible text of a piece of Word XML. */
const textOf = (xml: string): string =>
  [...xml.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((match) => match[1]).join('');

describe('a bilingual briefing pack', () => {
  const zhEn = packOf(chinese, { parallel: english });

  it('holds each paragraph and item beside its text in the second language, by number and letter', () => {
    expect(zhEn.parallelLanguage).toBe('en');
    const thirty = paragraphOf(zhEn, 30);
    const source = chinese.paragraphs.find((paragraph) => paragraph.number === 30);
    expect(thirty.text).toBe(source?.text);
    expect(thirty.parallel?.lang).toBe('en');
    expect(thirty.parallel?.text).toBe('en text of paragraph 30');
    expect(thirty.parallel?.items).toEqual(
      thirty.items.map((item) => ({ label: item.label, text: `en text of item 30(${item.label})` })),
    );
    expect(zhEn.fileStem).toMatch(/-zh-en$/);
    expect(packOf(chinese).sections[0]?.papers[0]?.paragraphs[0]?.parallel).toBeUndefined();
  });

  it('in Word, sets each paragraph as a two-column table, one row per item, Arabic cells right to left', async () => {
    const xml =
      readDocxParts(await renderBriefingDocx(packOf(chinese, { parallel: arabic }))).get(
        'word/document.xml',
      ) ?? '';
    const tables = tableCells(xml);
    const source = chinese.paragraphs.find((paragraph) => paragraph.number === 30);
    const table = tables.find((rows) => textOf(rows[0]?.[0] ?? '').startsWith('30.'));
    expect(table, 'the table of paragraph 30').toBeDefined();
    expect(table).toHaveLength(1 + (source?.items.length ?? 0));
    const [head, ...items] = table ?? [];
    expect(textOf(head?.[0] ?? '')).toBe(`30. ${source?.text ?? ''}`);
    expect(textOf(head?.[1] ?? '')).toBe('30. نص تجريبي من paragraph 30');
    items.forEach((row, index) => {
      const item = source?.items[index];
      expect(textOf(row[0] ?? '')).toBe(`(${item?.label ?? ''}) ${item?.text ?? ''}`);
      expect(textOf(row[1] ?? '')).toBe(`(${item?.label ?? ''}) نص تجريبي من item 30(${item?.label ?? ''})`);
    });
    for (const row of table ?? []) {
      expect(row[0]).not.toContain('<w:bidi/>');
      expect(row[0]).not.toContain('<w:rtl/>');
      expect(row[1]).toContain('<w:bidi/>');
      expect(row[1]).toContain('<w:rtl/>');
    }
  });

  it('in HTML, shows both languages side by side with their lang and dir, stacked on a narrow screen', () => {
    const html = renderBriefingHtml(packOf(chinese, { parallel: arabic }));
    expect(html).toContain('<div class="parallel">');
    expect(html).toMatch(/@media \(max-width: 40rem\) \{ \.parallel \{ grid-template-columns: 1fr; \} \}/);
    const source = chinese.paragraphs.find((paragraph) => paragraph.number === 30);
    expect(html).toContain(`<p lang="zh"><span class="number">30.</span>${source?.text ?? ''}</p>`);
    expect(html).toContain(
      '<p lang="ar" dir="rtl"><span class="number">30.</span>نص تجريبي من paragraph 30</p>',
    );
    expect(html).toContain(
      '<p class="item" lang="ar" dir="rtl"><span class="label">(c)</span>نص تجريبي من item 30(c)</p>',
    );
  });

  it('in Markdown, puts the second language after each paragraph, item by item', () => {
    const markdown = renderBriefingMarkdown(zhEn);
    const source = chinese.paragraphs.find((paragraph) => paragraph.number === 30);
    const at = markdown.indexOf(`**30.** ${source?.text ?? ''}`);
    const second = markdown.indexOf('> **30.** en text of paragraph 30');
    expect(at).toBeGreaterThan(-1);
    expect(second).toBeGreaterThan(at);
    expect(markdown.slice(second)).toMatch(
      /^> \*\*30\.\*\* en text of paragraph 30\n>\s+- \(a\) en text of item 30\(a\)\n/,
    );
  });
});

describe('a briefing pack in Arabic', () => {
  it('runs its text right to left in Word and HTML, its headings too when they are Arabic', async () => {
    const english = packOf(arabic, { headingsLanguage: 'en' });
    const html = renderBriefingHtml(english);
    expect(html).toContain('<html lang="en">');
    expect(html).toContain(
      '<p lang="ar" dir="rtl"><span class="number">30.</span>نص تجريبي من paragraph 30</p>',
    );
    const arabicHtml = renderBriefingHtml(packOf(arabic, { headingsLanguage: 'ar' }));
    expect(arabicHtml).toContain('<html lang="ar" dir="rtl">');
    expect(arabicHtml).toContain('<p lang="ar"><span class="number">30.</span>');

    const xml = readDocxParts(await renderBriefingDocx(english)).get('word/document.xml') ?? '';
    const paragraphs = [...xml.matchAll(/<w:p>([\s\S]*?)<\/w:p>/g)].map((match) => match[1] ?? '');
    const thirty = paragraphs.find((paragraph) => textOf(paragraph).startsWith('30.'));
    expect(thirty).toContain('<w:bidi/>');
    expect(thirty).toContain('<w:rtl/>');
    const citation = paragraphs.find((paragraph) =>
      textOf(paragraph).startsWith('Thematic summary (2021), para. 30'),
    );
    expect(citation).toBeDefined();
    expect(citation).not.toContain('<w:bidi/>');
  });
});

describe('an export of another language version', () => {
  it('writes an Arabic Word export right to left, with the key topics heading in Arabic', async () => {
    const knowledge = describeCatalog(arabic, bundledKnowledge());
    const file = await exportSelection(arabic, knowledge, { papers: ['CTOC/COP/WG.7/2019/2'] }, 'docx');
    const parts = readDocxParts(file.body as Uint8Array);
    const xml = parts.get('word/document.xml') ?? '';
    // Arabic is the language of right-to-left runs, for Word's proofing and fonts.
    expect(parts.get('word/styles.xml')).toMatch(/<w:lang [^>]*w:bidi="ar-SA"/);
    const paragraphs = [...xml.matchAll(/<w:p>([\s\S]*?)<\/w:p>/g)].map((match) => match[1] ?? '');
    const thirty = paragraphs.find((paragraph) => textOf(paragraph).startsWith('30.'));
    expect(thirty).toContain('<w:bidi/>');
    expect(thirty).toContain('<w:rtl/>');
    expect(xml).toContain('المسائل الرئيسية');
    expect(xml).not.toContain('关键议题');
  });

  it('heads the key topics of an English Markdown export in English, and refuses its text format', async () => {
    const knowledge = describeCatalog(english, bundledKnowledge());
    const markdown = await exportSelection(english, knowledge, { themes: ['theme-3'] }, 'md');
    expect(markdown.body).toContain('**Key topics**');
    expect(markdown.body).not.toContain('关键议题');
    const text = await exportSelection(english, knowledge, {}, 'text').catch((caught: unknown) => caught);
    expect(text).toMatchObject({ code: 'USAGE', where: 'format' });
  });
});
