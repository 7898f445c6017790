import type { SourceFormat } from './source-format.js';

/** What the normalisation of a PDF's or Word file's text changed, for the ingest report. */
export interface ExtractionStats {
  /** The format the text was extracted from. */
  readonly format: Exclude<SourceFormat, 'text'>;
  /** Pages of a PDF (form feeds in the text); 0 for Word. */
  readonly pages: number;
  /** Running headers and footers repeated at the edge of the pages (the document's symbol …). */
  readonly runningLines: number;
  /** Page numbers and page counters (`2/14`). */
  readonly pageNumbers: number;
  /** UN job numbers (`V.21-07412`, `V.21-07412 (C)`, with or without a page counter). */
  readonly jobNumbers: number;
  /** Paragraph numbers (`12.`) and item labels (`(a)`) set on a line of their own, joined to their text. */
  readonly labelsJoined: number;
  /** Arabic presentation forms and Latin ligatures folded to their letters (NFKC). */
  readonly presentationForms: number;
  /** Spaces put back where a PDF's Chinese line was broken between a Chinese character and a digit or Latin letter. */
  readonly spacesRestored: number;
}

/** A text extracted from a PDF or Word file, normalised for the grammar, and what was changed. */
export interface NormalizedText {
  /** The text, with exactly the lines of the extracted text (dropped lines are left blank). */
  readonly text: string;
  readonly stats: ExtractionStats;
  /** How many lines of page furniture were blanked (running lines, page and job numbers). */
  readonly furnitureLines: number;
}

/** Lines looked at for furniture at the top and at the bottom of each page. */
const EDGE_LINES = 4;
/**
 * Invisible format characters: bidirectional controls (a reader may write them around right-to-left
 * runs; the text is in logical order), zero-width spaces and word joiners (which keep words
 * together in a layout), byte order marks.
 */
const INVISIBLE_FORMAT = /[\u200b\u200e\u200f\u202a-\u202e\u2060\u2066-\u2069\ufeff]/g;
/** Arabic presentation forms A and B, and the Latin ligatures (ﬁ, ﬂ …): folded by NFKC. */
const PRESENTATION_FORM = /[\ufb00-\ufb06\ufb50-\ufdff\ufe70-\ufefe]/g;
const HAN = /\p{Script=Han}/u;
/** A non-breaking space beside a Chinese character (how the UN-layout Word file keeps `2018 年` together). */
const NBSP_BESIDE_HAN = /(?<=\p{Script=Han})\u00a0|\u00a0(?=\p{Script=Han})/gu;
/** Spaces between two CJK characters: gaps of justified Chinese lines that a PDF's layout reading keeps. */
const SPACE_BETWEEN_CJK =
  /(?<=[\p{Script=Han}\u3000-\u303f\uff00-\uffef]) +(?=[\p{Script=Han}\u3000-\u303f\uff00-\uffef])/gu;
/**
 * The lam-alef ligature with hamza or madda, which pdftotext writes reversed (`األ` for `الأ`): an
 * alef followed by a hamza alef does not occur in Arabic words.
 */
const SWAPPED_LAM_ALEF = /ا([أإآ])ل/g;

const UN_SYMBOL = /^[A-Z]{1,6}(?:\.\d{1,3})?(?:\/[A-Za-z0-9.]+)+$/;
const JOB_NUMBER = /^[A-Z]{1,2}\.\d{2}-\d{5}$/;
const JOB_BARCODE = /^\*\d{7}\*$/;
const LANGUAGE_MARK = /^\([A-Z]\)$/;
const PAGE_COUNTER = /^\d{1,4}\/\d{1,4}$/;
const BARE_NUMBER = /^\d{1,4}$/;
/** A page number between dashes: `- 4 -`, `– 4 –`. */
const DASHED_NUMBER = /^[-–—] ?(\d{1,4}) ?[-–—]$/;
/** How far a bare number at a page's edge may be from the page's index and still be its number. */
const PAGE_NUMBER_SLACK = 2;

const LONE_PARAGRAPH_NUMBER = /^\d{1,5}[.．]$/;
const LONE_ITEM_LABEL = /^[(（][a-z][)）]$/;

type FurnitureKind = 'runningLines' | 'pageNumbers' | 'jobNumbers';

interface PageLine {
  readonly index: number;
  readonly page: number;
}

/** Collapses the white space of a line (tabs, runs of spaces) to single spaces, and trims it. */
function collapse(line: string): string {
  return line.replace(/[\t ]+/g, ' ').trim();
}

