import { describe, expect, it } from 'vitest';
import { normalizeExtractedText } from './index.js';

/** Pages of a PDF's text as pdftotext writes them: each page's lines, then a form feed. */
function pdfText(pages: readonly (readonly string[])[]): string {
  return pages.map((lines) => `${lines.join('\n')}\n\f`).join('');
}

describe('normalizeExtractedText', () => {
  it("drops a PDF's running headers, job numbers and page counters at the page edges, keeping every line where it was", () => {
    const text = pdfText([
      ['CTOC/COP/WG.7/2021/2', '1. First paragraph starts', 'and goes on.', 'V.21-07412 (C)'],
      ['CTOC/COP/WG.7/2021/2', '2. Second paragraph.', '2/3 V.21-07412'],
      ['Working Group running title', '3. Third paragraph.', '3'],
      ['Working Group running title', '4. Fourth paragraph.', '- 4 -'],
    ]);
    const normalized = normalizeExtractedText(text, 'pdf');
    const lines = normalized.text.split('\n');
    expect(lines).toHaveLength(text.split('\n').length);
    expect(lines.filter((line) => line !== '')).toEqual([
      '1. First paragraph starts',
      'and goes on.',
      '2. Second paragraph.',
      '3. Third paragraph.',
      '4. Fourth paragraph.',
    ]);
    expect(lines.indexOf('2. Second paragraph.')).toBe(
      text.split('\n').findIndex((line) => line.endsWith('2. Second paragraph.')),
    );
    expect(normalized.stats).toMatchObject({ format: 'pdf', pages: 4, runningLines: 4, jobNumbers: 2 });
    expect(normalized.stats.pageNumbers).toBe(2);
    expect(normalized.furnitureLines).toBe(8);
  });

  it('keeps a number at a page edge that is not the page number, and a one-page text', () => {
    const normalized = normalizeExtractedText(pdfText([['Lines of text', '2020']]), 'pdf');
    expect(normalized.text.split('\n')).toContain('2020');
    expect(normalized.furnitureLines).toBe(0);
  });

  it('drops nothing of a Word file but folds its presentation forms and no-break spaces beside Chinese', () => {
    const normalized = normalizeExtractedText(
      'CTOC/COP/WG.7/2021/2\n2018\u00a0年，\ufb01le \ufefb\n1',
      'docx',
    );
    expect(normalized.text).toBe('CTOC/COP/WG.7/2021/2\n2018 年，file لا\n1');
    expect(normalized.stats.presentationForms).toBe(2);
    expect(normalized.stats.pages).toBe(0);
  });

  it('removes bidirectional controls and word joiners, and puts right the lam-alef pdftotext reverses', () => {
    const normalized = normalizeExtractedText('\u202bاألمانة\u202c\n2018\u2060\u00a0\u2060年', 'pdf');
    expect(normalized.text).toBe('الأمانة\n2018 年');
  });

  it('joins a paragraph number or an item label set alone on its line to its text', () => {
    const normalized = normalizeExtractedText('12.\n\nThe paper said:\n(a)\nFirst item;', 'docx');
    expect(normalized.text).toBe('12. The paper said:\n\n\n(a) First item;\n');
    expect(normalized.stats.labelsJoined).toBe(2);
  });

  it("puts back the space of a PDF's full Chinese line broken beside a digit or a Latin letter", () => {
    const text = [
      '本概要扼要说明了为偷运移民问题工作组',
      '2012 年第一次会议编写的背景文件，以及第',
      '24 条。',
      '短行',
    ].join('\n');
    const normalized = normalizeExtractedText(text, 'pdf');
    expect(normalized.text.split('\n')).toEqual([
      '本概要扼要说明了为偷运移民问题工作',
      '组 2012 年第一次会议编写的背景文件，以及',
      '第 24 条。',
      '短行',
    ]);
    expect(normalized.stats.spacesRestored).toBe(2);
    expect(normalizeExtractedText(text, 'docx').stats.spacesRestored).toBe(0);
  });
});
