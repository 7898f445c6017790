import { describe, expect, it } from 'vitest';
import type { PdfWord } from './pdf-lines.js';
import { linesFromWords, parseTsvWords } from './pdf-lines.js';

/** A word of 13-point boxes (10 pt text) on page 1. */
function word(text: string, left: number, width: number, top = 100, page = 1): PdfWord {
  return { page, left, top, width, height: 13, text };
}

describe('linesFromWords', () => {
  it('keeps a hanging paragraph number on the line of its text and reads lines top to bottom', () => {
    const text = linesFromWords([
      word('可能的', 100, 30, 114),
      word('77.', 72, 10, 100),
      word('第二行', 100, 30, 114.4),
      word('重点问题', 100, 40, 100),
    ]);
    expect(text).toBe('77. 重点问题\n可能的第二行\n\f');
  });

  it('puts a space beside a Chinese character only for a gap wider than the autospace Word and LibreOffice add', () => {
    const text = linesFromWords([
      word('第', 100, 10),
      word('10', 112.5, 12.66),
      word('条和', 127.2, 20),
      word('2018', 150, 25.4),
      word('年', 178.2, 10),
    ]);
    expect(text).toBe('第 10条和 2018 年\n\f');
  });

  it('reads a right-to-left line in logical order, a left-to-right run inside it in its own order', () => {
    // Visual order, left to right, as pdftotext -tsv gives an Arabic line: ".)" "CTOC/…" "(" "ةناملأا" …
    const text = linesFromWords([
      word('.)', 237.7, 7.09),
      word('CTOC/COP/WG.7/2018/2', 244.7, 125.64),
      word('(', 370.7, 3.9),
      word('ةناملأا', 377.69, 25.04),
      word('تحيتأ', 405.95, 24.85),
      word('.', 434, 3.17),
      word('1', 437.5, 6.36),
    ]);
    // The lam-alef ligature comes out reversed (األ for الأ), as from pdftotext's own reading order:
    // normalizeExtractedText puts it right.
    expect(text).toBe('1. أتيحت األمانة (CTOC/COP/WG.7/2018/2).\n\f');
  });

  it('ends every page with a form feed, pages in order', () => {
    expect(linesFromWords([word('two', 72, 20, 100, 2), word('one', 72, 20, 100, 1)])).toBe('one\n\ftwo\n\f');
  });
});

describe('parseTsvWords', () => {
  it('reads the words (level 5) of pdftotext -tsv, skipping page, flow and line rows', () => {
    const tsv = [
      'level\tpage_num\tpar_num\tblock_num\tline_num\tword_num\tleft\ttop\twidth\theight\tconf\ttext',
      '1\t1\t0\t0\t0\t0\t0\t0\t595\t841\t-1\t###PAGE###',
      '5\t1\t0\t0\t0\t0\t72.10\t74.00\t9.47\t13.00\t100\t9.',
    ].join('\n');
    expect(parseTsvWords(tsv)).toEqual([
      { page: 1, left: 72.1, top: 74, width: 9.47, height: 13, text: '9.' },
    ]);
  });
});