/** Which furniture a line at the edge of page `page` (1-based) is, or undefined when it is text. */
function classifyEdgeLine(line: string, page: number): FurnitureKind | undefined {
  const tokens = line.split(' ');
  const number = BARE_NUMBER.test(line) ? line : DASHED_NUMBER.exec(line)?.[1];
  if (number !== undefined) {
    return Math.abs(Number(number) - page) <= PAGE_NUMBER_SLACK ? 'pageNumbers' : undefined;
  }
  let job = false;
  let symbol = false;
  let counter = false;
  for (const token of tokens) {
    if (JOB_NUMBER.test(token) || JOB_BARCODE.test(token)) job = true;
    else if (UN_SYMBOL.test(token)) symbol = true;
    else if (PAGE_COUNTER.test(token)) counter = true;
    else if (!LANGUAGE_MARK.test(token) && !BARE_NUMBER.test(token)) return undefined;
  }
  if (job) return 'jobNumbers';
  if (symbol) return 'runningLines';
  return counter ? 'pageNumbers' : undefined;
}

/** The line with its digits replaced, so that `2/14` and `3/14` or `- 2 -` and `- 3 -` compare equal. */
function shapeOf(line: string): string {
  return line.replace(/\d+/g, '#');
}

/**
 * Blanks the page furniture of a PDF's text (lines at the top or bottom of a page): the document's
 * symbol and job number, page numbers and counters, and any line repeated at the edge of at least
 * half of the pages (a running title). Returns how many lines of each kind it blanked.
 */
function dropPageFurniture(lines: string[], pages: readonly PageLine[][]): Record<FurnitureKind, number> {
  const counts: Record<FurnitureKind, number> = { runningLines: 0, pageNumbers: 0, jobNumbers: 0 };
  const edgesOf = (page: readonly PageLine[]): PageLine[] => {
    const nonBlank = page.filter((entry) => (lines[entry.index] ?? '') !== '');
    if (nonBlank.length <= 2 * EDGE_LINES) return nonBlank;
    return [...nonBlank.slice(0, EDGE_LINES), ...nonBlank.slice(-EDGE_LINES)];
  };
  const shapes = new Map<string, number>();
  if (pages.length >= 2) {
    for (const page of pages) {
      const seen = new Set(edgesOf(page).map((entry) => shapeOf(lines[entry.index] ?? '')));
      for (const shape of seen) shapes.set(shape, (shapes.get(shape) ?? 0) + 1);
    }
  }
  const repeatedOften = (line: string): boolean => {
    if (LONE_PARAGRAPH_NUMBER.test(line) || LONE_ITEM_LABEL.test(line)) return false;
    const count = shapes.get(shapeOf(line)) ?? 0;
    return count >= 2 && count * 2 >= pages.length;
  };
  for (const page of pages) {
    for (const entry of edgesOf(page)) {
      const line = lines[entry.index] ?? '';
      const kind = classifyEdgeLine(line, entry.page) ?? (repeatedOften(line) ? 'runningLines' : undefined);
      if (kind === undefined) continue;
      counts[kind]++;
      lines[entry.index] = '';
    }
  }
  return counts;
}

/** The index of the next non-blank line after `index`, or -1. */
function nextNonBlank(lines: readonly string[], index: number): number {
  for (let i = index + 1; i < lines.length; i++) if (lines[i] !== '') return i;
  return -1;
}

/**
 * Joins a paragraph number or an item label that stands alone on its line (a hanging indent that
 * the reader set apart) to the text on the next non-blank line, which is blanked.
 */
function joinLoneLabels(lines: string[]): number {
  let joined = 0;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] ?? '';
    if (!LONE_PARAGRAPH_NUMBER.test(line) && !LONE_ITEM_LABEL.test(line)) continue;
    const next = nextNonBlank(lines, i);
    const text = next === -1 ? '' : (lines[next] ?? '');
    if (text === '' || LONE_PARAGRAPH_NUMBER.test(text) || LONE_ITEM_LABEL.test(text)) continue;
    lines[i] = `${line} ${text}`;
    lines[next] = '';
    joined++;
  }
  return joined;
}

const ENDS_HAN = /\p{Script=Han}$/u;
const STARTS_HAN = /^\p{Script=Han}/u;
const ENDS_ALNUM = /[A-Za-z0-9]$/;
const STARTS_ALNUM = /^[A-Za-z0-9]/;
const PARAGRAPH_START = /^\d{1,5}[.．](?![\d.．])/;
/** A line at least this share of the longest line's length is full: the text wraps after it. */
const FULL_LINE_SHARE = 0.75;

/** Characters (code points) in a line: a Chinese character outside the BMP counts once. */
function characterCount(line: string): number {
  let count = 0;
  for (let i = 0; i < line.length; i++) {
    const code = line.charCodeAt(i);
    if (code < 0xdc00 || code > 0xdfff) count++;
  }
  return count;
}

/** The last character (code point) of a non-empty line. */
function lastCharacter(line: string): string {
  const low = line.charCodeAt(line.length - 1);
  return low >= 0xdc00 && low <= 0xdfff ? line.slice(-2) : line.slice(-1);
}

/**
 * Puts back the space of a Chinese line that a PDF broke between a Chinese character and a digit or
 * Latin letter: Chinese UN texts space them (`2018 年`, `第 3 条`, `使用 EUROSUR`), a line is broken
 * at that space, and the grammar rejoins Chinese lines without one. Only full lines (wrapped, not a
 * heading) count; a character moves across the break with the space, so that the lines stay where
 * they are. A text that writes such a pair without a space (`第 10条`) and breaks its line exactly
 * there gains a space: the rarer case.
 */
function restoreSpacesAtChineseWraps(lines: string[]): number {
  const longest = lines.reduce((most, line) => Math.max(most, characterCount(line)), 0);
  let restored = 0;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] ?? '';
    if (characterCount(line) < longest * FULL_LINE_SHARE) continue;
    const next = nextNonBlank(lines, i);
    if (next === -1) continue;
    const following = lines[next] ?? '';
    if (ENDS_ALNUM.test(line) && STARTS_HAN.test(following)) {
      const first = String.fromCodePoint(following.codePointAt(0) ?? 0);
      lines[i] = `${line} ${first}`;
      lines[next] = following.slice(first.length);
      restored++;
    } else if (ENDS_HAN.test(line) && STARTS_ALNUM.test(following) && !PARAGRAPH_START.test(following)) {
      const last = lastCharacter(line);
      lines[i] = line.slice(0, -last.length);
      lines[next] = `${last} ${following}`;
      restored++;
    }
  }
  return restored;
}

/**
 * Normalises the text a PDF or a Word file gave, before the grammar reads it, keeping its lines
 * where they are (a dropped line is left blank, so that anomalies name the lines of the extracted
 * text). Pure. In order: form feeds end pages (and are removed); bidirectional controls are
 * removed (the text is in logical order); Arabic presentation forms and Latin ligatures are folded
 * (NFKC) and the lam-alef ligatures pdftotext reverses are put right; a non-breaking space beside a
 * Chinese character becomes a space; tabs and runs of spaces become one space (and, in a PDF, spaces
 * between two Chinese characters are dropped); page furniture at the edges of a PDF's pages is
 * blanked; a paragraph number or item label alone on its line is joined to its text; in a PDF, the
 * space of a Chinese line broken between a Chinese character and a digit or Latin letter is put
 * back. Wrapped lines themselves, and words hyphenated at a line end, are rejoined by the grammar, as
 * for text.
 */
export function normalizeExtractedText(text: string, format: Exclude<SourceFormat, 'text'>): NormalizedText {
  let presentationForms = 0;
  const pages: PageLine[][] = [[]];
  const lines = text.split(/\r\n|\n|\r/).map((raw, index) => {
    let line = raw;
    if (line.includes('\f')) {
      const breaks = line.split('\f').length - 1;
      for (let i = 0; i < breaks; i++) pages.push([]);
      line = line.replaceAll('\f', '');
    }
    line = line.replace(INVISIBLE_FORMAT, '').replace(PRESENTATION_FORM, (form) => {
      presentationForms++;
      return form.normalize('NFKC');
    });
    line = line.replace(SWAPPED_LAM_ALEF, 'ال$1').replace(NBSP_BESIDE_HAN, ' ');
    line = collapse(line);
    if (format === 'pdf' && HAN.test(line)) line = line.replace(SPACE_BETWEEN_CJK, '');
    pages.at(-1)?.push({ index, page: pages.length });
    return line;
  });
  const filledPages = pages.filter((page) => page.some((entry) => lines[entry.index] !== ''));
  const furniture =
    format === 'pdf'
      ? dropPageFurniture(lines, filledPages)
      : { runningLines: 0, pageNumbers: 0, jobNumbers: 0 };
  const labelsJoined = joinLoneLabels(lines);
  const spacesRestored = format === 'pdf' ? restoreSpacesAtChineseWraps(lines) : 0;
  return {
    text: lines.join('\n'),
    furnitureLines: furniture.runningLines + furniture.pageNumbers + furniture.jobNumbers,
    stats: {
      format,
      pages: format === 'pdf' ? filledPages.length : 0,
      ...furniture,
      labelsJoined,
      presentationForms,
      spacesRestored,
    },
  };
}
